/**
 * Writes the offline basemap in two files. Run by hand (`npm run basemap`, needs Debian's gmt and
 * gmt-gshhg-high) when the region changes, then commit the outputs: CI and the app never need
 * gmt or the world-atlas files.
 *
 * basemap.geojson, the detail region, loaded with the map (property `layer`):
 *   land, coast, border, lake, river    Natural Earth 1:10m, GSHHG/WDBII high, clipped to the box
 *   river-label, country-label          label anchors (points)
 * basemap-world.topojson, the whole world, loaded after the first markers (world.ts); TopoJSON
 * (quantized, delta-encoded arcs) is about a third of the same GeoJSON. Its objects:
 *   land, lake, river, border           Natural Earth 1:50m, GSHHG/WDBII low, not clipped
 *   country-label                       with `minZoom`, the first zoom that has room for it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipLines, clipPolygons, polygonsOf, type Box, type Detail } from './clip.ts';
import { lakes, rivers } from './gshhg.ts';
import { COUNTRY_LABELS, REGION, RIVER_REFS } from './region.ts';
import { worldLayers } from './world.ts';
import { topology } from 'topojson-server';

const require = createRequire(import.meta.url);
const topo = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;

const features: Feature[] = [];
const add = (layer: string, geometry: Geometry, extra: Record<string, unknown> = {}) =>
  features.push({ type: 'Feature', properties: { layer, ...extra }, geometry });

function landAndOutlines(file: string, boxes: Box[], detail: Detail) {
  const world = topo(file);
  const countries = world.objects.countries as GeometryCollection;
  const land = merge(world, countries.geometries as never);
  const polygons = polygonsOf(land);
  add('land', clipPolygons(polygons, boxes, detail));
  add('coast', clipLines(polygons.flat(), boxes, detail));
  const borders = mesh(world, countries, (a, b) => a !== b);
  add('border', clipLines(borders.coordinates, boxes, detail));
}

// About 300 m of tolerance in the region: finer than a pixel up to zoom 8, where the app stops.
const FINE: Detail = { tolerance: 0.003, digits: 3 };
landAndOutlines('countries-10m.json', [REGION], FINE);

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
  add('river-label', { type: 'Point', coordinates: line[i] }, { name: river.name, names: river.names, angle: Math.round(angle) });
}

for (const label of COUNTRY_LABELS)
  add('country-label', { type: 'Point', coordinates: label.lngLat }, { name: label.name, code: label.code });

// bbox: the detail region, which the app uses for its first view and its "show all".
function write(file: string, value: unknown, counts: Record<string, number>) {
  const out = new URL(file, import.meta.url);
  const text = JSON.stringify(value) + '\n';
  writeFileSync(out, text);
  console.log(`wrote ${out.pathname} (${text.length.toLocaleString('en')} bytes): ${JSON.stringify(counts)}`);
}

const countsOf = (fs: Feature[]) =>
  fs.reduce<Record<string, number>>((acc, f) => {
    const layer = String(f.properties?.layer);
    acc[layer] = (acc[layer] ?? 0) + 1;
    return acc;
  }, {});
write('./basemap.geojson', { type: 'FeatureCollection', bbox: REGION, features } satisfies FeatureCollection, countsOf(features));

const world = worldLayers(topo('countries-50m.json'), REGION, COUNTRY_LABELS);
// 36,001 steps around the world: 0.01° of longitude, the precision world.ts rounds to.
const worldCounts = Object.fromEntries(Object.entries(world).map(([name, c]) => [name, c.features.length]));
write('./basemap-world.topojson', topology(world, 36_001), worldCounts);
