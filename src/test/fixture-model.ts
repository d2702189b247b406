/** A small model for unit tests, built from the data build's good fixture corpus. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { build } from '../../geo/build/build';
import { buildModel, type Model } from '../data/model';

// Paths from the file's own folder: Vite rewrites `new URL(…, import.meta.url)` in DOM tests.
const here = dirname(fileURLToPath(import.meta.url));

export function fixtureModel(): Model {
  const result = build(join(here, '../../geo/build/fixtures/good'));
  if (result.problems.length) throw new Error(`fixture corpus has problems: ${result.problems.map((p) => p.code).join(', ')}`);
  const basemap = JSON.parse(
    readFileSync(join(here, '../../geo/build/fixtures/good/basemap/basemap.geojson'), 'utf8'),
  ) as FeatureCollection;
  return buildModel({ map: result.map, basemap });
}

/** The real data, built from geo/ the way npm run build:data does. */
export function realModel(): Model {
  const result = build(join(here, '../../geo'), { requireBasemap: true });
  if (result.problems.length) throw new Error(`geo/ has problems: ${result.problems.map((p) => p.code).join(', ')}`);
  return buildModel({ map: result.map, basemap: JSON.parse(result.basemap!) as FeatureCollection });
}
