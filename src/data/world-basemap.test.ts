import { readFileSync } from 'node:fs';
import { basemapName } from '../words/labels';
import { words } from '../words/message';
import { describe, expect, it } from 'vitest';
import { DataError } from './map-shape';
import { coastOf, decodeWorld } from './world-basemap';

const file = new URL('../../geo/basemap/basemap-world.topojson', import.meta.url);

describe('the world basemap', () => {
  it('drops a ring’s run along the antimeridian or the southern edge, keeping the coast on both sides', () => {
    const ring = [
      [170, -10],
      [180, -10],
      [180, -20],
      [170, -20],
      [170, -10],
    ];
    expect(coastOf([ring])).toEqual([
      [
        [170, -10],
        [180, -10],
      ],
      [
        [180, -20],
        [170, -20],
        [170, -10],
      ],
    ]);
    expect(
      coastOf([
        [
          [-10, -85],
          [10, -85],
          [10, -70],
          [-10, -85],
        ],
      ]),
    ).toEqual([
      [
        [10, -85],
        [10, -70],
        [-10, -85],
      ],
    ]);
  });

  it('decodes the committed file: land on every continent, named countries with a first zoom', () => {
    const world = decodeWorld(JSON.parse(readFileSync(file, 'utf8')));
    const onLand = ([lng, lat]: number[]) =>
      world.land.features.some((f) => {
        const [outer] = (f.geometry as { coordinates: number[][][] }).coordinates;
        let inside = false;
        for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
          const [xi, yi] = outer[i];
          const [xj, yj] = outer[j];
          if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
      });
    // Lima, Durban, Christchurch, Yangon, Kharkiv, Khartoum: land; the middle of the Pacific: sea.
    for (const city of [
      [-77.03, -12.05],
      [31.02, -29.86],
      [172.64, -43.53],
      [96.16, 16.84],
      [36.23, 49.99],
      [32.53, 15.5],
    ])
      expect(onLand(city), String(city)).toBe(true);
    expect(onLand([-150, 0])).toBe(false);
    const names = new Map(world.labels.map((l) => [l.name, l.minZoom]));
    for (const name of ['PERU', 'SOUTH AFRICA', 'NEW ZEALAND', 'MYANMAR', 'UKRAINE', 'SUDAN', 'FIJI'])
      expect(names.get(name), name).toBeGreaterThanOrEqual(3);
    // The region's own labels (basemap.geojson) are not repeated.
    expect(names.has('IRAQ')).toBe(false);
    // No line crosses the world: every segment is shorter than half of it.
    for (const layer of [world.coast, world.border, world.river])
      for (const f of layer.features)
        for (const line of (f.geometry as { coordinates: number[][][] }).coordinates)
          for (let i = 1; i < line.length; i++) expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
  });

  it('says which file is damaged and how to write it again', () => {
    expect(() => decodeWorld({ type: 'FeatureCollection' })).toThrow(DataError);
    let error: unknown = null;
    try {
      decodeWorld({ type: 'Topology', arcs: [], objects: {} });
    } catch (e) {
      error = e;
    }
    expect(words((error as DataError).words)).toMatch(
      /basemap-world\.topojson.*no land, lake, river, border, country-label.*npm run build:data/,
    );
  });
});

describe('the world basemap’s country names in the reader’s language', () => {
  const world = decodeWorld(JSON.parse(readFileSync(file, 'utf8')));
  const labels = world instanceof DataError ? [] : world.labels;

  it('gives every country label a code the browser can name, or its names in Arabic', () => {
    expect(labels.length).toBeGreaterThan(150);
    const arabic = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
    const unnamed = labels.filter((l) => !(l.code && arabic.of(l.code)) && !l.names?.ar).map((l) => l.name);
    expect(unnamed).toEqual([]);
    expect(labels.find((l) => l.name === 'AUSTRALIA')?.code).toBe('AU');
  });

  it('names them in Arabic through the shared rule, and in English as the data writes them', () => {
    const brazil = labels.find((l) => l.name === 'BRAZIL')!;
    expect(basemapName(brazil, 'ar')).toEqual({ text: 'البرازيل', lang: 'ar' });
    expect(basemapName(brazil, 'en')).toEqual({ text: 'BRAZIL', lang: 'en' });
    const somaliland = labels.find((l) => l.name === 'SOMALILAND');
    if (somaliland) expect(basemapName(somaliland, 'ar').text).toBe('أرض الصومال');
  });
});
