/**
 * How sure the drafter is of each claim, and why: codes with values, never sentences, so that
 * the studio words them from its message catalogue (English, Arabic) and the CLI from
 * CONFIDENCE_WORDS below. A claim is `low` when any reason is a `low` one, `medium` when any is
 * `medium`, else `high`. Every claim still wants a person's review; these say where to look first.
 */
export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** Each reason code and the level it brings a claim down to. */
export const REASON_LEVELS = {
  /** Quoted words, but no one found who says them. */
  QUOTE_WITHOUT_SOURCE: 'low',
  /** A reporting verb ({cue}), but no one the drafter could name as its subject. */
  CUE_WITHOUT_SOURCE: 'low',
  /** The outlet's own words with no reporting verb: fine for a fact, wrong if a source was missed. */
  NO_REPORTING_VERB: 'medium',
  /** A headline: the annotation rules make it the outlet's claim, but its words are short and loose. */
  HEADLINE: 'low',
  /** The source is carried over from the sentence before ({source}): a continued quotation. */
  SOURCE_CARRIED_OVER: 'medium',
  /** The source was a pronoun or a bare noun ({said}), taken to mean {source}. */
  SOURCE_FROM_PRONOUN: 'medium',
  /** Two sources or more in one sentence ({sources}): the chain keeps the innermost one. */
  TWO_SOURCES: 'low',
  /** Impersonal or passive attribution ({cue}): a vague source, not the outlet's fact. */
  VAGUE_SOURCE: 'medium',
  /** The place is the report's dateline ({place}), not a place the claim names. */
  PLACE_FROM_DATELINE: 'medium',
  /** The claim names no place; it took {place} from its paragraph or report. */
  PLACE_FROM_CONTEXT: 'medium',
  /** No place at all. */
  NO_PLACE: 'medium',
  /** Only a country ({place}): the town is unknown or not named. */
  PLACE_COUNTRY_ONLY: 'medium',
  /** A district no gazetteer has ({district}), placed at its town ({town}). */
  DISTRICT_AT_TOWN: 'medium',
  /** A town from the world gazetteer ({place}, {country}): another town may bear the name. */
  WORLD_TOWN: 'medium',
  /** Names that read like places but are in no gazetteer ({names}). */
  PLACE_UNKNOWN: 'low',
  /** No date in the claim or its paragraph: the week up to publication. */
  DATE_GUESSED: 'medium',
} as const satisfies Record<string, ConfidenceLevel>;

export type ReasonCode = keyof typeof REASON_LEVELS;

export interface Reason {
  code: ReasonCode;
  values?: Record<string, string | number>;
}

export interface Confidence {
  level: ConfidenceLevel;
  reasons: Reason[];
}

export function confidenceOf(reasons: Reason[]): Confidence {
  const levels = reasons.map((r) => REASON_LEVELS[r.code]);
  const level = levels.includes('low') ? 'low' : levels.includes('medium') ? 'medium' : 'high';
  return { level, reasons };
}

/** English for the CLI and the YAML comments; the studio uses its catalogue with the same codes and values. */
export const CONFIDENCE_WORDS: Record<ReasonCode, string> = {
  QUOTE_WITHOUT_SOURCE: 'quoted words, but no source found',
  CUE_WITHOUT_SOURCE: 'a reporting verb ("{cue}") with no source found',
  NO_REPORTING_VERB: 'no reporting verb found: the outlet’s own words',
  HEADLINE: 'a headline',
  SOURCE_CARRIED_OVER: 'source carried over from the sentence before ({source})',
  SOURCE_FROM_PRONOUN: '"{said}" taken to mean {source}',
  TWO_SOURCES: 'two sources in one sentence ({sources})',
  VAGUE_SOURCE: 'impersonal attribution ("{cue}")',
  PLACE_FROM_DATELINE: 'place taken from the dateline ({place})',
  PLACE_FROM_CONTEXT: 'place taken from the paragraph or report ({place})',
  NO_PLACE: 'no place found',
  PLACE_COUNTRY_ONLY: 'only a country ({place})',
  DISTRICT_AT_TOWN: 'the district {district} placed at {town}',
  WORLD_TOWN: 'a town from the world gazetteer ({place}, {country}): check it is the right one',
  PLACE_UNKNOWN: 'place names in no gazetteer ({names})',
  DATE_GUESSED: 'no date found: the week up to publication',
};

export function describeReason(r: Reason): string {
  return CONFIDENCE_WORDS[r.code].replace(/\{(\w+)\}/g, (_, k: string) => String(r.values?.[k] ?? k));
}
