/**
 * The vocabularies of the format: the allowed values of each closed field, with the words a
 * reader sees. The schemas take their enums from here, and the build writes the labels into
 * `meta.vocabularies`, so the app (and anyone reading the data) needs no second copy.
 */
export interface Term {
  id: string;
  label: string;
  /** A longer explanation, where the label alone would not do. */
  hint?: string;
  /** Short form for tight spaces (affiliations). */
  short?: string;
  /** Display colour (affiliations); always shown together with the label. */
  colour?: string;
}

function ids<const T extends readonly { id: string }[]>(terms: T): [T[number]['id'], ...T[number]['id'][]] {
  return terms.map((t) => t.id) as [T[number]['id'], ...T[number]['id'][]];
}

export const STANCES = [
  { id: 'fact', label: 'Fact', hint: 'The outlet says it in its own voice' },
  { id: 'attributed', label: 'Attributed', hint: "Reported as someone's statement" },
  { id: 'hedged', label: 'Hedged', hint: 'Speculative, conditional or unconfirmed wording' },
  { id: 'denial', label: 'Denial', hint: 'Someone denies or rules out an action' },
] as const satisfies readonly Term[];

export const KINDS = [
  { id: 'outlet', label: 'News outlet' },
  { id: 'named-official', label: 'Named official' },
  { id: 'anonymous-official', label: 'Anonymous official' },
  { id: 'government-body', label: 'Government or military body' },
  { id: 'armed-group', label: 'Armed group' },
  { id: 'militia', label: 'Militia' },
  { id: 'analyst', label: 'Analyst or think tank' },
  { id: 'unnamed-reports', label: 'Unnamed reports' },
] as const satisfies readonly Term[];

// Colours are told apart by hue and lightness, and each comes with its label.
export const AFFILIATIONS = [
  { id: 'united-states', label: 'United States', short: 'US', colour: '#2b6cb0' },
  { id: 'iran', label: 'Iran', short: 'Iran', colour: '#2f855a' },
  { id: 'iraq', label: 'Iraq', short: 'Iraq', colour: '#c05621' },
  { id: 'syria', label: 'Syria', short: 'Syria', colour: '#805ad5' },
  { id: 'islamic-state', label: 'Islamic State', short: 'IS', colour: '#1a202c' },
  { id: 'nato', label: 'NATO', short: 'NATO', colour: '#2c7a7b' },
  { id: 'israel', label: 'Israel', short: 'Israel', colour: '#0987a0' },
  { id: 'independent-media', label: 'Independent media', short: 'media', colour: '#b83280' },
  { id: 'unknown', label: 'Unknown', short: '?', colour: '#718096' },
] as const satisfies readonly Term[];

export const PRECISIONS = [
  { id: 'site', label: 'a site' },
  { id: 'city', label: 'a town or city' },
  { id: 'district', label: 'an area' },
  { id: 'province', label: 'a province' },
  { id: 'country', label: 'a whole country' },
] as const satisfies readonly Term[];

export const DATE_PRECISIONS = [
  { id: 'day', label: 'to the day' },
  { id: 'range', label: 'a range of days' },
  { id: 'month', label: 'a month' },
] as const satisfies readonly Term[];

export const DATE_BASES = [
  { id: 'explicit', label: 'given in the text' },
  { id: 'weekday', label: 'computed from a weekday' },
  { id: 'context', label: 'inferred from the context' },
] as const satisfies readonly Term[];

export const STATUSES = [
  { id: 'confirmed', label: 'confirmed' },
  { id: 'inferred', label: 'inferred' },
  { id: 'unknown', label: 'unknown' },
] as const satisfies readonly Term[];

export const RELATIONS = [
  { id: 'corroborates', label: 'Corroborates' },
  { id: 'contradicts', label: 'Contradicts' },
  { id: 'updates', label: 'Updates' },
  { id: 'updated-by', label: 'Updated by' },
] as const satisfies readonly Term[];

export const STANCE_IDS = ids(STANCES);
export const KIND_IDS = ids(KINDS);
export const AFFILIATION_IDS = ids(AFFILIATIONS);
export const PRECISION_IDS = ids(PRECISIONS);
export const DATE_PRECISION_IDS = ids(DATE_PRECISIONS);
export const DATE_BASIS_IDS = ids(DATE_BASES);
export const STATUS_IDS = ids(STATUSES);
/** Authored relations; `updated-by` is only ever derived, as the other side of `updates`. */
export const AUTHORED_RELATION_IDS = ['corroborates', 'contradicts', 'updates'] as const;

export type Stance = (typeof STANCE_IDS)[number];
export type AsserterKind = (typeof KIND_IDS)[number];
export type Affiliation = (typeof AFFILIATION_IDS)[number];
export type Precision = (typeof PRECISION_IDS)[number];
export type DatePrecision = (typeof DATE_PRECISION_IDS)[number];
export type Status = (typeof STATUS_IDS)[number];
export type RelationType = (typeof RELATIONS)[number]['id'];

export const VOCABULARIES = {
  stance: STANCES,
  kind: KINDS,
  affiliation: AFFILIATIONS,
  precision: PRECISIONS,
  datePrecision: DATE_PRECISIONS,
  dateBasis: DATE_BASES,
  status: STATUSES,
  relation: RELATIONS,
};
