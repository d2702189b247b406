import { describe, expect, it } from 'vitest';
import { clip } from './labels';

describe('clipping a quote', () => {
  it('keeps a short text whole and cuts a long one at a word, with an ellipsis', () => {
    expect(clip('Short enough.', 40)).toBe('Short enough.');
    expect(clip('The Iraqi military launched a major campaign to take back a key city', 40)).toBe('The Iraqi military launched a major…');
  });

  it('cuts inside a very long word rather than leaving almost nothing', () => {
    expect(clip('Supercalifragilisticexpialidocious words', 12)).toBe('Supercalifra…');
  });
});
