/**
 * The vocabularies of the format: the allowed values of each closed field, with the words a
 * reader sees. Kinds of voice and affiliations are the map's own (map-vocabularies.ts). The schemas take their enums from here, and the build writes the labels into
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
  /**
   * The words in other languages, by language tag (`ar`): `label` (and `hint`, `short` where the
   * term has them in English). `label` stays English; a reader whose language is missing here
   * sees the English words.
   */
  translations?: Readonly<Record<string, TermWords>>;
}

/** A term's words in one language. */
export interface TermWords {
  label: string;
  hint?: string;
  short?: string;
}

/** The languages every built-in term is written in besides English (the build checks them). */
export const TERM_LANGUAGES = ['ar'] as const;

function ids<const T extends readonly { id: string }[]>(terms: T): [T[number]['id'], ...T[number]['id'][]] {
  return terms.map((t) => t.id) as [T[number]['id'], ...T[number]['id'][]];
}

export const STANCES = [
  {
    id: 'fact',
    label: 'Fact',
    hint: 'The outlet says it in its own voice',
    translations: { ar: { label: 'واقعة', hint: 'تقوله الوسيلة الإعلامية بصوتها' } },
  },
  {
    id: 'attributed',
    label: 'Attributed',
    hint: "Reported as someone's statement",
    translations: { ar: { label: 'منسوب', hint: 'يُنقل على أنه قول أحد ما' } },
  },
  {
    id: 'hedged',
    label: 'Hedged',
    hint: 'Speculative, conditional or unconfirmed wording',
    translations: { ar: { label: 'غير مؤكَّد', hint: 'صياغة تخمينية أو مشروطة أو غير مؤكَّدة' } },
  },
  {
    id: 'denial',
    label: 'Denial',
    hint: 'Someone denies or rules out an action',
    translations: { ar: { label: 'نفي', hint: 'ينفي أحد ما فعلًا أو يستبعده' } },
  },
] as const satisfies readonly Term[];

/**
 * The kinds of voice a map uses when its meta declares none (imports, the studio). A map may
 * declare its own in `vocabularies.kind`; the drafter and the ACLED import speak these ids.
 */
export const KINDS = [
  { id: 'outlet', label: 'News outlet', translations: { ar: { label: 'وسيلة إعلامية' } } },
  { id: 'named-official', label: 'Named official', translations: { ar: { label: 'مسؤول مُسمّى' } } },
  { id: 'anonymous-official', label: 'Anonymous official', translations: { ar: { label: 'مسؤول لم يُكشف اسمه' } } },
  { id: 'government-body', label: 'Government or military body', translations: { ar: { label: 'جهة حكومية أو عسكرية' } } },
  { id: 'armed-group', label: 'Armed group', translations: { ar: { label: 'جماعة مسلحة' } } },
  { id: 'militia', label: 'Militia', translations: { ar: { label: 'ميليشيا' } } },
  { id: 'analyst', label: 'Analyst or think tank', translations: { ar: { label: 'محلل أو مركز أبحاث' } } },
  { id: 'unnamed-reports', label: 'Unnamed reports', translations: { ar: { label: 'تقارير غير منسوبة' } } },
] as const satisfies readonly Term[];

/**
 * Affiliations belong to the map: its meta (geo/map.yaml `vocabularies.affiliation`, an import's
 * own) declares them with labels and colours. Every map has this one, for a voice whose side is
 * not known; a map that does not declare it gets it.
 */
export const UNKNOWN_AFFILIATION = {
  id: 'unknown',
  label: 'Unknown',
  short: '?',
  colour: '#718096',
  translations: { ar: { label: 'غير معروف', short: '؟' } },
} as const satisfies Term;

