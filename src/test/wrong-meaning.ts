/**
 * Maps with the right shape and a wrong meaning, made from a real map: every reference broken,
 * every vocabulary term removed, every date made impossible, every coordinate and basemap geometry
 * damaged — one change per case. The app must answer each with a clear error or a working page.
 * Used by the unit fuzz (src/data/wrong-meaning.test.ts) and the browser fuzz (e2e/data-fuzz.e2e.ts).
 */
import type { MapData } from '../../geo/core/model/contract';

export interface WrongCase {
  name: string;
  map: MapData;
  /** A damaged basemap instead of the map's own, when the case is about the basemap. */
  basemap?: unknown;
}

const NOWHERE = 'no-such-thing';
const NOT_A_DAY = '2014-02-30';

export function wrongMeaningCases(map: MapData, basemap: { features: unknown[] }): WrongCase[] {
  const cases: WrongCase[] = [];
  const add = (name: string, change: (m: MapData) => void) => {
    const copy = structuredClone(map);
    change(copy);
    cases.push({ name, map: copy });
  };
  map.claims.forEach((c, i) => {
    add(`claim ${c.id}: unknown report`, (m) => (m.claims[i].report = NOWHERE));
    add(`claim ${c.id}: unknown event`, (m) => (m.claims[i].event = NOWHERE));
    add(`claim ${c.id}: unknown asserter`, (m) => (m.claims[i].asserters[m.claims[i].asserters.length - 1] = NOWHERE));
    add(`claim ${c.id}: quote beyond its report`, (m) => (m.claims[i].quote.end = 10_000_000));
  });
  map.relations.forEach((_, i) => {
    add(`relation ${i}: unknown from`, (m) => (m.relations[i].from = NOWHERE));
    add(`relation ${i}: unknown to`, (m) => (m.relations[i].to = NOWHERE));
  });
  map.events.forEach((e, i) => {
    if (e.place) add(`event ${e.id}: unknown place`, (m) => (m.events[i].place = NOWHERE));
    add(`event ${e.id}: impossible start`, (m) => (m.events[i].when.start = NOT_A_DAY));
    add(`event ${e.id}: impossible end`, (m) => (m.events[i].when.end = NOT_A_DAY));
    add(`event ${e.id}: reversed`, (m) => ([m.events[i].when.start, m.events[i].when.end] = ['2099-12-31', '2000-01-01']));
  });
  map.places.forEach((p, i) => add(`place ${p.id}: off the globe`, (m) => (m.places[i].lngLat = [500, -400])));
  for (const [name, terms] of Object.entries(map.meta.vocabularies) as [keyof MapData['meta']['vocabularies'], { id: string }[]][]) {
    terms.forEach((t, i) => add(`vocabulary ${name}: without ${t.id}`, (m) => m.meta.vocabularies[name].splice(i, 1)));
    add(`vocabulary ${name}: empty`, (m) => (m.meta.vocabularies[name] = []));
  }
  add('meta: impossible span start', (m) => (m.meta.span.start = NOT_A_DAY));
  add('meta: impossible span end', (m) => (m.meta.span.end = NOT_A_DAY));
  add('meta: reversed span', (m) => (m.meta.span = { start: m.meta.span.end, end: m.meta.span.start }));
  map.tours.forEach((t, i) =>
    t.steps.forEach((s, j) => {
      add(`tour ${t.id} step ${s.id}: unknown event`, (m) => (m.tours[i].steps[j].event = NOWHERE));
      if (s.claims.length) add(`tour ${t.id} step ${s.id}: unknown claim`, (m) => (m.tours[i].steps[j].claims[0] = NOWHERE));
      add(`tour ${t.id} step ${s.id}: impossible day`, (m) => (m.tours[i].steps[j].to = NOT_A_DAY));
    }),
  );
  map.later.forEach((l, i) => add(`later ${l.id}: unknown event`, (m) => (m.later[i].events[0] = NOWHERE)));
  const damaged = (i: number, geometry: unknown) => {
    const copy = structuredClone(basemap) as { features: { geometry: unknown }[] };
    copy.features[i].geometry = geometry;
    return copy;
  };
  for (const i of [0, Math.floor(basemap.features.length / 2), basemap.features.length - 1]) {
    cases.push({ name: `basemap feature ${i}: no geometry`, map, basemap: damaged(i, null) });
    cases.push({
      name: `basemap feature ${i}: coordinates as text`,
      map,
      basemap: damaged(i, { type: 'Point', coordinates: ['39', '35'] }),
    });
  }
  return cases;
}
