/**
 * Are the vocabularies the build writes into `meta.vocabularies` written in every language the app
 * speaks? A term's words in Arabic (label, and hint and short where the English has them) sit
 * beside its English ones: the format's in geo/core/model/vocab.ts, the map's own (kinds of voice,
 * affiliations) in geo/map.yaml. A missing one is an error, in the file that holds the term.
 */
import { CODES, type Problem } from '../core/model/problems.ts';
import { missingWords, TERM_LANGUAGES, type Term } from '../core/model/vocab.ts';

export function checkVocabularies(vocabularies: Record<string, readonly Term[]>, file = 'core/model/vocab.ts'): Problem[] {
  return TERM_LANGUAGES.flatMap((lang) =>
    missingWords(vocabularies, lang).map((missing): Problem => {
      const [term, field] = missing.split(': ');
      return {
        code: 'VOCABULARY_WORDS_MISSING',
        severity: 'error',
        path: ['vocabularies', ...term.split('.'), 'translations', lang, field],
        file,
        where: term,
        message: `The term ${term} has no ${field} in ${lang}.`,
        fix: CODES.VOCABULARY_WORDS_MISSING,
        values: { term, field, lang },
      };
    }),
  );
}
