/** The loaded data and the indexes built from it once, at load, in one pass. Never mutated after. */
import type { FeatureCollection } from 'geojson';
import type { MapData, Meta } from '../../geo/core/model/contract';
import { joinEvents } from '../../geo/core/compile/join';
import type { Claim, EventFeature, Place, Report, Tour } from '../../geo/types';
import { labelsOf, type Labels } from './labels';
import { TimeIndex } from './time-index';
import type { Data } from './load';

export interface TimedEvent {
  id: string;
  start: string;
  end: string;
  event: EventFeature;
}

export interface Model {
  /** The tables as loaded, for exports. */
  source: MapData;
  /** What the map is: title, description, span, bounding box, vocabularies. */
  meta: Meta;
  labels: Labels;
  events: readonly EventFeature[];
  /** By id; a tour's title step has no event (null), and looking it up finds none. */
  eventById: ReadonlyMap<string, EventFeature> & { get(id: string | null): EventFeature | undefined };
  claimById: ReadonlyMap<string, { claim: Claim; event: EventFeature }>;
  /** Claims of each report, in text order. */
  claimsByReport: ReadonlyMap<string, readonly Claim[]>;
  reports: readonly Report[];
  reportById: ReadonlyMap<string, Report>;
  places: readonly Place[];
  placeById: ReadonlyMap<string, Place>;
  /** Events at each place, in time order. */
  eventsByPlace: ReadonlyMap<string, readonly EventFeature[]>;
  /** Events the reports give no mappable place. */
  unplaced: readonly EventFeature[];
  time: TimeIndex<TimedEvent>;
  /** The span the slider covers: first to last day of the data, whole months. */
  span: { start: string; end: string };
  /** The map's tours (geo/tours for the built-in map). */
  tours: readonly Tour[];
  basemap: FeatureCollection;
}

/** Appends to the list under a key; lists grow in place (a copy per item would be quadratic). */
function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export function buildModel({ map, basemap }: Data): Model {
  const events = joinEvents(map).features;
  const claimById = new Map<string, { claim: Claim; event: EventFeature }>();
  const claimsByReport = new Map<string, Claim[]>();
  const eventsByPlace = new Map<string, EventFeature[]>();
  const unplaced: EventFeature[] = [];
  for (const event of events) {
    for (const claim of event.properties.claims) {
      claimById.set(claim.id, { claim, event });
      push(claimsByReport, claim.report, claim);
    }
    const place = event.properties.place;
    if (place && event.geometry) push(eventsByPlace, place.id, event);
    else unplaced.push(event);
  }
  for (const list of claimsByReport.values()) list.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
  const time = new TimeIndex(
    events.map((event) => ({ id: event.id, start: event.properties.when.start, end: event.properties.when.end, event })),
  );
  return {
    source: map,
    meta: map.meta,
    labels: labelsOf(map.meta.vocabularies),
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    claimById,
    claimsByReport,
    reports: map.reports,
    reportById: new Map(map.reports.map((r) => [r.id, r])),
    places: map.places,
    placeById: new Map(map.places.map((p) => [p.id, p])),
    eventsByPlace,
    unplaced,
    time,
    span: map.meta.span,
    tours: map.tours,
    basemap,
  };
}
