import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import { toGeoJSON } from './geojson.ts';

const good = build(new URL('../../build/fixtures/good', import.meta.url).pathname).map;
const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;

interface Out {
  type: string;
  title: string;
  bbox?: number[];
  features: {
    id: string;
    geometry: { type: string; coordinates: number[] } | null;
    properties: { title: string; claims: Record<string, unknown>[] };
  }[];
}
const parse = (text: string) => JSON.parse(text) as Out;

describe('toGeoJSON', () => {
  it('writes valid RFC 7946 GeoJSON, for the tiny corpus and the real one', () => {
    expect(() => check(toGeoJSON(good))).not.toThrow();
    expect(() => check(toGeoJSON(real))).not.toThrow();
  });

  it('writes one feature per event, and every claim once', () => {
    const out = parse(toGeoJSON(real));
    expect(out.type).toBe('FeatureCollection');
    expect(out.features.map((f) => f.id)).toEqual(real.events.map((e) => e.id));
    expect(out.features.flatMap((f) => f.properties.claims.map((c) => c.id)).sort()).toEqual(real.claims.map((c) => c.id).sort());
  });

  it('keeps an event with no place, with a null geometry', () => {
    const out = parse(toGeoJSON(good));
    const placeless = out.features.find((f) => f.id === 'intelligence-sharing');
    expect(placeless?.geometry).toBeNull();
    expect(placeless?.properties.claims.map((c) => c.id)).toEqual(['r900-c03']);
  });

  it('writes coordinates as [longitude, latitude]', () => {
    const raqqa = parse(toGeoJSON(good)).features.find((f) => f.id === 'raqqa-raid');
    // Raqqa is at 35.95° N, 39.01° E.
    expect(raqqa?.geometry).toEqual({ type: 'Point', coordinates: [39.00788, 35.95283] });
  });

  it('puts a bbox [west, south, east, north] around the located events', () => {
    expect(parse(toGeoJSON(good)).bbox).toEqual([39.00788, 34.45226, 40.91854, 35.95283]);
  });

  it('gives each claim its quote, its chain as refs and as text, stance, hedges, relations and report', () => {
    const claims = parse(toGeoJSON(good)).features.flatMap((f) => f.properties.claims);
    const c02 = claims.find((c) => c.id === 'r900-c02');
    expect(c02).toMatchObject({
      quote: 'Officials said a second raid hit Abu Kamal.',
      chain: 'Test Outlet › Officials',
      asserters: [
        { id: 'test-outlet', name: 'Test Outlet', kind: 'outlet', affiliation: 'independent-media' },
        { id: 'officials', name: 'Officials', kind: 'anonymous-official', affiliation: 'unknown' },
      ],
      stance: 'attributed',
      hedges: [],
      said: '2014-09-04',
      relations: [{ type: 'corroborates', claim: 'r900-c01', note: null }],
      report: {
        id: 'r900',
        outlet: 'Test Outlet',
        title: 'Twin strikes',
        url: 'https://example.org/twin-strikes',
        published: '2014-09-04',
      },
    });
    expect(claims.find((c) => c.id === 'r900-c03')).toMatchObject({ stance: 'hedged', hedges: ['more than likely'] });
  });

  it('writes an unknown report title as null', () => {
    const claims = parse(toGeoJSON(real)).features.flatMap((f) => f.properties.claims);
    const r000 = claims.find((c) => c.id === 'r000-c01');
    expect(r000?.report).toMatchObject({ id: 'r000', title: null, outlet: 'Blasting News (UK edition)' });
  });

  it('carries the map title as a foreign member', () => {
    expect(parse(toGeoJSON(real)).title).toBe(real.meta.title);
  });

  it('writes a map with no events as an empty, valid collection without a bbox', () => {
    const empty = { ...good, events: [], claims: [], relations: [], tours: [] };
    const text = toGeoJSON(empty);
    expect(() => check(text)).not.toThrow();
    expect(parse(text)).toMatchObject({ features: [] });
    expect(parse(text).bbox).toBeUndefined();
  });
});

describe('toGeoJSON: what was later known', () => {
  const map = build(new URL('../../build/fixtures/good', import.meta.url).pathname).map;
  const features = (JSON.parse(toGeoJSON(map)) as { features: { id: string; properties: { later: unknown[]; claims: unknown[] } }[] })
    .features;

  it('gives each feature its later-known notes beside its claims, never among them', () => {
    const raqqa = features.find((f) => f.id === 'raqqa-raid')!;
    expect(raqqa.properties.later).toEqual([
      {
        id: 'raqqa-retaken',
        note: map.later[0].note,
        known: '2017-10-17',
        sources: [{ outlet: 'Test Wire', title: 'Raqqa retaken', date: '2017-10-18', url: 'https://example.org/raqqa-retaken' }],
        // Its words in other languages go out with it.
        translations: { ar: { note: map.later[0].translations!.ar!.note } },
      },
    ]);
    expect(features.find((f) => f.id === 'abu-kamal-raid')!.properties.later).toEqual([]);
  });
});
