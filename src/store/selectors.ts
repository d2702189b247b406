/**
 * Pure derivations from the model and the view. They return new arrays: call them inside
 * useMemo (keyed on the view fields they read), never inside a zustand selector.
 */
import type { Claim, EventFeature } from '../../geo/types';
import type { Model, TimedEvent } from '../data/model';
import { FILTER_KEYS, type FilterKey, type Filters, type View } from './view';

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((v) => v.length > 0);
}

export function claimPasses(claim: Claim, filters: Filters): boolean {
  if (filters.report.length && !filters.report.includes(claim.report)) return false;
  if (filters.stance.length && !filters.stance.includes(claim.stance)) return false;
  // An asserter filter keeps a claim when anyone in its chain matches; a side or a kind also
  // when one of its event's parties has it (an imported event's actors).
  const voices = claim.parties ? [...claim.asserters, ...claim.parties] : claim.asserters;
  if (filters.affiliation.length && !voices.some((a) => filters.affiliation.includes(a.affiliation))) return false;
  if (filters.kind.length && !voices.some((a) => filters.kind.includes(a.kind))) return false;
  if (filters.source.length && !claim.asserters.some((a) => filters.source.includes(a.id))) return false;
  return true;
}

/** The place filter is the event's: a claim passes it with its event. */
export function placePasses(event: EventFeature, filters: Filters): boolean {
  return !filters.place.length || filters.place.includes(event.properties.place?.id ?? '');
}

export function eventPasses(event: EventFeature, filters: Filters): boolean {
  return !hasFilters(filters) || (placePasses(event, filters) && event.properties.claims.some((c) => claimPasses(c, filters)));
}

/** The events inside the time shown, before filters: from the time index, not a scan. */
export function eventsInTime(model: Model, view: Pick<View, 'mode' | 'from' | 'to'>): readonly TimedEvent[] {
  return view.mode === 'upto' ? model.time.upTo(view.to) : model.time.overlapping(view.from, view.to);
}

/** Ids of the events that pass the filters, whatever the time: computed once per filter change. */
export function passingIds(model: Model, filters: Filters): ReadonlySet<string> {
  return new Set(model.events.filter((e) => eventPasses(e, filters)).map((e) => e.id));
}

/** The events in time that pass the filters. `inTime` and `passing` can come from memos. */
export function visibleEvents(
  model: Model,
  view: Pick<View, 'mode' | 'from' | 'to' | 'filters'>,
  inTime: readonly TimedEvent[] = eventsInTime(model, view),
  passing: ReadonlySet<string> = passingIds(model, view.filters),
): EventFeature[] {
  const out: EventFeature[] = [];
  for (const t of inTime) if (passing.has(t.id)) out.push(t.event);
  return out;
}

/** Visible events per place id. */
export function countByPlace(events: readonly EventFeature[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const id = e.properties.place?.id;
    if (id && e.geometry) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Per facet: claims per value, and how many claims the facet chooses among. */
export type FacetCounts = Record<FilterKey, { values: Map<string, number>; total: number }>;

/**
 * Claims in the data that pass the filters, for the filter counts. Each facet counts the claims
 * that pass the *other* facets, as faceted search does; `total` is how many those are, so a value
 * held by every one of them can be told apart (choosing it would change nothing).
 */
export function filterCounts(model: Model, filters: Filters): FacetCounts {
  const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, { values: new Map<string, number>(), total: 0 }])) as FacetCounts;
  const without = Object.fromEntries(FILTER_KEYS.map((k) => [k, { ...filters, [k]: [] }])) as Record<FilterKey, Filters>;
  for (const { claim, event } of model.claimById.values()) {
    const place = event.properties.place?.id;
    const valuesOf: Record<FilterKey, readonly string[]> = {
      report: [claim.report],
      stance: [claim.stance],
      affiliation: [...claim.asserters, ...(claim.parties ?? [])].map((a) => a.affiliation),
      kind: [...claim.asserters, ...(claim.parties ?? [])].map((a) => a.kind),
      source: claim.asserters.map((a) => a.id),
      place: place ? [place] : [],
    };
    for (const key of FILTER_KEYS) {
      if (!claimPasses(claim, without[key]) || !placePasses(event, without[key])) continue;
      const facet = counts[key];
      facet.total += 1;
      for (const v of new Set(valuesOf[key])) facet.values.set(v, (facet.values.get(v) ?? 0) + 1);
    }
  }
  return counts;
}
