import { describe, expect, it } from 'vitest';
import { MetaSchema, type Meta } from '../../geo/core/model/contract';
import { FORMAT_VOCABULARIES, KINDS } from '../../geo/core/model/vocab';
import { labelsOf } from './labels';

/** The format's vocabularies, the default kinds, and one affiliation as the four reports' map declares it. */
const vocab = {
  ...FORMAT_VOCABULARIES,
  kind: KINDS,
  affiliation: [
    {
      id: 'islamic-state',
      label: 'Islamic State',
      short: 'IS',
      colour: '#1a202c',
      translations: { ar: { label: 'تنظيم الدولة الإسلامية (داعش)', short: 'داعش' } },
    },
  ],
} as unknown as Meta['vocabularies'];
/** The vocabularies as a map made before translations were written carries them. */
const withoutTranslations = Object.fromEntries(
  Object.entries(vocab).map(([name, terms]) => [name, terms.map(({ translations: _, ...term }) => term)]),
) as Meta['vocabularies'];

describe("the vocabularies' words in the reader's language", () => {
  it('are English by default, as before', () => {
    const en = labelsOf(vocab);
    expect(en.stance.fact).toEqual({ label: 'Fact', hint: 'The outlet says it in its own voice' });
    expect(en.kind.outlet).toBe('News outlet');
    expect(en.affiliation['islamic-state']).toEqual({ label: 'Islamic State', short: 'IS', colour: '#1a202c' });
    expect(labelsOf(vocab, 'en')).toEqual(en);
  });

  it('are Arabic for an Arabic reader, with the glossary’s terms and the same colours', () => {
    const ar = labelsOf(vocab, 'ar');
    expect(ar.stance.fact.label).toBe('واقعة');
    expect(ar.stance.denial.label).toBe('نفي');
    expect(ar.kind['anonymous-official']).toBe('مسؤول لم يُكشف اسمه');
    expect(ar.affiliation['islamic-state']).toEqual({ label: 'تنظيم الدولة الإسلامية (داعش)', short: 'داعش', colour: '#1a202c' });
    expect(ar.precision.city).toBe('بلدة أو مدينة');
    expect(ar.relation.contradicts).toBe('يناقض');
  });

  it('fall back to the map’s own words where a map has none in that language: never blank, never an error', () => {
    const old = MetaSchema.shape.vocabularies.parse(withoutTranslations);
    expect(labelsOf(old, 'ar')).toEqual(labelsOf(vocab, 'en'));
    const partial = { ...vocab, stance: [{ id: 'fact', label: 'Fact', hint: 'Own voice', translations: { ar: { label: ' ' } } }] };
    expect(labelsOf(partial, 'ar').stance.fact).toEqual({ label: 'Fact', hint: 'Own voice' });
    expect(labelsOf(vocab, 'fr').stance.fact.label).toBe('Fact');
  });
});
