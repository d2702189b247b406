/**
 * A time index over intervals, built once at load: queries binary-search it instead of
 * scanning every event on each slider step (see bench/).
 *
 * - `upTo(t)`: the items that have started by t (start <= t): a prefix of `byStart`.
 * - `overlapping(from, to)`: items whose interval meets [from, to]. Candidates are the
 *   starts in [from - longest, to]; only those are checked against their ends.
 * Dates are ISO strings and compare as strings; day numbers are used for the "longest" arithmetic.
 */
export interface Interval {
  start: string;
  end: string;
}

const DAY = 86_400_000;
export const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const isoOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** First index whose key is > t (keys sorted ascending). */
function upperBound(keys: readonly string[], t: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose key is >= t. */
function lowerBound(keys: readonly string[], t: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TimeIndex<T extends Interval> {
  readonly byStart: readonly T[];
  private readonly starts: string[];
  private readonly longestDays: number;

  constructor(items: readonly T[]) {
    this.byStart = [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
    this.starts = this.byStart.map((i) => i.start);
    this.longestDays = this.byStart.reduce((m, i) => Math.max(m, dayNumber(i.end) - dayNumber(i.start)), 0);
  }

  /** How many items have started by t; they are byStart[0 .. n). */
  countUpTo(t: string): number {
    return upperBound(this.starts, t);
  }

  upTo(t: string): readonly T[] {
    return this.byStart.slice(0, this.countUpTo(t));
  }

  /** The positions in byStart that may overlap [from, to]: check each one's end against `from`. */
  candidates(from: string, to: string): [first: number, last: number] {
    return [lowerBound(this.starts, isoOfDay(dayNumber(from) - this.longestDays)), upperBound(this.starts, to)];
  }

  overlapping(from: string, to: string): T[] {
    const [first, last] = this.candidates(from, to);
    const out: T[] = [];
    for (let i = first; i < last; i++) if (this.byStart[i].end >= from) out.push(this.byStart[i]);
    return out;
  }

  /** The next distinct start after t, or null: where "next event" steps to. */
  nextStart(t: string): string | null {
    const i = upperBound(this.starts, t);
    return i < this.starts.length ? this.starts[i] : null;
  }

  /** The last distinct start before t, or null. */
  previousStart(t: string): string | null {
    const i = lowerBound(this.starts, t);
    return i > 0 ? this.starts[i - 1] : null;
  }

  get first(): string | null {
    return this.starts[0] ?? null;
  }

  get last(): string | null {
    return this.byStart.reduce<string | null>((m, i) => (m === null || i.end > m ? i.end : m), null);
  }
}
