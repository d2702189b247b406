/** The loaded data and the indexes built from it once, at load. Never mutated after. */
import type { FeatureCollection } from 'geojson';
import type { Claim, EventFeature, Place, Report, Tour } from '../../geo/types';
import { TimeIndex } from '../time/time-index';
import type { Data } from './load';

export interface TimedEvent {
  id: string;
  start: string;
  end: string;
  event: EventFeature;
}

export interface Model {
  events: readonly EventFeature[];
  eventById: ReadonlyMap<string, EventFeature>;
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
  /** The built-in tours, authored in geo/tours. */
  tours: readonly Tour[];
  basemap: FeatureCollection;
}

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function monthEnd(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function buildModel(data: Data): Model {
  const events = data.events.features;
  const claimById = new Map<string, { claim: Claim; event: EventFeature }>();
  const claimsByReport = new Map<string, Claim[]>();
  const eventsByPlace = new Map<string, EventFeature[]>();
  for (const event of events) {
    for (const claim of event.properties.claims) {
      claimById.set(claim.id, { claim, event });
      claimsByReport.set(claim.report, [...(claimsByReport.get(claim.report) ?? []), claim]);
    }
    const place = event.properties.place;
    if (place && event.geometry) eventsByPlace.set(place.id, [...(eventsByPlace.get(place.id) ?? []), event]);
  }
  for (const list of claimsByReport.values()) list.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
  const time = new TimeIndex(events.map((event) => ({ id: String(event.id), start: event.properties.when.start, end: event.properties.when.end, event })));
  const first = time.first ?? '2014-06-01';
  const last = time.last ?? first;
  return {
    events,
    eventById: new Map(events.map((e) => [String(e.id), e])),
    claimById,
    claimsByReport,
    reports: data.reports,
    reportById: new Map(data.reports.map((r) => [r.id, r])),
    places: data.places,
    placeById: new Map(data.places.map((p) => [p.id, p])),
    eventsByPlace,
    unplaced: events.filter((e) => !e.geometry),
    time,
    span: { start: monthStart(first), end: monthEnd(last) },
    tours: data.tours,
    basemap: data.basemap,
  };
}
