/**
 * The timeline's zoom: which part of the map's span the timeline shows. Pure arithmetic on day
 * numbers; the span is never left, and a zoom is never narrower than a week.
 */
import { dayNumber, isoOfDay } from '../data/time-index';

/** A stretch of days, ISO dates, both ends included. */
export interface DaySpan {
  start: string;
  end: string;
}

export const MIN_DAYS = 7;

/** The span clamped to `outer` and widened to at least MIN_DAYS. */
export function clampSpan(span: DaySpan, outer: DaySpan): DaySpan {
  const [o0, o1] = [dayNumber(outer.start), dayNumber(outer.end)];
  let [s, e] = [Math.max(o0, dayNumber(span.start)), Math.min(o1, dayNumber(span.end))];
  if (e - s + 1 < MIN_DAYS) {
    const mid = Math.round((s + e) / 2);
    s = Math.max(o0, mid - Math.floor(MIN_DAYS / 2));
    e = Math.min(o1, s + MIN_DAYS - 1);
    s = Math.max(o0, e - MIN_DAYS + 1);
  }
  return { start: isoOfDay(s), end: isoOfDay(e) };
}

/** Zooms by `factor` (0.5 = twice as close) around the day `at`. */
export function zoomAround(span: DaySpan, at: string, factor: number, outer: DaySpan): DaySpan {
  const [s, e] = [dayNumber(span.start), dayNumber(span.end)];
  const width = Math.max(MIN_DAYS, Math.round((e - s + 1) * factor));
  const a = Math.min(e, Math.max(s, dayNumber(at)));
  const share = (a - s) / Math.max(1, e - s);
  const start = Math.round(a - share * (width - 1));
  return clampSpan({ start: isoOfDay(start), end: isoOfDay(start + width - 1) }, outer);
}

/** Moves the zoomed span by `share` of its width (negative: earlier), staying inside `outer`. */
export function pan(span: DaySpan, share: number, outer: DaySpan): DaySpan {
  const [s, e, o0, o1] = [dayNumber(span.start), dayNumber(span.end), dayNumber(outer.start), dayNumber(outer.end)];
  const width = e - s + 1;
  const start = Math.min(o1 - width + 1, Math.max(o0, s + Math.round(share * width)));
  return { start: isoOfDay(start), end: isoOfDay(start + width - 1) };
}

export function isWhole(span: DaySpan, outer: DaySpan): boolean {
  return span.start <= outer.start && span.end >= outer.end;
}
