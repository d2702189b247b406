/**
 * Stacks the event marks of the timeline into lanes so none covers another: a day is a
 * short tick, an uncertain date a bar over its whole range. Computed once at load.
 */
import { dayNumber } from '../data/time-index';

export interface Mark {
  id: string;
  /** Position and width as fractions of the span. */
  left: number;
  width: number;
  lane: number;
  uncertain: boolean;
}

/** Minimum width of a mark, as a fraction of the span, so a one-day tick stays visible. */
const MIN_WIDTH = 0.006;

export function layoutMarks(
  events: readonly { id: string; start: string; end: string }[],
  span: { start: string; end: string },
): { marks: Mark[]; lanes: number } {
  const first = dayNumber(span.start);
  const days = dayNumber(span.end) - first + 1;
  const laneEnds: number[] = [];
  const marks = [...events]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
    .map((e) => {
      // Clipped to the span shown (the timeline may be zoomed in).
      const start = Math.max(first, dayNumber(e.start));
      const end = Math.min(first + days - 1, dayNumber(e.end));
      const left = (start - first) / days;
      const width = Math.max(MIN_WIDTH, (end - start + 1) / days);
      let lane = laneEnds.findIndex((end) => end + 0.002 <= left);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = left + width;
      return { id: e.id, left, width, lane, uncertain: e.start !== e.end };
    });
  return { marks, lanes: laneEnds.length };
}

/** Month boundaries inside the span, for the axis. */
export function monthTicks(span: { start: string; end: string }): { iso: string; left: number }[] {
  const first = dayNumber(span.start);
  const days = dayNumber(span.end) - first + 1;
  const out: { iso: string; left: number }[] = [];
  let [y, m] = span.start.split('-').map(Number);
  for (;;) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > span.end) break;
    out.push({ iso, left: (dayNumber(iso) - first) / days });
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
