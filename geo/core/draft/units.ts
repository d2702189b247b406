/**
 * The units the drafter reads: a headline line whole, or a body sentence. A quotation that runs
 * over several sentences stays one unit, so that the tag after it ("…,” said Sinan Adnan")
 * attributes all of it, as a reader takes it.
 */
import { datelineLength, type LineKind } from './boilerplate.ts';
import { sentencesOf, type Line } from '../text/sentences.ts';
import type { Span } from './types.ts';

export interface Unit extends Span {
  line: number;
  headline: boolean;
}

/** The quotation marks of `s`, added to those counted before it. */
function countQuotes(s: string, before = { curly: 0, straight: 0 }): { curly: number; straight: number } {
  return {
    curly: before.curly + (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length,
    straight: before.straight + (s.match(/"/g) ?? []).length,
  };
}

/** Units in text order, and the datelines ("NEW DELHI Aug 13") cut from the lines they open. */
export function sentenceUnits(text: string, lines: Line[], kinds: LineKind[]): { units: Unit[]; datelines: Span[] } {
  const out: Unit[] = [];
  const datelines: Span[] = [];
  lines.forEach((whole, i) => {
    let line = whole;
    const kind = kinds[i];
    if (kind.type === 'boilerplate') return;
    if (kind.type === 'headline') {
      out.push({ start: line.start, end: line.end, line: line.index, headline: true });
      return;
    }
    const cut = datelineLength(line.text);
    if (cut > 0) {
      datelines.push({ start: line.start, end: line.start + line.text.slice(0, cut).trimEnd().length });
      line = { ...line, start: line.start + cut, text: line.text.slice(cut) };
    }
    let open: Unit | null = null;
    // A quotation still open at the sentence's end: counted as the line is read, not again from its start.
    let quotes = { curly: 0, straight: 0 };
    let read = line.start;
    for (const s of sentencesOf(line)) {
      if (open) open.end = s.end;
      else out.push((open = { start: s.start, end: s.end, line: line.index, headline: false }));
      quotes = countQuotes(text.slice(read, open.end), quotes);
      read = open.end;
      if (!(quotes.curly > 0 || quotes.straight % 2 === 1)) open = null;
    }
  });
  return { units: out, datelines };
}

/** Quoted words inside a span, quotation marks included: ‘By Surprise’, “by surprise,”. */
export function quotedFragments(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  return [...s.matchAll(/‘[^’]+’|“[^”]+”|"[^"]+"/g)].map((m) => ({
    start: span.start + (m.index ?? 0),
    end: span.start + (m.index ?? 0) + m[0].length,
  }));
}
