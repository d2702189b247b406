/**
 * Writes geo/basemap/basemap.geojson, the embedded offline basemap. Run by hand
 * (`npm run basemap`) when the region changes, then commit the output: CI and the app
 * never need gmt or the world-atlas files.
 *
 * Layers (property `layer`):
 *   land, coast, border, lake, river    region detail: Natural Earth 1:10m, GSHHG high
 *   context-land, context-border        the wider world at 1:110m (no coast lines), so
 *                                       places far from the region (Newport, New York)
 *                                       sit on a map, not on blank sea
 *   river-label, country-label          label anchors (points)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boxesAround, clipLines, clipPolygons, polygonsOf, type Box, type Detail } from './clip.ts';
import { lakes, rivers } from './gshhg.ts';
import { COUNTRY_LABELS, REGION, RIVER_REFS, WORLD } from './region.ts';

const require = createRequire(import.meta.url);
const topo = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;

const features: Feature[] = [];
const add = (layer: string, geometry: Geometry, extra: Record<string, unknown> = {}) =>
  features.push({ type: 'Feature', properties: { layer, ...extra }, geometry });

function landAndOutlines(file: string, boxes: Box[], detail: Detail, prefix: string, withCoast: boolean) {
  const world = topo(file);
  const countries = world.objects.countries as GeometryCollection;
  const land = merge(world, countries.geometries as never);
  const polygons = polygonsOf(land);
  add(`${prefix}land`, clipPolygons(polygons, boxes, detail));
  if (withCoast) add(`${prefix}coast`, clipLines(polygons.flat(), boxes, detail));
  const borders = mesh(world, countries, (a, b) => a !== b);
  add(`${prefix}border`, clipLines(borders.coordinates, boxes, detail));
}

// About 300 m of tolerance in the region: finer than a pixel up to zoom 8, where the app stops.
const FINE: Detail = { tolerance: 0.003, digits: 3 };
const COARSE: Detail = { tolerance: 0.05, digits: 2 };
landAndOutlines('countries-10m.json', [REGION], FINE, '', true);
landAndOutlines('countries-110m.json', boxesAround(WORLD, REGION), COARSE, 'context-', false);

add(
  'lake',
  clipPolygons(
    lakes(REGION, 0.02).map((ring) => [ring]),
    [REGION],
    FINE,
  ),
);

const riverLines = clipLines(rivers(REGION), [REGION], FINE).coordinates;
const near = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const distanceTo = (line: Position[], p: Position) => Math.min(...line.map((q) => near(q, p)));
for (const line of riverLines) {
  const named = RIVER_REFS.find((r) => r.along.filter((p) => distanceTo(line, p) < 0.05).length >= 2);
  add('river', { type: 'LineString', coordinates: line }, named ? { name: named.name } : {});
}

// A river label sits on the river vertex nearest its anchor, turned along the river.
for (const river of RIVER_REFS) {
  let best = { d: Infinity, line: [] as Position[], i: 0 };
  for (const line of riverLines) {
    line.forEach((p, i) => {
      const d = near(p, river.label);
      if (d < best.d) best = { d, line, i };
    });
  }
  const { line, i } = best;
  const [a, b] = [line[Math.max(0, i - 3)], line[Math.min(line.length - 1, i + 3)]];
  // Screen angle: y grows downwards, so latitude is negated; keep text upright.
  let angle = (Math.atan2(-(b[1] - a[1]), b[0] - a[0]) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  add('river-label', { type: 'Point', coordinates: line[i] }, { name: river.name, angle: Math.round(angle) });
}

for (const label of COUNTRY_LABELS) add('country-label', { type: 'Point', coordinates: label.lngLat }, { name: label.name });

// bbox: the detail region, which the app uses for its first view and its "show all".
const collection: FeatureCollection = { type: 'FeatureCollection', bbox: REGION, features };
const out = new URL('./basemap.geojson', import.meta.url);
writeFileSync(out, JSON.stringify(collection) + '\n');
const counts = features.reduce<Record<string, number>>((acc, f) => {
  const layer = String(f.properties?.layer);
  acc[layer] = (acc[layer] ?? 0) + 1;
  return acc;
}, {});
console.log(`wrote ${out.pathname}: ${JSON.stringify(counts)}`);
