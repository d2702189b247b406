/**
 * Dates in words, honest about their uncertainty, in the reader's language: the day, month and
 * year come from Intl (the month names of `LOCALE`), the phrases around them ("between … and …")
 * from the catalogue (`time.*`), so each language orders and joins them its own way.
 */
import type { When } from '../../geo/types';
import { currentLang, LOCALE, t } from './i18n';

const FORMATS = {
  day: { day: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  full: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  monthShort: { month: 'short' },
  monthShortYear: { month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An ISO day ("2015-03-02") in the reader's language, as the named parts of FORMATS. */
function format(iso: string, what: keyof typeof FORMATS): string {
  const locale = LOCALE[currentLang()];
  const key = `${locale} ${what}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...FORMATS[what], timeZone: 'UTC' })));
  const [y, m, d] = iso.split('-').map(Number);
  return f.format(Date.UTC(y, m - 1, d || 1));
}

const same = (a: string, b: string, chars: number) => a.slice(0, chars) === b.slice(0, chars);

/** "2 March 2015" */
export function dayWords(iso: string): string {
  return format(iso, 'full');
}

/** "Mar 2015", or "Mar" where the year is already written nearby (an axis names it at January). */
export function monthShort(iso: string, withYear = true): string {
  return format(iso, withYear ? 'monthShortYear' : 'monthShort');
}

/** "between 24 and 25 March 2015", "between 28 February and 1 March 2015", "2 March 2015" */
export function spanWords(start: string, end: string): string {
  if (start === end) return dayWords(start);
  // The start says only what the end does not repeat: its day, or its day and month.
  const first = same(start, end, 7) ? format(start, 'day') : same(start, end, 4) ? format(start, 'dayMonth') : dayWords(start);
  return t('time.between', { start: first, end: dayWords(end) });
}

export function whenWords(when: When): string {
  if (when.precision === 'month') return format(when.start, 'month');
  return spanWords(when.start, when.end);
}

/** How the date was found: "stated in the report", "worked out from a weekday", "inferred from the context". */
function basisWords(basis: When['basis']): string {
  return t(`time.basis.${basis}`);
}

/** "between 24 and 25 March 2015 — inferred from the context: 'On Tuesday' …" */
export function whenWithBasis(when: When): { words: string; basis: string; note: string } {
  return { words: whenWords(when), basis: basisWords(when.basis), note: when.note };
}

/** `said` is a date or an ISO interval "start/end". */
export function saidWords(said: string): string {
  const [start, end] = said.split('/');
  return end ? spanWords(start, end) : dayWords(start);
}
