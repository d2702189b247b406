import { describe, expect, it } from 'vitest';
import { invisibleCharacters } from './invisible.ts';

describe('invisibleCharacters', () => {
  it('finds NUL, zero-width spaces, bidi overrides and lone surrogates, with their index', () => {
    const text = `a\u0000b\u200bc\u202ed\ud800e`;
    expect(invisibleCharacters(text).map((c) => [c.index, c.codePoint])).toEqual([
      [1, 'U+0000'],
      [3, 'U+200B'],
      [5, 'U+202E'],
      [7, 'U+D800'],
    ]);
  });

  it('leaves ordinary text alone: Arabic, Persian with its zero-width non-joiner, emoji, tabs and line breaks', () => {
    expect(invisibleCharacters('تكريت\tمی\u200cخواهم\r\n👩\u200d👩‍👧 “quoted”')).toEqual([]);
  });
});
