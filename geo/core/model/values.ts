/**
 * Reading the cells of imported files (ACLED rows, GeoJSON properties): dates written the ways
 * exports write them, numbers, slugs. Each reader returns null for what it cannot read, so the
 * importer can say which cell is wrong instead of failing the file.
 */
import { isIsoDate } from './dates.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Sep", "Sept", "September" (any case) → 0-based month; a word no month begins with → -1. */
function monthIndex(word: string): number {
  const w = word.toLowerCase();
  return w.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(w));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar day as YYYY-MM-DD, from "2014-09-04", "2014-09-04T18:30:00Z" (the day as written,
 * whatever the time zone: the source's own day), "04 September 2014" or "4 Sep 2014" (ACLED's
 * export). Numeric day/month orders such as 04/09/2014 are refused: they read both ways.
 */
export function parseDay(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso) return isIsoDate(iso[1]) ? iso[1] : null;
  const dmy = /^(\d{1,2})[ -]([A-Za-z]+)\.?,?[ -](\d{4})$/.exec(t);
  if (!dmy) return null;
  const month = monthIndex(dmy[2]);
  const day = `${dmy[3]}-${pad(month + 1)}-${pad(Number(dmy[1]))}`;
  return month >= 0 && isIsoDate(day) ? day : null;
}

/** A finite number written in the cell, or null when it is empty or not a number. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** "Al-Sumaria TV", "Tikrīt" → "al-sumaria-tv", "tikrit": ids the corpus accepts; '' when nothing is left. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug not yet in `used` (adding "-2", "-3"… to the base), recorded as used. */
export function uniqueSlug(base: string, used: Set<string>, next: Map<string, number>): string {
  let id = base;
  let n = next.get(base) ?? 2;
  while (used.has(id)) id = `${base}-${n++}`;
  next.set(base, n);
  used.add(id);
  return id;
}

/** "acled_iraq_2014.csv" → "acled iraq 2014": a map title from a file name. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const title = base
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_\s]+/g, ' ')
    .trim();
  return title || 'Imported events';
}
