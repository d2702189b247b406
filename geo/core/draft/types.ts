/**
 * The drafter's shapes. A draft proposes what a person would write in geo/ for one report: claims
 * in the authored shape (schema.ts), and the asserters, events and places they need. It runs in
 * Node (the CLI, the bench) and in the browser (the studio), so nothing here touches Node.
 */
import type { AsserterInput, ClaimInput, EventInput, NotClaimInput, PlaceInput } from '../model/schema.ts';
import type { Precision } from '../model/vocab.ts';
import type { Span } from '../text/span.ts';
import type { Confidence } from './confidence.ts';

export interface DraftMeta {
  /** The outlet as the report's reader knows it ("The Daily Beast"). */
  outlet: string;
  /** The publication date, YYYY-MM-DD: every relative date is resolved against it. */
  published: string;
  /** The report id (r004); claim ids are made from it. */
  reportId?: string;
  /** The outlet's asserter id when one exists already (asserters.yaml); else made from its name. */
  outletId?: string;
}

/** One gazetteer entry: a place the drafter can recognise by any of its names. */
export interface GazetteerPlace {
  id: string;
  name: string;
  /** Other spellings, matched like the name. */
  aka?: string[];
  /** Spellings that are also ordinary words or adjectives ("U.S."): matched only after "in", "to"… */
  weak?: string[];
  lngLat: [number, number];
  precision: Precision;
  geonames: number | null;
  source: string;
  /** True for the project's own places (geo/places.yaml): a draft reuses them, never proposes them. */
  project?: boolean;
  /** The country code of a town from the world gazetteer (another town may bear its name). */
  world?: string;
  /** The town a district no gazetteer has was placed at. */
  town?: string;
}

export interface Gazetteer {
  places: GazetteerPlace[];
  /**
   * The world's towns (geo/gazetteer/world-towns.tsv: 15,000 people or more, every town of the
   * map's region, capitals and provincial seats; read by WorldTowns): matched
   * only where a name stands as a place ("in X", "near X", "the X district", a dateline).
   */
  world?: { get(folded: string): GazetteerPlace | undefined };
}

/** Where a claim stands in its report (UTF-16 offsets, end exclusive); kept beside the claims. */
export type { Span } from '../text/span.ts';

export interface Draft {
  report: string;
  /** The report's outlet, the first link of every chain. */
  outlet: string;
  claims: ClaimInput[];
  /** Where each claim stands, in the order of `claims`. */
  spans: Span[];
  notClaims: NotClaimInput[];
  /** Every asserter the chains name, the outlet first (ids are slugs of the names). */
  asserters: AsserterInput[];
  events: EventInput[];
  /** Places the events use that the project does not have yet (from the regional gazetteer). */
  places: PlaceInput[];
  /** Capitalised names that read like places but are in no gazetteer: never given coordinates. */
  unknownPlaces: string[];
  /**
   * How sure the drafter is of each claim and why, in the order of `claims` (codes and values:
   * confidence.ts). Always set by draft(); optional only so that works saved before it still load.
   */
  confidence?: Confidence[];
}
