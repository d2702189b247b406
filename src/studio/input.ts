/**
 * What the studio makes of a pasted text or an opened file before drafting: HTML reduced to its
 * text, line endings made one kind, and a plain message for everything else (empty, too long, not
 * text, not English). The byte rules are the build's own (geo/core/text/text-file.ts), so a text the
 * studio accepts is one `npm run build:data` accepts. The person's text is never thrown away: a
 * refusal leaves it where it was, to be edited. A note is a catalogue key with its values (or one
 * of the build's problems), worded at display in the reader's language.
 */
import { LIMITS } from '../../geo/core/model/schema.ts';
import type { Problem } from '../../geo/core/model/problems.ts';
import { decodeText, invisibleInReport } from '../../geo/core/text/text-file.ts';
import { isIsoDate } from '../../geo/core/model/dates.ts';
import type { Lang } from '../store/language.ts';
import type { Translate, Values } from '../words/i18n.tsx';
import { problemWords } from '../words/problems.ts';
import type { StudioWork } from './work.ts';

export interface InputNote {
  level: 'error' | 'warning' | 'info';
  /** The catalogue key of the note (studio.note.*), with its values. */
  id: string;
  values?: Values;
  /** The build's problem the note is about, worded before the note's own words. */
  problem?: Problem;
}

/** A note in the reader's words. */
export function noteText(n: InputNote, t: Translate, lang: Lang): string {
  const own = t(n.id, n.values);
  if (!n.problem) return own;
  const w = problemWords(n.problem, t, lang);
  return n.id === 'studio.note.problem' ? `${w.message} ${w.fix}` : `${w.message} ${own}`;
}

export interface ReadInput {
  /** The text as it will be published (or as it stands, when there is an error). */
  text: string;
  notes: InputNote[];
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CAPTION|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
const DROP = 'script, style, noscript, template, svg, iframe, object, nav, form, button, select, head';
/** Stands for a <br> while white space is made single. */
const BREAK = '\uE000';

/** True when a pasted text is HTML source rather than the text it shows. */
export function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<\/?(p|div|span|a|br|h[1-6]|html|body|head|article|section|li|ul|em|strong|b|i|img|script|style)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3 || /^\s*<!doctype html/i.test(text);
}

/**
 * HTML reduced to its text: one paragraph per block (headline, paragraph, list item, caption),
 * separated by a blank line as the project's report files are; white space inside a block made
 * single; scripts, styles, navigation and forms left out.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP).forEach((n) => n.remove());
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return '';
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const p = buffer
      .replace(/\s+/g, ' ')
      .split(BREAK)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
    if (p) paragraphs.push(p);
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      buffer += BREAK;
      return;
    }
    const block = BLOCK.test(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

const COMMON = new Set(
  'the of and to in a is that for on was with as by at from it he she they said has have be are were an this which but not who after would will'.split(
    ' ',
  ),
);

/** The share of a text's words that are English's commonest (a news text in English: 30–50 %). */
export function englishShare(text: string): { words: number; share: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = words.filter((w) => COMMON.has(w)).length;
  return { words: words.length, share: words.length ? hits / words.length : 0 };
}

/** Reads a pasted text: what it becomes and what the person should know. */
export function readPasted(raw: string): ReadInput {
  const notes: InputNote[] = [];
  if (!raw.trim()) return { text: raw, notes: [{ level: 'error', id: 'studio.note.empty' }] };
  if (raw.length > LIMITS.reportChars) {
    return {
      text: raw,
      notes: [{ level: 'error', id: 'studio.note.tooLong', values: { chars: raw.length, max: LIMITS.reportChars, feature: 60_000 } }],
    };
  }
  let text = raw;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push({ level: 'info', id: 'studio.note.bom' });
  }
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = text.match(/\r(?!\n)/g)?.length ?? 0;
  if (crlf + cr > 0) {
    const lf = text.match(/(?<!\r)\n/g)?.length ?? 0;
    const mixed = lf > 0 || (crlf > 0 && cr > 0);
    text = text.replace(/\r\n?/g, '\n');
    notes.push({ level: 'info', id: 'studio.note.lineEndings', values: { kind: mixed ? 'mixed' : crlf ? 'crlf' : 'cr', n: crlf + cr } });
  }
  // The build's own byte rules: a NUL, a zero-width space or a bidi override is refused as it would be there.
  // The invisible characters are looked for in the text itself: encoded, half a character would
  // become U+FFFD unseen, and the zip would then fail the build.
  const hidden = invisibleInReport(text, 'the text');
  for (const p of decodeText(new TextEncoder().encode(text), 'the text', 'report').problems) {
    if (p.severity === 'error' && p.code !== 'INVISIBLE_CHARACTER') notes.push({ level: 'error', id: 'studio.note.problem', problem: p });
  }
  if (hidden) notes.push({ level: 'error', id: 'studio.note.problem', problem: hidden });
  if (looksLikeHtml(text)) {
    notes.push({ level: 'error', id: 'studio.note.html' });
  }
  if (!readsAsEnglish(text)) notes.push({ level: 'warning', id: 'studio.note.notEnglish' });
  else {
    const { words } = englishShare(text);
    if (words < 20) notes.push({ level: 'warning', id: 'studio.note.short', values: { n: words } });
  }
  return { text, notes };
}

/** Reads an opened file: its bytes as the build would, HTML reduced to text. */
export function readFileText(name: string, bytes: Uint8Array): ReadInput {
  const decoded = decodeText(bytes, name, 'report');
  const notes: InputNote[] = [];
  const bad = decoded.problems.find((p) => p.code === 'NOT_UTF8');
  if (bad) notes.push({ level: 'warning', id: 'studio.note.readAs1252', problem: bad });
  if (decoded.problems.some((p) => p.code === 'BYTE_ORDER_MARK')) notes.push({ level: 'info', id: 'studio.note.fileBom' });
  const html = /\.x?html?$/i.test(name) || looksLikeHtml(decoded.text);
  const read = readPasted(html ? htmlToText(decoded.text) : decoded.text);
  if (html) read.notes.unshift({ level: 'info', id: 'studio.note.reduced', values: { name } });
  return { text: read.text, notes: [...notes, ...read.notes] };
}

/** Why the text cannot be drafted yet (the first thing to fix), or null when it can. */
export const isReadyToDraft = (work: StudioWork): InputNote | null => {
  if (!work.meta.outlet.value.trim()) return { level: 'error', id: 'studio.ready.outlet' };
  if (!isIsoDate(work.meta.published.date)) return { level: 'error', id: 'studio.ready.date' };
  const errors = readPasted(work.text).notes.filter((n) => n.level === 'error');
  return errors.length ? errors[0] : null;
};

/**
 * Whether a text reads as English, the only language the drafter knows: a short text is given the
 * benefit of the doubt; a longer one needs English's commonest words (a news text: 30–50 %).
 */
export function readsAsEnglish(text: string): boolean {
  const { words, share } = englishShare(text);
  return words < 20 || share >= 0.12;
}
