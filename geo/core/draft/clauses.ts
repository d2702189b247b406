/**
 * Splits a sentence where its attribution changes, as the annotation rules do: the outlet's own
 * words and a source's are two claims of one sentence. Only a few shapes are split, the ones
 * whose boundary the words show; everything else stays one claim:
 *   "…a move that caught the U.S. | “by surprise,” in the words of X."
 *   "…from Iran, | though Secretary of State John Kerry has said that…"
 *   "While President Obama has denied having a strategy…, | a working mechanism appears…"
 *   "…for a decade,” | referring to Tikrit’s role…"
 *   "Various media reports say … according to X, | but the fate of the city is still not fully known."
 *   "The coalition said it struck near Ramadi, | but denied that its aircraft had struck…"
 */
import type { Hit } from './cues.ts';
import type { Token } from './text.ts';
import type { Span } from './types.ts';

const JOINS = new Set(['though', 'although', 'while', 'whereas', 'but', 'where', 'and', 'as', 'something']);
const OPENING = new Set(['while', 'although', 'though', 'whereas', 'as']);
const NEW_SUBJECT = /^(?:the|a|an|this|that|these|those|it|he|she|they|we|its|his|her|their|there|\p{Lu})/u;

export function splitPoints(text: string, sentence: Span, tokens: Token[], hits: Hit[]): number[] {
  const points = new Set<number>();
  const at = (i: number) => tokens[i];
  const indexOf = (offset: number) => tokens.findIndex((t) => t.start >= offset);
  const letterBefore = (offset: number) => /[\p{L}\p{N}]/u.test(text.slice(sentence.start, offset));
  for (const hit of hits) {
    if (hit.lemma === 'words') {
      const open = Math.max(text.lastIndexOf('“', hit.cue.start), text.lastIndexOf('"', hit.cue.start - 2));
      if (open > sentence.start && letterBefore(open)) points.add(open);
    }
    const s = indexOf(hit.source.start);
    const conj = at(s - 1);
    if (
      hit.source.start < hit.cue.start &&
      conj &&
      JOINS.has(conj.text.toLowerCase()) &&
      /,\s*$/.test(text.slice(at(s - 2)?.end ?? sentence.start, conj.start))
    ) {
      points.add(conj.start);
    }
  }
  // A sentence that opens with "While X denied…," is split after that first clause.
  const first = tokens[0];
  if (first && OPENING.has(first.text.toLowerCase()) && hits.some((h) => h.cue.start < (text.indexOf(',', h.cue.end) ?? 0))) {
    const h = hits[0];
    const comma = text.indexOf(',', h.cue.end);
    if (comma !== -1 && comma < sentence.end && letterBefore(comma) && /[\p{L}]/u.test(text.slice(comma, sentence.end)))
      points.add(comma + 1);
  }
  tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    const gap = text.slice(tokens[i - 1]?.end ?? sentence.start, t.start);
    if (w === 'referring' && /[”"’],?\s*$|,\s*$/.test(gap) && i > 0) points.add(t.start);
    const next = tokens[i + 1]?.text ?? '';
    // "The coalition said …, but denied that…": the same source's second verb is a claim of its own.
    if (w === 'but' && /[,”"]\s*$/.test(gap) && hits.some((h) => h.cue.start === tokens[i + 1]?.start && h.lemma !== hits[0].lemma))
      points.add(t.start);
    if (w === 'but' && /,\s*$/.test(gap) && NEW_SUBJECT.test(next) && next.toLowerCase() !== 'that') {
      const before = hits.filter((h) => h.cue.end <= t.start);
      const after = hits.filter((h) => h.cue.start > t.start);
      if (before.length > 0 && after.length === 0) points.add(t.start);
    }
  });
  return [...points].filter((p) => p > sentence.start && p < sentence.end).sort((a, b) => a - b);
}

/** The sentence cut at the points, each part trimmed. */
export function clauses(text: string, sentence: Span, points: number[]): Span[] {
  const cuts = [sentence.start, ...points, sentence.end];
  const out: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let a = cuts[i];
    let b = cuts[i + 1];
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (/[\p{L}\p{N}]/u.test(text.slice(a, b))) out.push({ start: a, end: b });
    else if (out.length) out[out.length - 1].end = b;
  }
  return out;
}
