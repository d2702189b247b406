import { describe, expect, it } from 'vitest';
import { asserterName, basemapName, chainWords, clip, isOtherForm, placeName } from './labels';

describe('clipping a quote', () => {
  it('keeps a short text whole and cuts a long one at a word, with an ellipsis', () => {
    expect(clip('Short enough.', 40)).toBe('Short enough.');
    expect(clip('The Iraqi military launched a major campaign to take back a key city', 40)).toBe('The Iraqi military launched a major…');
  });

  it('cuts inside a very long word rather than leaving almost nothing', () => {
    expect(clip('Supercalifragilisticexpialidocious words', 12)).toBe('Supercalifra…');
  });
});

describe('names in the reader’s language', () => {
  const tikrit = { name: 'Tikrit', names: { ar: 'تكريت' } };
  const amerli = { name: 'Amerli', names: { ar: null } };
  const old = { name: 'Raqqa' };

  it('shows a place’s Arabic name in Arabic and its own name in English', () => {
    expect(placeName(tikrit, 'ar')).toBe('تكريت');
    expect(placeName(tikrit, 'en')).toBe('Tikrit');
  });

  it('keeps the own name where the map has no Arabic name (null, absent, blank, or an older map)', () => {
    expect(placeName(amerli, 'ar')).toBe('Amerli');
    expect(placeName(old, 'ar')).toBe('Raqqa');
    expect(placeName({ name: 'Mosul', names: { ar: '  ' } }, 'ar')).toBe('Mosul');
    expect(isOtherForm(old, 'ar')).toBe(false);
    expect(isOtherForm(tikrit, 'ar')).toBe(true);
  });

  it('gives a voice its Arabic form in common use, and its own name otherwise', () => {
    const wsj = {
      id: 'wsj',
      name: 'The Wall Street Journal',
      names: { ar: 'وول ستريت جورنال' },
      kind: 'outlet',
      affiliation: 'independent-media',
    } as const;
    const blasting = { id: 'bn', name: 'Blasting News', kind: 'outlet', affiliation: 'independent-media' } as const;
    expect(asserterName(wsj, 'ar')).toBe('وول ستريت جورنال');
    expect(chainWords([blasting, wsj], 'ar')).toBe(`Blasting News › وول ستريت جورنال`);
    expect(chainWords([blasting, wsj])).toBe('Blasting News › The Wall Street Journal');
  });
});

describe('basemap names in the reader’s language', () => {
  it('writes a river by the data’s Arabic name, a country by its code, and marks an English fallback as English', () => {
    expect(basemapName({ name: 'Tigris', names: { ar: 'دجلة' } }, 'ar')).toEqual({ text: 'دجلة', lang: 'ar' });
    expect(basemapName({ name: 'IRAQ', code: 'IQ' }, 'ar')).toEqual({ text: 'العراق', lang: 'ar' });
    expect(basemapName({ name: 'NOWHERE' }, 'ar')).toEqual({ text: 'NOWHERE', lang: 'en' });
    expect(basemapName({ name: 'IRAQ', code: 'IQ' }, 'en')).toEqual({ text: 'IRAQ', lang: 'en' });
  });
});
