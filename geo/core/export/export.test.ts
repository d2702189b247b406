import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import { MapDataSchema } from '../model/contract.ts';
import { exportMap, fileSlug } from './export.ts';
import { toCSV } from './csv.ts';
import { toGeoJSON } from './geojson.ts';
import { toWebAnnotationsJSON } from './web-annotation.ts';
import { subsetMap } from '../compile/subset.ts';

const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;
const SLUG = 'who-said-what-iraq-and-syria-june-2014-march-2015';

describe('exportMap', () => {
  it('names each file from the map title, with the extension and MIME type of its format', () => {
    const files = (['geojson', 'csv', 'annotations', 'map'] as const).map((f) => exportMap(real, f));
    expect(files.map(({ filename, mime }) => ({ filename, mime }))).toEqual([
      { filename: `${SLUG}.geojson`, mime: 'application/geo+json' },
      { filename: `${SLUG}-claims.csv`, mime: 'text/csv;charset=utf-8' },
      { filename: `${SLUG}-annotations.jsonld`, mime: 'application/ld+json' },
      { filename: `${SLUG}.json`, mime: 'application/json' },
    ]);
  });

  it('writes each format with its exporter', () => {
    expect(exportMap(real, 'geojson').text).toBe(toGeoJSON(real));
    expect(exportMap(real, 'csv').text).toBe(toCSV(real));
    expect(exportMap(real, 'annotations').text).toBe(toWebAnnotationsJSON(real));
  });

  it('writes the map in the app format, which reads back as the same map', () => {
    const text = exportMap(real, 'map').text;
    expect(MapDataSchema.parse(JSON.parse(text))).toEqual(real);
  });

  it('exports the current view when given a subset', () => {
    const view = subsetMap(real, new Set(real.events.slice(0, 3).map((e) => e.id)));
    const back = MapDataSchema.parse(JSON.parse(exportMap(view, 'map').text));
    expect(back.events).toHaveLength(3);
    expect(back.meta.counts.claims).toBe(view.claims.length);
  });
});

describe('fileSlug', () => {
  it('keeps ASCII letters and digits, in lower case, between single dashes', () => {
    expect(fileSlug(real.meta.title)).toBe(SLUG);
    expect(fileSlug('  Café Ünïcode: “quotes” & dashes — too!  ')).toBe('cafe-unicode-quotes-dashes-too');
  });

  it('falls back to "map" when the title has nothing to keep', () => {
    expect(fileSlug('')).toBe('map');
    expect(fileSlug('“—”')).toBe('map');
  });

  it('cuts a long title at a whole word, at most 60 characters', () => {
    const slug = fileSlug('The very long title of a map about many things that happened in many places over years');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('the-very-long-title-of-a-map-about-many-things-that-happened');
    expect(fileSlug('x'.repeat(80))).toBe('x'.repeat(60));
  });
});
