import { describe, expect, it } from 'vitest';
import { FORMAT_VOCABULARIES, KINDS, missingWords } from '../core/model/vocab.ts';

const VOCABULARIES = { ...FORMAT_VOCABULARIES, kind: KINDS };
import { checkVocabularies } from './vocabularies.ts';

describe('the vocabularies in every language', () => {
  it('has every built-in term in Arabic: label, and hint and short where the English has them', () => {
    expect(missingWords(VOCABULARIES, 'ar')).toEqual([]);
    expect(checkVocabularies(VOCABULARIES)).toEqual([]);
    expect(VOCABULARIES.stance.find((t) => t.id === 'fact')?.translations.ar).toEqual({
      label: 'واقعة',
      hint: 'تقوله الوسيلة الإعلامية بصوتها',
    });
  });

  it('fails the build on a term without its Arabic words, naming the term and the field', () => {
    const broken = {
      stance: [{ id: 'fact', label: 'Fact', hint: 'In its own voice', translations: { ar: { label: 'واقعة' } } }],
      affiliation: [{ id: 'iraq', label: 'Iraq', short: 'Iraq', colour: '#c05621' }],
      relation: [{ id: 'updates', label: 'Updates', translations: { ar: { label: '  ' } } }],
    };
    const problems = checkVocabularies(broken);
    expect(problems.map((p) => [p.code, p.severity, p.where, p.message])).toEqual([
      ['VOCABULARY_WORDS_MISSING', 'error', 'stance.fact', 'The term stance.fact has no hint in ar.'],
      ['VOCABULARY_WORDS_MISSING', 'error', 'affiliation.iraq', 'The term affiliation.iraq has no label in ar.'],
      ['VOCABULARY_WORDS_MISSING', 'error', 'affiliation.iraq', 'The term affiliation.iraq has no short in ar.'],
      ['VOCABULARY_WORDS_MISSING', 'error', 'relation.updates', 'The term relation.updates has no label in ar.'],
    ]);
    expect(problems[0].fix).toMatch(/translations/);
  });
});
