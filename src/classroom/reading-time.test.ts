import { describe, expect, it } from 'vitest';
import { LEAD_MS, MAX_MS, MIN_MS, readingMs, wordCount, WORDS_PER_MINUTE } from './reading-time';

describe('reading time', () => {
  it('counts words, not dashes, quotes or spaces', () => {
    expect(wordCount('  Two newspapers — “one figure”:  70 tons.\n')).toBe(6);
    expect(wordCount('')).toBe(0);
  });

  it('gives a lead-in plus the words at the reading speed', () => {
    const words = Array.from({ length: 50 }, () => 'word').join(' ');
    expect(readingMs(words)).toBe(LEAD_MS + (50 * 60_000) / WORDS_PER_MINUTE);
  });

  it('grows with the text', () => {
    const short = readingMs('Raqqa, 4 September 2014: a Syrian air raid on the headquarters of ISIS kills at least 18 foreign fighters.');
    expect(readingMs(`${'more words here '.repeat(10)} and then some`)).toBeGreaterThan(short);
  });

  it('never shows a page for less than the minimum or more than the maximum', () => {
    expect(readingMs('')).toBe(MIN_MS);
    expect(readingMs('One line.')).toBe(MIN_MS);
    expect(readingMs('word '.repeat(5_000))).toBe(MAX_MS);
  });
});
