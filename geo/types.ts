/**
 * The public data format written by the build to public/data/ (see geo/README.md).
 * The app imports these with `import type` only, so nothing from geo/ ships to the browser.
 */
import type { Feature, Point } from 'geojson';

export type Precision = 'site' | 'city' | 'district' | 'province' | 'country';
export type DatePrecision = 'day' | 'range' | 'month';
export type DateBasis = 'explicit' | 'weekday' | 'context';
export type Stance = 'fact' | 'attributed' | 'hedged' | 'denial';
export type RelationType = 'corroborates' | 'contradicts' | 'updates' | 'updated-by';
export type AsserterKind =
  | 'outlet'
  | 'named-official'
  | 'anonymous-official'
  | 'government-body'
  | 'armed-group'
  | 'militia'
  | 'analyst'
  | 'unnamed-reports';
export type Affiliation =
  | 'united-states'
  | 'iran'
  | 'iraq'
  | 'syria'
  | 'islamic-state'
  | 'nato'
  | 'israel'
  | 'independent-media'
  | 'unknown';
export type Status = 'confirmed' | 'inferred' | 'unknown';

export interface PlaceRef {
  id: string;
  name: string;
  precision: Precision;
}

export interface When {
  /** ISO YYYY-MM-DD, closed interval start..end */
  start: string;
  end: string;
  precision: DatePrecision;
  basis: DateBasis;
  note: string;
}

export interface AsserterRef {
  id: string;
  name: string;
  kind: AsserterKind;
  affiliation: Affiliation;
}

export interface Claim {
  id: string;
  report: string;
  /** Offsets in UTF-16 code units into the report text; end is exclusive. */
  quote: { exact: string; start: number; end: number };
  /** The attribution chain, outermost first: the outlet, any relay, the ultimate source. */
  asserters: AsserterRef[];
  cue: string | null;
  stance: Stance;
  hedges: string[];
  /** ISO date, or ISO interval "start/end" when only a span is known. */
  said: string;
  /** Both sides of each relation; `note` says how the claims relate when the type alone would mislead. */
  relations: { type: RelationType; claim: string; note: string | null }[];
}

export interface EventProperties {
  title: string;
  summary: string;
  place: PlaceRef | null;
  when: When;
  claims: Claim[];
}

export interface EventFeature extends Feature<Point | null, EventProperties> {
  id: string;
}

export interface EventCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

export interface Known<T> {
  value: T | null;
  status: Status;
  note: string;
}

export interface Report {
  id: string;
  file: string;
  outlet: Known<string>;
  title: Known<string>;
  author: Known<string>;
  published: { date: string; status: Status; note: string };
  url: Known<string>;
  text: string;
  /** Spans marked as not a claim (headline, boilerplate…), offsets as in Claim.quote. */
  notClaims: { start: number; end: number; why: string }[];
}

export interface TourStep {
  id: string;
  event: string;
  claims: string[];
  caption: string;
  notes: string;
  /** The day the time slider moves to: the author's, or the event's last possible day. */
  to: string;
}

export interface Tour {
  id: string;
  title: string;
  description: string;
  steps: TourStep[];
}

export interface Place {
  id: string;
  name: string;
  /** GeoJSON order. */
  lngLat: [number, number];
  precision: Precision;
}
