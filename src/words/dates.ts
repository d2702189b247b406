/** Dates in words, honest about their uncertainty. */
import type { When } from '../../geo/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m: m - 1, d };
};

/** "2 March 2015" */
export function dayWords(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m]} ${y}`;
}

/** "Mar 2015", or "Mar" where the year is already written nearby (an axis names it at January). */
export function monthShort(iso: string, withYear = true): string {
  const { y, m } = parts(iso);
  return withYear ? `${SHORT[m]} ${y}` : SHORT[m];
}

/** "between 24 and 25 March 2015", "between 28 February and 1 March 2015", "March 2015" */
export function spanWords(start: string, end: string): string {
  if (start === end) return dayWords(start);
  const a = parts(start);
  const b = parts(end);
  if (a.y === b.y && a.m === b.m) return `between ${a.d} and ${b.d} ${MONTHS[a.m]} ${a.y}`;
  if (a.y === b.y) return `between ${a.d} ${MONTHS[a.m]} and ${b.d} ${MONTHS[b.m]} ${a.y}`;
  return `between ${dayWords(start)} and ${dayWords(end)}`;
}

export function whenWords(when: When): string {
  if (when.precision === 'month') return `${MONTHS[parts(when.start).m]} ${parts(when.start).y}`;
  return spanWords(when.start, when.end);
}

const BASIS: Record<When['basis'], string> = {
  explicit: 'stated in the report',
  weekday: 'worked out from a weekday',
  context: 'inferred from the context',
};

/** "between 24 and 25 March 2015 — inferred from the context: 'On Tuesday' …" */
export function whenWithBasis(when: When): { words: string; basis: string; note: string } {
  return { words: whenWords(when), basis: BASIS[when.basis], note: when.note };
}

/** `said` is a date or an ISO interval "start/end". */
export function saidWords(said: string): string {
  const [start, end] = said.split('/');
  return end ? spanWords(start, end) : dayWords(start);
}
