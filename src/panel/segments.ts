/**
 * Cuts a report's text at every claim boundary, so overlapping claims can be drawn
 * without losing or moving a character: the segments, joined, are the text.
 */
import type { Span } from '../../geo/core/text/span';
/** A claim's span in its report. */
export interface ClaimSpan extends Span {
  id: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Claims covering the segment, outermost (longest) first. */
  claims: string[];
  /** Claims that begin at this segment, outermost first: where their labels go. */
  starts: string[];
  /** Set when the segment is marked as not a claim. */
  notClaim: string | null;
}

export function segmentText(
  text: string,
  claims: readonly ClaimSpan[],
  notClaims: readonly { start: number; end: number; why: string }[],
  /** More places to cut (where found words begin and end), so a segment is wholly in or out of them. */
  extraCuts: readonly number[] = [],
): Segment[] {
  const cuts = new Set<number>([0, text.length, ...extraCuts]);
  for (const s of [...claims, ...notClaims]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const byLength = [...claims].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    const covering = byLength.filter((c) => c.start <= start && c.end >= end);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      claims: covering.map((c) => c.id),
      starts: covering.filter((c) => c.start === start).map((c) => c.id),
      notClaim: notClaims.find((n) => n.start <= start && n.end >= end)?.why ?? null,
    });
  }
  return out;
}
