/** The shapes of the authored inputs. Cross-references and text checks live elsewhere. */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug such as "tikrit" or "r003-c12"');
// Authored text is kept as written; it only must not be blank.
const text = z.string().refine((s) => s.trim().length > 0, 'must not be blank');
const status = z.enum(['confirmed', 'inferred', 'unknown']);
const known = z.strictObject({ value: z.string().nullable(), status, note: text });

export const PlaceSchema = z.strictObject({
  id: slug,
  name: text,
  aka: z.array(text).optional(),
  lngLat: z.tuple([z.number(), z.number()]),
  precision: z.enum(['site', 'city', 'district', 'province', 'country']),
  geonames: z.number().int().positive().nullable(),
  source: text,
});

export const AsserterSchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum([
    'outlet',
    'named-official',
    'anonymous-official',
    'government-body',
    'armed-group',
    'militia',
    'analyst',
    'unnamed-reports',
  ]),
  affiliation: z.enum([
    'united-states',
    'iran',
    'iraq',
    'syria',
    'islamic-state',
    'nato',
    'israel',
    'independent-media',
    'unknown',
  ]),
  note: text.optional(),
});

export const WhenSchema = z.strictObject({
  start: z.string(),
  end: z.string(),
  precision: z.enum(['day', 'range', 'month']),
  basis: z.enum(['explicit', 'weekday', 'context']),
  note: text,
});

export const EventSchema = z.strictObject({
  id: slug,
  title: text,
  summary: text,
  place: slug.nullable(),
  when: WhenSchema,
});

export const ReportSchema = z.strictObject({
  id: slug,
  file: text,
  outlet_asserter: slug,
  outlet: known,
  title: known,
  author: known,
  published: z.strictObject({ date: z.string(), status, note: text }),
  url: known,
});

const selector = { quote: z.string().min(1), prefix: z.string().min(1).optional(), suffix: z.string().min(1).optional() };

export const ClaimSchema = z.strictObject({
  id: slug,
  ...selector,
  event: slug,
  asserters: z.array(slug).min(1),
  cue: z.string().min(1).nullable().optional(),
  stance: z.enum(['fact', 'attributed', 'hedged', 'denial']),
  hedges: z.array(z.string().min(1)).optional(),
  said: z.string(),
  relations: z
    .array(z.strictObject({ type: z.enum(['corroborates', 'contradicts', 'updates']), claim: slug, note: text.optional() }))
    .optional(),
});

export const NotClaimSchema = z.strictObject({ ...selector, why: text });

export const AnnotationHeaderSchema = z.strictObject({
  report: slug,
  claims: z.array(z.unknown()),
  not_claims: z.array(z.unknown()).optional(),
});

export const TourSchema = z.strictObject({
  id: slug,
  title: text,
  description: text,
  steps: z
    .array(
      z.strictObject({
        id: slug,
        event: slug,
        claims: z.array(slug).min(1),
        caption: text,
        notes: text,
        to: z.string().optional(),
      }),
    )
    .min(1),
});

export type PlaceInput = z.infer<typeof PlaceSchema>;
export type AsserterInput = z.infer<typeof AsserterSchema>;
export type EventInput = z.infer<typeof EventSchema>;
export type ReportInput = z.infer<typeof ReportSchema>;
export type ClaimInput = z.infer<typeof ClaimSchema>;
export type NotClaimInput = z.infer<typeof NotClaimSchema>;
export type TourInput = z.infer<typeof TourSchema>;
