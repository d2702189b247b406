import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('splits overlapping claims without losing a character', () => {
    const text = 'a move that caught the U.S. “by surprise,” in the words of one official.';
    const outer = { id: 'outer', start: 0, end: text.length };
    const inner = { id: 'inner', start: text.indexOf('“'), end: text.indexOf('”') + 2 };
    const segments = segmentText(text, [inner, outer], []);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const quoted = segments.find((s) => s.text.startsWith('“'))!;
    expect(quoted.claims).toEqual(['outer', 'inner']);
    expect(segments[0].starts).toEqual(['outer']);
  });

  it('joins back to the text for any spans (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (text, pairs) => {
        const spans = pairs.map(([a, b], i) => {
          const [s, e] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
          return { id: String(i), start: s, end: e };
        });
        expect(
          segmentText(text, spans, [])
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
