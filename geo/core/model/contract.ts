/**
 * The published format (the output contract): flat tables keyed by id, and a `meta` record that
 * says what the map is and lists its vocabularies with their labels. The build writes it to
 * public/data/map.json, with its JSON Schema beside it (map.schema.json, from this schema);
 * the app loads it and checks its shape once; exports and imports speak it. geo/README.md
 * documents it field by field.
 */
import * as z from 'zod/mini';
import { KnownSchema, slug, StatusSchema } from './schema.ts';
import { AUTHORED_RELATION_IDS, DATE_BASIS_IDS, DATE_PRECISION_IDS, PRECISION_IDS, STANCE_IDS } from './vocab.ts';

import { FORMAT } from './format.ts';

export { FORMAT };

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'));
const offset = z.number().check(z.int(), z.nonnegative());
const status = StatusSchema;

const TermSchema = z.object({
  id: z.string(),
  label: z.string(),
  hint: z.optional(z.string()),
  short: z.optional(z.string()),
  colour: z.optional(z.string()),
  /** The term's words in other languages, by language tag: { ar: { label, hint?, short? } }. Optional. */
  translations: z.optional(
    z.record(z.string(), z.object({ label: z.string(), hint: z.optional(z.string()), short: z.optional(z.string()) })),
  ),
});

/**
 * A name in other languages, by language tag: { ar: "تكريت" }. Optional (a map without it shows
 * `name` in every language); null says that the source has no name in that language.
 */
const names = z.optional(z.record(z.string(), z.nullable(z.string())));

/**
 * Authored words in other languages, by language tag: { ar: { title: "…" } }. Optional, and each
 * field too: a reader of a language the map does not give, or a field it leaves out, sees the original.
 */
const translations = <const Field extends string>(...fields: Field[]) =>
  z.optional(
    z.record(
      z.string(),
      z.object(Object.fromEntries(fields.map((f) => [f, z.optional(z.string())])) as Record<Field, z.ZodMiniOptional<z.ZodMiniString>>),
    ),
  );
const vocabulary = z.array(TermSchema);

