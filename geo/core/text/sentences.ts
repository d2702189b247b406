/**
 * Lines and sentences with their offsets. Intl.Segmenter (Node and browsers alike) finds the
 * sentences, but it ends one after any "Abbr. Capital" ("Maj. Gen. Qassem", "the U.S. Army"),
 * so sentences are joined again after titles, months and initials that rarely end one.
 */
import type { Span } from './span.ts';

export interface Sentence extends Span {
  text: string;
  /** The line (paragraph) it stands in: reports put one paragraph per line. */
  line: number;
}

export interface Line extends Span {
  text: string;
  index: number;
}

const TITLES =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|Rev|St|Jr|Sr|Brig|Pres|No|Nos|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd)\.$/;
/** Initials such as "U.S." end a sentence only before a word that usually opens one. */
const INITIALS = /\b(?:\p{Lu}\.){2,}$/u;
const OPENERS =
  /^(?:He|She|It|They|We|I|You|The|A|An|This|That|These|Those|But|And|Yet|So|In|On|At|Meanwhile|However|There|His|Her|Its|Their|Our|As|After|Before|When|While|If|Since|Then|Still|Also)\b/;

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length, text: body, index });
    start += raw.length + 1;
  });
  return out;
}

function joinsNext(prev: string, next: string): boolean {
  const end = prev.trimEnd();
  if (TITLES.test(end)) return true;
  if (INITIALS.test(end)) return !OPENERS.test(next.trimStart());
  return false;
}

/** How many characters the segmenter is given at once (see `segments`). */
const WINDOW = 4096;

/**
 * Intl.Segmenter's sentences, the same ones, read a window at a time: its iterator takes time in
 * proportion to the whole string at every step (in V8), so a 200,000-character paragraph of
 * short sentences took seconds. A window's last sentence may be cut by the window's end: it is
 * read again at the start of the next window (a sentence boundary depends only on the characters
 * of its own sentence and the next). A sentence longer than the window widens it.
 */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let at = 0;
  let size = WINDOW;
  while (at < text.length) {
    if (at + size >= text.length) {
      for (const s of segmenter.segment(text.slice(at))) yield { segment: s.segment, index: at + s.index };
      return;
    }
    const found = [...segmenter.segment(text.slice(at, at + size))];
    if (found.length < 2) {
      size *= 2;
      continue;
    }
    for (const s of found.slice(0, -1)) yield { segment: s.segment, index: at + s.index };
    at += found[found.length - 1].index;
    size = WINDOW;
  }
}

/** Sentences of one line (trimmed, with their offsets in the whole text). */
export function sentencesOf(line: Line): Sentence[] {
  const parts: Span[] = [];
  for (const { segment, index } of segments(line.text)) {
    const last = parts[parts.length - 1];
    if (last && joinsNext(line.text.slice(last.start, last.end), segment)) last.end = index + segment.length;
    else parts.push({ start: index, end: index + segment.length });
  }
  return parts.flatMap(({ start, end }) => {
    const raw = line.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) return [];
    const at = line.start + start + lead;
    return [{ start: at, end: at + body.length, text: body, line: line.index }];
  });
}

export function sentences(text: string): Sentence[] {
  return lines(text).flatMap(sentencesOf);
}
