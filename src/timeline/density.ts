/**
 * When marks would crowd (hundreds of events), the timeline draws how many events fall on each
 * day instead: an event with an uncertain date adds an equal share to every day of its range,
 * so a month-long "sometime in March" is as heavy as one dated day. One pass over the events.
 */
import { dayNumber } from '../data/time-index';

export interface Density {
  /** Events per day over the span, all events. */
  all: Float32Array;
  /** The same, for the events that pass the filters. */
  passing: Float32Array;
  max: number;
}

export function densityOf(
  events: readonly { id: string; start: string; end: string }[],
  span: { start: string; end: string },
  passes: (id: string) => boolean,
): Density {
  const first = dayNumber(span.start);
  const days = Math.max(1, dayNumber(span.end) - first + 1);
  const all = new Float32Array(days);
  const passing = new Float32Array(days);
  for (const e of events) {
    if (e.end < span.start || e.start > span.end) continue; // outside the span shown
    const from = Math.max(0, dayNumber(e.start) - first);
    const to = Math.min(days - 1, dayNumber(e.end) - first);
    const share = 1 / (to - from + 1);
    const keep = passes(e.id);
    for (let d = from; d <= to; d++) {
      all[d] += share;
      if (keep) passing[d] += share;
    }
  }
  let max = 0;
  for (let d = 0; d < days; d++) max = Math.max(max, all[d]);
  return { all, passing, max };
}

/** An SVG path of the counts as bars, one per day, in a box of width days × height 1 (bottom up). */
export function densityPath(counts: Float32Array, max: number): string {
  if (max === 0) return '';
  const parts: string[] = [];
  for (let d = 0; d < counts.length; d++) {
    if (counts[d] > 0) parts.push(`M${d} 1V${(1 - counts[d] / max).toFixed(4)}h1V1z`);
  }
  return parts.join('');
}
