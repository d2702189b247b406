/**
 * The map restricted to some events: what "export the current view" writes. The result is a
 * complete map in the published format (every reference resolves), so every exporter, and the
 * app's own import, can take it as they take the whole map.
 */
import { bboxOf, countsOf, spanOf } from './compile.ts';
import type { MapData } from '../model/contract.ts';

/**
 * Keeps the given events, their claims (those `keepClaim` accepts, when given), the reports those
 * claims are in, the places of the kept events, the asserters of the kept claims and reports,
 * the relations whose both ends are kept, the tours whose every step points at kept events
 * and claims, and the later-known notes about kept events (each keeps only its kept events).
 * Table order is kept; meta's counts, span and bbox are recomputed.
 */
export function subsetMap(map: MapData, eventIds: ReadonlySet<string>, keepClaim?: (claimId: string) => boolean): MapData {
  const events = map.events.filter((e) => eventIds.has(e.id));
  const eventSet = new Set(events.map((e) => e.id));
  const claims = map.claims.filter((c) => eventSet.has(c.event) && (keepClaim ? keepClaim(c.id) : true));
  const claimSet = new Set(claims.map((c) => c.id));

  const reportSet = new Set(claims.map((c) => c.report));
  const reports = map.reports.filter((r) => reportSet.has(r.id));

  const placeSet = new Set(events.flatMap((e) => (e.place === null ? [] : [e.place])));
  const places = map.places.filter((p) => placeSet.has(p.id));

  // A report names its outlet's asserter too: keep it, so that reference still resolves.
  const asserterSet = new Set([...claims.flatMap((c) => c.asserters), ...reports.map((r) => r.outletAsserter)]);
  const asserters = map.asserters.filter((a) => asserterSet.has(a.id));

  const relations = map.relations.filter((r) => claimSet.has(r.from) && claimSet.has(r.to));
  const tours = map.tours.filter((t) =>
    t.steps.every((s) => (s.event === null || eventSet.has(s.event)) && s.claims.every((c) => claimSet.has(c))),
  );

  const later = map.later.flatMap((n) => {
    const kept = n.events.filter((e) => eventSet.has(e));
    return kept.length ? [{ ...n, events: kept }] : [];
  });

  const placeById = new Map(places.map((p) => [p.id, p]));
  const mapped = events.flatMap((e) => {
    const place = e.place === null ? undefined : placeById.get(e.place);
    return place ? [place.lngLat] : [];
  });
  const meta = {
    ...map.meta,
    span: spanOf(events, reports[0]?.published.date ?? map.meta.span.start),
    bbox: bboxOf(mapped),
    counts: countsOf({ reports, claims, relations, events, places, asserters, tours, later }),
  };
  return { format: map.format, meta, reports, claims, relations, events, places, asserters, tours, later };
}
