/**
 * "Import the good rows" keeps only what stands on its own: after the rows with problems are left
 * out, everything that depended on them goes too — a claim whose report, event or asserter is
 * missing, a relation to a missing claim, an event no claim points at, a tour step at a missing
 * event, a later-known note about none of the events — until nothing refers to nothing. The
 * result passes checkMapIntegrity, or is empty. Counts and the bounding box follow.
 */
import { checkMapIntegrity } from '../check/map-integrity.ts';
import type { MapData } from '../model/contract.ts';
import { bboxOf, countsOf } from './compile.ts';

export interface Pruned {
  map: MapData;
  /** How many rows of each table were left out because what they needed was gone. */
  dropped: Record<string, number>;
}

export function pruneDangling(input: MapData): Pruned {
  let map = input;
  const dropped: Record<string, number> = {};
  const count = (table: string, before: number, after: number) => {
    if (before !== after) dropped[table] = (dropped[table] ?? 0) + before - after;
  };
  for (let round = 0; round < 8; round++) {
    const has = <T extends { id: string }>(rows: readonly T[]) => new Set(rows.map((r) => r.id));
    const reports = has(map.reports);
    const places = has(map.places);
    const asserters = has(map.asserters);
    const stance = has(map.meta.vocabularies.stance);
    const kinds = has(map.meta.vocabularies.kind);
    const affiliations = has(map.meta.vocabularies.affiliation);
    const asserterRows = map.asserters.filter((a) => kinds.has(a.kind) && affiliations.has(a.affiliation));
    const keptAsserters = has(asserterRows);
    const events = map.events.map((e) => (e.place !== null && !places.has(e.place) ? { ...e, place: null } : e));
    const eventIds = has(events);
    const claims = map.claims.filter(
      (c) =>
        reports.has(c.report) &&
        eventIds.has(c.event) &&
        stance.has(c.stance) &&
        c.asserters.every((a) => asserters.has(a) && keptAsserters.has(a)),
    );
    const claimIds = has(claims);
    const claimed = new Set(claims.map((c) => c.event));
    const keptEvents = events.filter((e) => claimed.has(e.id));
    const keptEventIds = has(keptEvents);
    const relations = map.relations.filter((r) => claimIds.has(r.from) && claimIds.has(r.to));
    const tours = map.tours
      .map((t) => ({
        ...t,
        steps: t.steps
          .filter((s) => s.event === null || keptEventIds.has(s.event))
          .map((s) => ({ ...s, claims: s.claims.filter((c) => claimIds.has(c)) })),
      }))
      .filter((t) => t.steps.length > 0);
    const later = map.later.map((l) => ({ ...l, events: l.events.filter((e) => keptEventIds.has(e)) })).filter((l) => l.events.length > 0);
    const next: MapData = { ...map, asserters: asserterRows, events: keptEvents, claims, relations, tours, later };
    count('asserters', map.asserters.length, asserterRows.length);
    count('claims', map.claims.length, claims.length);
    count('events', map.events.length, keptEvents.length);
    count('relations', map.relations.length, relations.length);
    count('tours', map.tours.length, tours.length);
    count('later', map.later.length, later.length);
    const same =
      next.claims.length === map.claims.length &&
      next.events.length === map.events.length &&
      next.asserters.length === map.asserters.length;
    map = next;
    if (same) break;
  }
  const { meta, reports, claims, relations, events, places, asserters, tours, later } = map;
  const tables = { reports, claims, relations, events, places, asserters, tours, later };
  const used = new Set(map.events.flatMap((e) => (e.place ? [e.place] : [])));
  map = {
    ...map,
    meta: { ...meta, counts: countsOf(tables), bbox: bboxOf(map.places.filter((p) => used.has(p.id)).map((p) => p.lngLat)) },
  };
  return { map, dropped };
}

/** Whether a map can be kept: pruned, it still refers to nothing missing. */
export const isSound = (map: MapData): boolean => checkMapIntegrity(map).length === 0;
