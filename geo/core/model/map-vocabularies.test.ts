import { describe, expect, it } from 'vitest';
import { mapVocabularies, PALETTE, usedTerms, withColours } from './map-vocabularies.ts';
import { KINDS } from './vocab.ts';

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the map’s own vocabularies', () => {
  it('the palette: distinct colours, each at least 3:1 against the white map', () => {
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    for (const c of PALETTE) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
  });

  it('a map that declares nothing gets the default kinds and the unknown affiliation', () => {
    const v = mapVocabularies(undefined);
    expect(v.kind.map((k) => k.id)).toEqual(KINDS.map((k) => k.id));
    expect(v.affiliation.map((a) => a.id)).toEqual(['unknown']);
  });

  it('declared terms keep their colours; the others get palette colours, the same ones every time, none taken twice', () => {
    const declared = [
      { id: 'rsf', label: 'Rapid Support Forces' },
      { id: 'saf', label: 'Sudanese Armed Forces', colour: PALETTE[0] },
      { id: 'civilians', label: 'Civilians' },
    ];
    const once = withColours(declared);
    expect(once).toEqual(withColours(declared));
    expect(once[1].colour).toBe(PALETTE[0]);
    expect(once[0].colour).toBe(PALETTE[1]);
    expect(once[2].colour).toBe(PALETTE[2]);
    const v = mapVocabularies({ affiliation: declared });
    expect(v.affiliation.map((a) => a.id)).toEqual(['rsf', 'saf', 'civilians', 'unknown']);
    expect(v.affiliation.find((a) => a.id === 'unknown')?.colour).toBe('#718096');
  });

  it('more terms than colours: every term still has one', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, label: `T${i}` }));
    expect(withColours(many).every((t) => PALETTE.includes(t.colour as (typeof PALETTE)[number]))).toBe(true);
  });

  it('the legend shows only the terms a map uses, in their order', () => {
    const v = mapVocabularies({
      affiliation: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    });
    expect(usedTerms(v.affiliation, new Set(['unknown', 'a'])).map((t) => t.id)).toEqual(['a', 'unknown']);
  });
});
