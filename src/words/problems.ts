/**
 * A check's problem in the reader's words: `problem.<CODE>.message` and `.fix` from the catalogue,
 * with the problem's values (geo/core/model/problems.ts) as ICU placeholders, and where it is
 * ("row 12, column event_date", "feature 3, property date", "line 4", or the data path). The
 * problem's own `message` and `fix` are the build's English, for the terminal.
 *
 * Values are data (ids, quotes, file and column names): in a right-to-left page each is isolated
 * (U+2068 … U+2069), so "r004-c02" or "event_date" keeps its own direction inside Arabic words.
 */
import type { Problem } from '../../geo/core/model/problems.ts';
import { IMPORT_FORMAT_IDS } from '../../geo/core/import/format-ids.ts';
import type { Lang } from '../store/language.ts';
import { currentLang, LOCALE, type Translate } from './i18n.tsx';
import { setProblemWording } from './message.ts';

export interface ProblemWords {
  message: string;
  fix: string;
  /** Where in the person's file or data, or '' when the problem is about the whole of it. */
  where: string;
}

const FSI = '\u2068';
const PDI = '\u2069';

/** The import formats' names, as one "a, b or c" list in the reader's language. */
export function formatList(t: Translate, lang: Lang): string {
  const names = IMPORT_FORMAT_IDS.map((id) => t(`format.${id}.name`));
  return new Intl.ListFormat(LOCALE[lang], { type: 'disjunction' }).format(names);
}

/** A value (a name, a quote, an id) inside a message, isolated in a right-to-left page so it keeps its own direction. */
export const isolated = (value: string, lang: Lang): string => (lang === 'ar' && value ? `${FSI}${value}${PDI}` : value);

/**
 * `names`: what people call the things a problem names by id (a claim by its quote's first words,
 * an event by its title), where the app knows them; an id means nothing to a person.
 */
export function problemWords(p: Problem, t: Translate, lang: Lang, names?: ReadonlyMap<string, string>): ProblemWords {
  const isolate = (s: string) => isolated(s, lang);
  const raw = names ? named(p.values ?? {}, names) : (p.values ?? {});
  const v: Record<string, string | number> = {};
  for (const [k, x] of Object.entries(raw)) v[k] = typeof x === 'string' && k !== 'case' && !k.endsWith('Kind') ? isolate(x) : x;
  // Values the catalogue words are picked by stay as they are.
  for (const k of ['case', 'subject', 'affix', 'unit', 'expected', 'rule', 'property', 'foundKind'])
    if (raw[k] !== undefined) v[k] = raw[k];
  // A message that picks its words by case reads its `other` words when the problem names none.
  if (raw.case === undefined) v.case = 'other';
  const day = (d: string | number | undefined) => (d === undefined ? '' : t('problem.weekday', { day: String(d) }));
  const words = {
    ...v,
    subjectWords: raw.subject !== undefined ? t('problem.subject', v) : '',
    expectedWords: raw.expected !== undefined ? t('problem.expected', { expected: raw.expected }) : '',
    foundWords: raw.foundKind !== undefined ? t('problem.found', v) : '',
    ruleWords: raw.rule !== undefined ? t('problem.rule', { rule: raw.rule }) : '',
    startDayWords: day(raw.startDay),
    endDayWords: day(raw.endDay),
    namedWords:
      raw.named !== undefined && raw.startDay !== undefined
        ? new Intl.ListFormat(LOCALE[lang]).format(String(raw.named).split(', ').map(day))
        : (v.named ?? ''),
    formats: formatList(t, lang),
  };
  let where = isolate(p.where);
  if (raw.row !== undefined && raw.column !== undefined) where = t('problem.where.cell', { row: raw.row, column: v.column });
  else if (raw.feature !== undefined && raw.property !== undefined)
    where = t('problem.where.feature', { feature: raw.feature, property: String(raw.property) });
  else if (raw.line !== undefined && raw.at !== undefined && p.code === 'NOT_UTF8')
    where = t('problem.where.lineByte', { line: raw.line, at: raw.at });
  else if (raw.line !== undefined) where = t('problem.where.line', { line: raw.line });
  return { message: t(`problem.${p.code}.message`, words), fix: t(`problem.${p.code}.fix`, words), where };
}

/** The values with each id that has a name replaced by the name (the catalogue's selectors kept). */
function named(values: NonNullable<Problem['values']>, names: ReadonlyMap<string, string>): NonNullable<Problem['values']> {
  return Object.fromEntries(
    Object.entries(values).map(([k, x]) => [k, typeof x === 'string' && k !== 'case' && k !== 'subject' ? (names.get(x) ?? x) : x]),
  );
}

/** A problem in a message (a notice, a tour file's errors): where, then what, in the reader's words. */
setProblemWording((p, t) => {
  const w = problemWords(p, t, currentLang());
  return w.where ? t('core.problemAt', { where: w.where, what: w.message }) : w.message;
});
