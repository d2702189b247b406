/**
 * Pure derivations from the model and the view. They return new arrays: call them inside
 * useMemo (keyed on the view fields they read), never inside a zustand selector.
 */
import type { Claim, EventFeature } from '../../geo/types';
import type { Model, TimedEvent } from '../data/model';
import type { Filters, View } from './view';

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((v) => v.length > 0);
}

export function claimPasses(claim: Claim, filters: Filters): boolean {
  if (filters.report.length && !filters.report.includes(claim.report)) return false;
  if (filters.stance.length && !filters.stance.includes(claim.stance)) return false;
  // An asserter filter keeps a claim when anyone in its chain matches.
  if (filters.affiliation.length && !claim.asserters.some((a) => filters.affiliation.includes(a.affiliation))) return false;
  if (filters.kind.length && !claim.asserters.some((a) => filters.kind.includes(a.kind))) return false;
  return true;
}

export function eventPasses(event: EventFeature, filters: Filters): boolean {
  return !hasFilters(filters) || event.properties.claims.some((c) => claimPasses(c, filters));
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

/** Claims in the data that pass the filters, for the filter counts. */
export function filterCounts(model: Model, filters: Filters): Record<keyof Filters, Map<string, number>> {
  const counts = {
    report: new Map<string, number>(),
    affiliation: new Map<string, number>(),
    kind: new Map<string, number>(),
    stance: new Map<string, number>(),
  };
  for (const { claim } of model.claimById.values()) {
    // Each facet counts the claims that pass the *other* facets, as faceted search does.
    const bump = (key: keyof Filters, values: string[]) => {
      if (!claimPasses(claim, { ...filters, [key]: [] })) return;
      for (const v of new Set(values)) counts[key].set(v, (counts[key].get(v) ?? 0) + 1);
    };
    bump('report', [claim.report]);
    bump('stance', [claim.stance]);
    bump(
      'affiliation',
      claim.asserters.map((a) => a.affiliation),
    );
    bump(
      'kind',
      claim.asserters.map((a) => a.kind),
    );
  }
  return counts;
}
