/**
 * The shapes of the authored inputs, once, for the build (YAML files) and the browser (imports,
 * the studio). zod/mini keeps the browser's cost small. Cross-references and text checks live
 * in the check-*.ts modules; plain-language messages in schema-issues.ts.
 */
import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';
import { AUTHORED_RELATION_IDS, DATE_BASIS_IDS, DATE_PRECISION_IDS, PRECISION_IDS, STANCE_IDS, STATUS_IDS } from './vocab.ts';

/** A later-known note is a few sentences: room for a fact and its date, not for an article. */
export const LATER_NOTE_CHARS = 600;

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = z.string().check(z.regex(SLUG, 'a lowercase slug such as "tikrit" or "r003-c12"'));
// Authored text is kept as written; it only must not be blank.
export const text = z.string().check(z.refine((s) => s.trim().length > 0, 'must not be blank'));
export const StatusSchema = z.enum(STATUS_IDS);
const status = StatusSchema;
export const KnownSchema = z.strictObject({ value: z.nullable(z.string()), status, note: text });

/** A language code, as the names and translations of the data key them: "ar". */
const language = z.string().check(z.regex(/^[a-z]{2,3}$/, 'a language code such as "ar"'));

/**
 * A name in other languages, by language code (`ar`): a place's from its GeoNames id's
 * alternate names (or the source `names_source` cites); null where that source has none.
 */
export const NamesSchema = z.record(language, z.nullable(text));

/**
 * Authored words in other languages, by language code: `{ ar: { title: "…" } }`. Each field is
 * optional (the reader sees the original where one is left out) and, when written, not blank.
 */
const translations = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.optional(
    z.record(
      language,
      z
        .strictObject(shape)
        .check(
          z.refine(
            (words) => Object.keys(words).length > 0,
            `is empty: give ${Object.keys(shape).join(' or ')}, or leave the language out`,
          ),
        ),
    ),
  );

export const PlaceSchema = z.strictObject({
  id: slug,
  name: text,
  aka: z.optional(z.array(text)),
  lngLat: z.tuple([z.number(), z.number()]),
  precision: z.enum(PRECISION_IDS),
  geonames: z.nullable(z.number().check(z.int(), z.positive())),
  source: text,
  /** The country the place lies in, as Natural Earth names it (Iraq, Syria): the build warns when the point is elsewhere. */
  country: z.optional(text),
  /** The place's names in other languages; `names_source` says where they come from. */
  names: z.optional(NamesSchema),
  names_source: z.optional(text),
});

export const AsserterSchema = z.strictObject({
  id: slug,
  name: text,
  /** An id of the map's kinds of voice (vocabularies.kind in geo/map.yaml, or the default kinds). */
  kind: slug,
  /** An id of the map's affiliations (vocabularies.affiliation in geo/map.yaml). */
  affiliation: slug,
  note: z.optional(text),
  /** The form of the name in common use in other languages; a name is never translated. */
  names: z.optional(NamesSchema),
});

export const WhenSchema = z.strictObject({
  start: z.string(),
  end: z.string(),
  precision: z.enum(DATE_PRECISION_IDS),
  basis: z.enum(DATE_BASIS_IDS),
  note: text,
});

export const EventSchema = z.strictObject({
  id: slug,
  title: text,
  summary: text,
  place: z.nullable(slug),
  when: WhenSchema,
  /** The parties to the event, as asserter ids (an ACLED row's actors): a reader filters by their affiliation too. */
  actors: z.optional(z.array(slug)),
  /** The title and summary in other languages. */
  translations: translations({ title: z.optional(text), summary: z.optional(text) }),
});

export const ReportSchema = z.strictObject({
  id: slug,
  file: text,
  outlet_asserter: slug,
  outlet: KnownSchema,
  title: KnownSchema,
  author: KnownSchema,
  published: z.strictObject({ date: z.string(), status, note: text }),
  url: KnownSchema,
});

const selector = {
  quote: z.string().check(z.minLength(1)),
  prefix: z.optional(z.string().check(z.minLength(1))),
  suffix: z.optional(z.string().check(z.minLength(1))),
  /** Where the quote starts (UTF-16 code units), when known: it then need not be unique. */
  start: z.optional(z.number().check(z.int(), z.nonnegative())),
};

export const RelationSchema = z.strictObject({ type: z.enum(AUTHORED_RELATION_IDS), claim: slug, note: z.optional(text) });

export const ClaimSchema = z.strictObject({
  id: slug,
  ...selector,
  event: slug,
  asserters: z.array(slug).check(z.minLength(1)),
  cue: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  stance: z.enum(STANCE_IDS),
  hedges: z.optional(z.array(z.string().check(z.minLength(1)))),
  said: z.string(),
  relations: z.optional(z.array(RelationSchema)),
});

