import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import { MapDataSchema, type MapData } from '../model/contract.ts';
import { subsetMap } from './subset.ts';

const good = build(new URL('../../build/fixtures/good', import.meta.url).pathname).map;
const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;

/** Every reference in the map resolves to a row of the map. */
function dangling(map: MapData): string[] {
  const ids = <T extends { id: string }>(rows: T[]) => new Set(rows.map((r) => r.id));
  const [reports, claims, events, places, asserters] = [
    ids(map.reports),
    ids(map.claims),
    ids(map.events),
    ids(map.places),
    ids(map.asserters),
  ];
  const out: string[] = [];
  const need = (set: Set<string>, id: string, what: string) => {
    if (!set.has(id)) out.push(`${what} ${id}`);
  };
  for (const c of map.claims) {
    need(reports, c.report, 'report');
    need(events, c.event, 'event');
    c.asserters.forEach((a) => need(asserters, a, 'asserter'));
  }
  for (const r of map.reports) need(asserters, r.outletAsserter, 'outlet asserter');
  for (const e of map.events) if (e.place !== null) need(places, e.place, 'place');
  for (const r of map.relations) [r.from, r.to].forEach((c) => need(claims, c, 'related claim'));
  for (const s of map.tours.flatMap((t) => t.steps)) {
    if (s.event !== null) need(events, s.event, 'tour event');
    s.claims.forEach((c) => need(claims, c, 'tour claim'));
  }
  return out;
}

describe('subsetMap', () => {
  it('gives back the same map when every event is kept, less the places no event uses', () => {
    for (const map of [good, real]) {
      const all = subsetMap(map, new Set(map.events.map((e) => e.id)));
      const used = new Set(map.events.map((e) => e.place));
      expect(all.places).toEqual(map.places.filter((p) => used.has(p.id)));
      expect({ ...all, places: [], meta: { ...all.meta, counts: {} } }).toEqual({ ...map, places: [], meta: { ...map.meta, counts: {} } });
      expect(all.meta.counts).toEqual({ ...map.meta.counts, places: all.places.length });
    }
  });

  it('keeps one event with its claim, report, place and asserters, and recomputes meta', () => {
    const one = subsetMap(good, new Set(['raqqa-raid']));
    expect(one.events.map((e) => e.id)).toEqual(['raqqa-raid']);
    expect(one.claims.map((c) => c.id)).toEqual(['r900-c01']);
    expect(one.reports.map((r) => r.id)).toEqual(['r900']);
    expect(one.places.map((p) => p.id)).toEqual(['raqqa']);
    expect(one.asserters.map((a) => a.id)).toEqual(['test-outlet']);
    expect(one.meta.bbox).toEqual([39.00788, 35.95283, 39.00788, 35.95283]);
    expect(one.meta.span).toEqual({ start: '2014-09-01', end: '2014-09-30' });
    expect(one.meta.counts).toEqual({ reports: 1, claims: 1, events: 1, places: 1, asserters: 1, relations: 0, tours: 0, later: 1 });
    expect(one.meta.title).toBe(good.meta.title);
  });

  it('drops relations and tours that point outside the subset, and keeps those inside', () => {
    const one = subsetMap(good, new Set(['raqqa-raid']));
    expect(one.relations).toEqual([]);
    expect(one.tours).toEqual([]);
    const both = subsetMap(good, new Set(['raqqa-raid', 'abu-kamal-raid']));
    expect(both.relations).toEqual(good.relations);
    expect(both.tours).toEqual(good.tours);
  });

  it('keeps the later-known notes about kept events, each with only its kept events', () => {
    expect(subsetMap(good, new Set(['raqqa-raid'])).later.map((n) => [n.id, n.events])).toEqual([['raqqa-retaken', ['raqqa-raid']]]);
    expect(subsetMap(good, new Set(['abu-kamal-raid'])).later).toEqual([]);
  });

  it('drops the claims keepClaim refuses, with their relations, tours and asserters, but keeps their events', () => {
    const view = subsetMap(good, new Set(['raqqa-raid', 'abu-kamal-raid']), (id) => id !== 'r900-c02');
    expect(view.claims.map((c) => c.id)).toEqual(['r900-c01']);
    expect(view.events.map((e) => e.id)).toEqual(['abu-kamal-raid', 'raqqa-raid']);
    expect(view.relations).toEqual([]);
    expect(view.tours).toEqual([]);
    expect(view.asserters.map((a) => a.id)).toEqual(['test-outlet']);
  });

  it('has no bbox when no kept event has a place', () => {
    const placeless = subsetMap(good, new Set(['intelligence-sharing']));
    expect(placeless.meta.bbox).toBeNull();
    expect(placeless.places).toEqual([]);
  });

  it('keeps the report outlet asserter even when no kept claim names it', () => {
    const noOutlet: MapData = {
      ...good,
      claims: good.claims.map((c) => ({
        ...c,
        asserters: c.asserters
          .filter((a) => a !== 'test-outlet')
          .concat('officials')
          .slice(0, 1),
      })),
    };
    expect(subsetMap(noOutlet, new Set(['raqqa-raid'])).asserters.map((a) => a.id)).toEqual(['officials', 'test-outlet']);
  });

  it('gives an empty but valid map for no events', () => {
    const none = subsetMap(real, new Set());
    expect(MapDataSchema.safeParse(none).success).toBe(true);
    expect(Object.values(none.meta.counts).every((n) => n === 0)).toBe(true);
    expect(none.meta.bbox).toBeNull();
  });

  it('always gives a valid map whose every reference resolves', () => {
    const eventIds = real.events.map((e) => e.id);
    const claimIds = real.claims.map((c) => c.id);
    fc.assert(
      fc.property(fc.subarray(eventIds), fc.subarray(claimIds), (events, claims) => {
        const dropped = new Set(claims);
        const view = subsetMap(real, new Set(events), (id) => !dropped.has(id));
        expect(MapDataSchema.safeParse(view).success).toBe(true);
        expect(dangling(view)).toEqual([]);
        expect(view.events.length).toBe(events.length);
        expect(view.meta.counts.claims).toBe(view.claims.length);
      }),
      { numRuns: 50 },
    );
  });

  it('does not change the map it is given', () => {
    const before = JSON.stringify(real);
    subsetMap(real, new Set([real.events[0].id]));
    expect(JSON.stringify(real)).toBe(before);
  });
});
