/**
 * Coverage: every letter and digit of a report must lie inside a claim or a non-claim.
 * Reported by sentence (the drafter's own sentences, so the build and the studio agree on where
 * "U.S. Army" ends one), so a reader sees what is left over.
 */
import { sentences } from './sentences.ts';
import type { Span } from './span.ts';

export interface SentenceCoverage {
  start: number;
  end: number;
  text: string;
  /** The uncovered words, in order; empty when the sentence is covered. */
  missing: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function coverage(text: string, spans: Span[]): SentenceCoverage[] {
  const covered = new Uint8Array(text.length);
  for (const { start, end } of spans) covered.fill(1, start, end);
  const out: SentenceCoverage[] = [];
  for (const { text: segment, start: index } of sentences(text)) {
    const missing: string[] = [];
    let word = '';
    for (let i = 0; i <= segment.length; i++) {
      const ch = segment[i] ?? ' ';
      const open = WORD_CHAR.test(ch) && !covered[index + i];
      if (open) word += ch;
      else if (word) {
        missing.push(word);
        word = '';
      }
    }
    out.push({ start: index, end: index + segment.length, text: segment.trim(), missing });
  }
  return out;
}

export function percentCovered(sentences: SentenceCoverage[]): number {
  if (sentences.length === 0) return 100;
  const done = sentences.filter((s) => s.missing.length === 0).length;
  return Math.floor((1000 * done) / sentences.length) / 10;
}