export const NotClaimSchema = z.strictObject({ ...selector, why: text });

/** Where a later-known fact was read: an outlet's article, a report, an official record. */
export const SourceSchema = z.strictObject({
  outlet: text,
  title: text,
  /** When the source was published, YYYY-MM-DD. */
  date: z.string(),
  url: text,
});

/**
 * "Later known": what later reporting or official records established about one or more events,
 * in the annotator's own words, with its sources. Shown apart from the reports' claims, never as one.
 * `sources` may be written empty so that the build can say which note lacks one (LATER_WITHOUT_SOURCE).
 */
export const LaterSchema = z.strictObject({
  id: slug,
  events: z.array(slug).check(z.minLength(1)),
  note: text.check(z.maxLength(LATER_NOTE_CHARS)),
  /** The date the fact became known (the earliest source that established it, or the event itself). */
  known: z.string(),
  sources: z.array(SourceSchema),
  /** The note in other languages, as long as the note may be. */
  translations: translations({ note: z.optional(text.check(z.maxLength(LATER_NOTE_CHARS))) }),
});

/** An annotation file: one report's claims and non-claims. Entries are checked one by one. */
export const AnnotationSchema = z.strictObject({
  report: slug,
  claims: z.array(z.unknown()),
  not_claims: z.optional(z.array(z.unknown())),
});

export { LIMITS } from './limits.ts';

// Tours are written by hand in geo/tours and made in the app by teachers: the same rules for both.
// Notes and descriptions may be left empty. A step about an event shows at least one of its claims
// (check-tours.ts); a title step has a caption and no event and no claims.
export const TourStepSchema = z.strictObject({
  id: slug,
  event: z.optional(z.nullable(slug)),
  claims: z.optional(z.array(slug).check(z.maxLength(LIMITS.stepClaims))),
  caption: text.check(z.maxLength(LIMITS.captionChars)),
  notes: z.string().check(z.maxLength(LIMITS.notesChars)),
  to: z.optional(z.string()),
  /** Reveal the later-known notes of the step's event after its claims (a key press in the presentation). */
  later: z.optional(z.boolean()),
  /** The caption and notes in other languages. */
  translations: translations({
    caption: z.optional(text.check(z.maxLength(LIMITS.captionChars))),
    notes: z.optional(text.check(z.maxLength(LIMITS.notesChars))),
  }),
});

export const TourSchema = z.strictObject({
  id: slug,
  title: text.check(z.maxLength(LIMITS.titleChars)),
  description: z.string().check(z.maxLength(LIMITS.notesChars)),
  /** The default of every step's `later`; false when left out. */
  later: z.optional(z.boolean()),
  steps: z.array(TourStepSchema).check(z.minLength(1), z.maxLength(LIMITS.tourSteps)),
  /** The title and description in other languages. */
  translations: translations({
    title: z.optional(text.check(z.maxLength(LIMITS.titleChars))),
    description: z.optional(text.check(z.maxLength(LIMITS.notesChars))),
  }),
});

/** What a map says about itself: its name and what it covers (geo/map.yaml). */
/** A colour as #rrggbb. */
const colour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as "#2b6cb0"'));
const TermWordsSchema = z.strictObject({ label: text, hint: z.optional(text), short: z.optional(text) });

/** A term of the map's own vocabularies: an id, the words a reader sees, and a colour (or one from the palette). */
export const TermSchema = z.strictObject({
  id: slug,
  label: text,
  hint: z.optional(text),
  short: z.optional(text),
  colour: z.optional(colour),
  /** The term's words in other languages, by language code. */
  translations: z.optional(z.record(language, TermWordsSchema)),
});

export const MapInfoSchema = z.strictObject({
  title: text,
  description: text,
  /** Credits for the data, shown with the map. */
  credits: z.optional(z.array(text)),
  /** The map's own kinds of voice and affiliations (map-vocabularies.ts fills what is left out). */
  vocabularies: z.optional(z.strictObject({ kind: z.optional(z.array(TermSchema)), affiliation: z.optional(z.array(TermSchema)) })),
  /** The title and description in other languages. */
  translations: translations({ title: z.optional(text), description: z.optional(text) }),
});

export type PlaceInput = z.infer<typeof PlaceSchema>;
export type AsserterInput = z.infer<typeof AsserterSchema>;
export type WhenInput = z.infer<typeof WhenSchema>;
export type EventInput = z.infer<typeof EventSchema>;
export type ReportInput = z.infer<typeof ReportSchema>;
export type ClaimInput = z.infer<typeof ClaimSchema>;
export type NotClaimInput = z.infer<typeof NotClaimSchema>;
export type TourInput = z.infer<typeof TourSchema>;
export type LaterInput = z.infer<typeof LaterSchema>;
export type MapInfo = z.infer<typeof MapInfoSchema>;