export const MetaSchema = z.object({
  title: z.string(),
  description: z.string(),
  credits: z.array(z.string()),
  /** The title and description in other languages. */
  translations: translations('title', 'description'),
  /** First to last day of the data, in whole months: what the time slider covers. */
  span: z.object({ start: isoDate, end: isoDate }),
  /** [west, south, east, north] of the mapped places, or null when nothing is mapped. */
  bbox: z.nullable(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  counts: z.record(z.string(), z.number()),
  vocabularies: z.object({
    stance: vocabulary,
    kind: vocabulary,
    affiliation: vocabulary,
    precision: vocabulary,
    datePrecision: vocabulary,
    dateBasis: vocabulary,
    status: vocabulary,
    relation: vocabulary,
  }),
});

export const ReportRowSchema = z.object({
  id: slug,
  file: z.string(),
  outletAsserter: slug,
  outlet: KnownSchema,
  title: KnownSchema,
  author: KnownSchema,
  published: z.object({ date: isoDate, status, note: z.string() }),
  url: KnownSchema,
  /** Byte for byte the report's text. */
  text: z.string(),
  /** Spans marked as not a claim (headline, boilerplate…), offsets as in a claim's quote. */
  notClaims: z.array(z.object({ start: offset, end: offset, why: z.string(), exact: z.string() })),
});

export const ClaimRowSchema = z.object({
  id: slug,
  report: slug,
  event: slug,
  /** TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end): UTF-16 code units, end exclusive. */
  quote: z.object({ exact: z.string(), prefix: z.optional(z.string()), suffix: z.optional(z.string()), start: offset, end: offset }),
  /** The attribution chain, outermost first: the outlet, any relay, the ultimate source. */
  asserters: z.array(slug).check(z.minLength(1)),
  cue: z.nullable(z.string()),
  stance: z.enum(STANCE_IDS),
  hedges: z.array(z.string()),
  /** When it was said: a date, or an ISO interval "start/end". */
  said: z.string(),
});

/** A relation as authored, once; readers add the other side (`updates` ↔ `updated-by`). */
export const RelationRowSchema = z.object({ from: slug, type: z.enum(AUTHORED_RELATION_IDS), to: slug, note: z.nullable(z.string()) });

export const EventRowSchema = z.object({
  id: slug,
  title: z.string(),
  summary: z.string(),
  place: z.nullable(slug),
  when: z.object({ start: isoDate, end: isoDate, precision: z.enum(DATE_PRECISION_IDS), basis: z.enum(DATE_BASIS_IDS), note: z.string() }),
  /** The parties to the event (asserter ids), when the source names them (an ACLED row's actors). */
  actors: z.optional(z.array(slug)),
  /** The title and summary in other languages. */
  translations: translations('title', 'summary'),
});

export const PlaceRowSchema = z.object({
  id: slug,
  name: z.string(),
  aka: z.array(z.string()),
  /** GeoJSON order: longitude, latitude. */
  lngLat: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
  precision: z.enum(PRECISION_IDS),
  geonames: z.nullable(z.number()),
  source: z.string(),
  names,
  /** Where `names` come from: the GeoNames id's alternate names, or another cited source. */
  namesSource: z.optional(z.string()),
});

export const AsserterRowSchema = z.object({
  id: slug,
  name: z.string(),
  /** An id of meta.vocabularies.kind. */
  kind: slug,
  /** An id of meta.vocabularies.affiliation. */
  affiliation: slug,
  note: z.nullable(z.string()),
  /** The form of the name in common use in other languages (a major outlet's, a public figure's); never a translation of a name. */
  names,
});

export const TourRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  steps: z.array(
    // A title step has no event (null) and no claims.
    z.object({
      id: z.string(),
      event: z.nullable(z.string()),
      claims: z.array(z.string()),
      caption: z.string(),
      notes: z.string(),
      to: isoDate,
      /** After its claims, the step reveals the later-known notes of its event. */
      later: z.boolean(),
      /** The caption and notes in other languages. */
      translations: translations('caption', 'notes'),
    }),
  ),
  /** The title and description in other languages. */
  translations: translations('title', 'description'),
});

export const SourceRowSchema = z.object({ outlet: z.string(), title: z.string(), date: isoDate, url: z.string() });

/**
 * What later reporting or official records established about some events: the annotator's words,
 * never a claim of the reports. `known` is when the fact became known; every source is later than
 * every claim about the events it qualifies.
 */
export const LaterRowSchema = z.object({
  id: slug,
  events: z.array(slug).check(z.minLength(1)),
  note: z.string(),
  known: isoDate,
  sources: z.array(SourceRowSchema).check(z.minLength(1)),
  /** The note in other languages. */
  translations: translations('note'),
});

export const MapDataSchema = z.object({
  format: z.literal(FORMAT),
  meta: MetaSchema,
  reports: z.array(ReportRowSchema),
  claims: z.array(ClaimRowSchema),
  relations: z.array(RelationRowSchema),
  events: z.array(EventRowSchema),
  places: z.array(PlaceRowSchema),
  asserters: z.array(AsserterRowSchema),
  tours: z.array(TourRowSchema),
  later: z.array(LaterRowSchema),
});

export type Meta = z.infer<typeof MetaSchema>;
export type ReportRow = z.infer<typeof ReportRowSchema>;
export type ClaimRow = z.infer<typeof ClaimRowSchema>;
export type RelationRow = z.infer<typeof RelationRowSchema>;
export type EventRow = z.infer<typeof EventRowSchema>;
export type PlaceRow = z.infer<typeof PlaceRowSchema>;
export type AsserterRow = z.infer<typeof AsserterRowSchema>;
export type TourRow = z.infer<typeof TourRowSchema>;
export type LaterRow = z.infer<typeof LaterRowSchema>;
export type MapData = z.infer<typeof MapDataSchema>;

/** The JSON Schema of the format, written by the build next to the data. */
export function mapJsonSchema(): object {
  return {
    ...z.toJSONSchema(MapDataSchema),
    $id: 'map.schema.json',
    title: 'according-to map data',
    description: `Format ${FORMAT}: see geo/README.md.`,
  };
}
