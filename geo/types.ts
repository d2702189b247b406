/**
 * The app's joined view of the published format (core/contract.ts): one GeoJSON Feature per
 * event with its place and its claims, each claim with its chain of asserters and its relations
 * from both sides. core/join.ts builds it; the GeoJSON export writes it as it is.
 */
import type { Feature, Point } from 'geojson';
import type { AsserterRow, ClaimRow, EventRow, LaterRow, PlaceRow, ReportRow, TourRow } from './core/model/contract.ts';
import type { Affiliation, AsserterKind, Precision, RelationType } from './core/model/vocab.ts';

export type { Affiliation, AsserterKind, Precision, RelationType } from './core/model/vocab.ts';

export interface PlaceRef {
  id: string;
  name: string;
  /** Its names in other languages ({ ar: "تكريت" }), where the map gives them. */
  names?: PlaceRow['names'];
  precision: Precision;
}

export type When = EventFeature['properties']['when'];

export interface AsserterRef {
  id: string;
  name: string;
  kind: AsserterKind;
  affiliation: Affiliation;
  /** The form of the name in common use in other languages, where the map gives one. */
  names?: AsserterRow['names'];
}

export interface Claim extends Omit<ClaimRow, 'asserters' | 'event'> {
  /** The attribution chain, outermost first: the outlet, any relay, the ultimate source. */
  asserters: AsserterRef[];
  /** Both sides of each relation; `note` says how the claims relate when the type alone would mislead. */
  relations: { type: RelationType; claim: string; note: string | null }[];
  /** Its event's parties (an ACLED row's actors), where the map names them: who took part, not who said it. */
  parties?: AsserterRef[];
}

export interface EventProperties {
  title: string;
  summary: string;
  place: PlaceRef | null;
  when: { start: string; end: string; precision: 'day' | 'range' | 'month'; basis: 'explicit' | 'weekday' | 'context'; note: string };
  /** The parties to the event, where the map names them (an ACLED row's actors). */
  actors?: AsserterRef[];
  claims: Claim[];
  /**
   * What later reporting or official records established about the event: the annotator's notes,
   * never claims of the reports; shown apart from them. Empty when nothing is noted.
   */
  later: LaterNote[];
  /** The title and summary in other languages, where the map gives them. */
  translations?: EventRow['translations'];
}

/** A later-known note as an event carries it (the other events it is about are left out). */
export type LaterNote = Omit<LaterRow, 'events'>;

export interface EventFeature extends Feature<Point | null, EventProperties> {
  id: string;
}

export interface EventCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

export type Report = ReportRow;
export type Place = PlaceRow;
export type Tour = TourRow;
export type TourStep = TourRow['steps'][number];