export const PRECISIONS = [
  { id: 'site', label: 'a site', translations: { ar: { label: 'موقع محدد' } } },
  { id: 'city', label: 'a town or city', translations: { ar: { label: 'بلدة أو مدينة' } } },
  { id: 'district', label: 'an area', translations: { ar: { label: 'منطقة' } } },
  { id: 'province', label: 'a province', translations: { ar: { label: 'محافظة' } } },
  { id: 'country', label: 'a whole country', translations: { ar: { label: 'بلد بأكمله' } } },
] as const satisfies readonly Term[];

export const DATE_PRECISIONS = [
  { id: 'day', label: 'to the day', translations: { ar: { label: 'باليوم' } } },
  { id: 'range', label: 'a range of days', translations: { ar: { label: 'بضعة أيام متتالية' } } },
  { id: 'month', label: 'a month', translations: { ar: { label: 'شهر' } } },
] as const satisfies readonly Term[];

export const DATE_BASES = [
  { id: 'explicit', label: 'given in the text', translations: { ar: { label: 'مذكور في النص' } } },
  { id: 'weekday', label: 'computed from a weekday', translations: { ar: { label: 'محسوب من يوم الأسبوع' } } },
  { id: 'context', label: 'inferred from the context', translations: { ar: { label: 'مستنتَج من السياق' } } },
] as const satisfies readonly Term[];

export const STATUSES = [
  { id: 'confirmed', label: 'confirmed', translations: { ar: { label: 'مؤكَّد' } } },
  { id: 'inferred', label: 'inferred', translations: { ar: { label: 'مستنتَج' } } },
  { id: 'unknown', label: 'unknown', translations: { ar: { label: 'غير معروف' } } },
] as const satisfies readonly Term[];

export const RELATIONS = [
  { id: 'corroborates', label: 'Corroborates', translations: { ar: { label: 'يؤيّد' } } },
  { id: 'contradicts', label: 'Contradicts', translations: { ar: { label: 'يناقض' } } },
  { id: 'updates', label: 'Updates', translations: { ar: { label: 'يحدّث' } } },
  { id: 'updated-by', label: 'Updated by', translations: { ar: { label: 'حدّثه' } } },
] as const satisfies readonly Term[];

/**
 * What a vocabulary lacks in a language: "stance.fact: label", "affiliation.iraq: short". A term
 * needs a label in each language, and a hint and a short form where it has them in English.
 */
export function missingWords(vocabularies: Record<string, readonly Term[]>, lang: string): string[] {
  const missing: string[] = [];
  for (const [name, terms] of Object.entries(vocabularies))
    for (const term of terms) {
      const words = term.translations?.[lang];
      for (const field of ['label', 'hint', 'short'] as const)
        if (term[field] !== undefined && !words?.[field]?.trim()) missing.push(`${name}.${term.id}: ${field}`);
    }
  return missing;
}

export const STANCE_IDS = ids(STANCES);
export const PRECISION_IDS = ids(PRECISIONS);
export const DATE_PRECISION_IDS = ids(DATE_PRECISIONS);
export const DATE_BASIS_IDS = ids(DATE_BASES);
export const STATUS_IDS = ids(STATUSES);
/** Authored relations; `updated-by` is only ever derived, as the other side of `updates`. */
export const AUTHORED_RELATION_IDS = ['corroborates', 'contradicts', 'updates'] as const;

export type Stance = (typeof STANCE_IDS)[number];
/** A kind of voice: an id of the map's kind vocabulary (KINDS unless the map declares its own). */
export type AsserterKind = string;
/** An affiliation: an id of the map's affiliation vocabulary. */
export type Affiliation = string;
export type Precision = (typeof PRECISION_IDS)[number];
export type DatePrecision = (typeof DATE_PRECISION_IDS)[number];
export type Status = (typeof STATUS_IDS)[number];
export type RelationType = (typeof RELATIONS)[number]['id'];

/** The vocabularies the format itself fixes: the app's logic depends on their ids. */
export const FORMAT_VOCABULARIES = {
  stance: STANCES,
  precision: PRECISIONS,
  datePrecision: DATE_PRECISIONS,
  dateBasis: DATE_BASES,
  status: STATUSES,
  relation: RELATIONS,
};
