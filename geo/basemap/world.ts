/**
 * The world layer of the basemap: Natural Earth 1:50m land and borders, GSHHG/WDBII lakes and
 * major rivers at low resolution, and country names that appear as the reader zooms in.
 *
 * Nothing here is clipped to a box. The app draws the world in a pane under the detail region,
 * whose opaque land and sea hide whatever the world has inside the region, so no straight cut
 * edge is ever filled or stroked. Features wholly inside the region are left out, to save bytes.
 */
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { clipPolygon } from 'lineclip';
import isoCountries from 'i18n-iso-countries';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { polygonsOf, simplifyLine, type Box, type Detail } from './clip.ts';
import { lakes, ringArea, rivers } from './gshhg.ts';
import type { OtherNames } from './region.ts';

/** About 5 km: about a pixel at zoom 5, the coarse world's useful range. */
const WORLD: Detail = { tolerance: 0.045, digits: 2 };
/** Lakes and rivers need less: they are thin and drawn under the land's detail. */
const WATER: Detail = { tolerance: 0.05, digits: 2 };
const WHOLE_EARTH: Box = [-180, -90, 180, 90];

/**
 * Country labels: 12px capitals with 0.25em spacing (app.css), about 11px a letter. The first zoom
 * found here is the earliest a name shows; the app leaves out, at the size it really draws names
 * (larger on a projector), any that would cover another (src/map/label-room.ts).
 */
const LETTER = 11;
const LABEL_HEIGHT = 16;
const LABEL_GAP = 8;
const FIRST_ZOOM = 3;
const LAST_ZOOM = 9;

export interface LabelSeed {
  name: string;
  lngLat: Position;
}

/**
 * A country's ISO 3166-1 alpha-2 code (from Natural Earth's numeric id), by which the app names it
 * in the reader's language; Kosovo has a code in use but not in ISO. The few territories with no
 * code carry their other names here.
 */
const NO_NUMERIC_CODE: Readonly<Record<string, string>> = { Kosovo: 'XK' };
const NO_CODE_NAMES: Readonly<Record<string, OtherNames>> = {
  Somaliland: { ar: 'أرض الصومال' },
  'N. Cyprus': { ar: 'شمال قبرص' },
  'Indian Ocean Ter.': { ar: 'أقاليم المحيط الهندي الأسترالية' },
  'Siachen Glacier': { ar: 'نهر سياتشن الجليدي' },
};

const within = (p: Position, [w, s, e, n]: Box) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
const allInside = (line: Position[], box: Box) => line.every((p) => within(p, box));

function closedRing(points: Position[]): Position[] | null {
  if (points.length < 3) return null;
  const [a, b] = [points[0], points[points.length - 1]];
  const ring = a[0] === b[0] && a[1] === b[1] ? points : [...points, a];
  return ring.length >= 4 ? ring : null;
}

/**
 * Natural Earth (via world-atlas) is made for spherical drawing: a ring that crosses the
 * antimeridian (Chukotka, Fiji) jumps from 180° to -180° and back, and Antarctica's ring goes
 * round the pole. On a flat map those jumps are lines across the world, so each ring is
 * unwrapped (made continuous), closed over the pole where it goes round it, and cut into the
 * parts that fall in each copy of the world, moved back into -180°..180°.
 */
export function splitAtAntimeridian(ring: Position[]): Position[][] {
  const jumps = ring.slice(1).some((p, i) => Math.abs(p[0] - ring[i][0]) > 180);
  if (!jumps) return [ring];
  const unwrapped: Position[] = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const previous = unwrapped[i - 1][0];
    let lng = ring[i][0];
    while (lng - previous > 180) lng -= 360;
    while (lng - previous < -180) lng += 360;
    unwrapped.push([lng, ring[i][1]]);
  }
  const [start, end] = [unwrapped[0], unwrapped[unwrapped.length - 1]];
  if (Math.abs(end[0] - start[0]) > 180) unwrapped.push([end[0], -90], [start[0], -90], start);
  const parts: Position[][] = [];
  for (const shift of [-360, 0, 360]) {
    const piece = clipPolygon(unwrapped as [number, number][], [-180 + shift, -90, 180 + shift, 90]);
    const moved = piece.map(([lng, lat]) => [lng - shift, lat]);
    const ring = moved.length >= 3 ? closedRing(moved) : null;
    if (ring && ringArea(ring) > 0) parts.push(ring);
  }
  return parts;
}

/** Lines that jump across the antimeridian are cut there. */
function cutLinesAtAntimeridian(lines: Position[][]): Position[][] {
  return lines.flatMap((line) => {
    const out: Position[][] = [[line[0]]];
    for (let i = 1; i < line.length; i++) {
      if (Math.abs(line[i][0] - line[i - 1][0]) > 180) out.push([]);
      out[out.length - 1].push(line[i]);
    }
    return out.filter((l) => l.length >= 2);
  });
}

const inBox = (ring: Position[], [w, s, e, n]: number[]) => ring.every(([x, y]) => x >= w && x <= e && y >= s && y <= n);
const boxOf = (ring: Position[]) => [
  Math.min(...ring.map((p) => p[0])),
  Math.min(...ring.map((p) => p[1])),
  Math.max(...ring.map((p) => p[0])),
  Math.max(...ring.map((p) => p[1])),
];

/** Polygons cut at the antimeridian; each hole goes with the part whose box holds it. */
function flatPolygons(polygons: Position[][][]): Position[][][] {
  return polygons.flatMap(([outer, ...holes]) => {
    const parts = splitAtAntimeridian(outer);
    if (parts.length === 1) return [[parts[0], ...holes]];
    return parts.map((part) => [part, ...holes.filter((hole) => inBox(hole, boxOf(part)))]);
  });
}

/** Land as one feature per polygon (so the app culls what is off screen), specks dropped. */
function landFeatures(world: Topology, region: Box): Feature[] {
  const land = feature(world, world.objects.land as GeometryCollection);
  const polygons = flatPolygons(land.features.flatMap((f) => polygonsOf(f.geometry as MultiPolygon)));
  const out: Feature[] = [];
  for (const polygon of polygons) {
    if (ringArea(polygon[0]) < 0.03 || allInside(polygon[0], region)) continue;
    const [outer, ...holes] = polygon.map((ring) => closedRing(simplifyLine(ring, WORLD)));
    if (!outer) continue;
    const rings = [outer, ...holes.filter((r): r is Position[] => r !== null)];
    out.push(layer({ type: 'Polygon', coordinates: rings }));
  }
  return out;
}

/** The layer is the TopoJSON object's name: features carry only what else they need. */
function layer(geometry: Feature['geometry'], properties: Record<string, unknown> | null = null): Feature {
  return { type: 'Feature', properties, geometry };
}

function lineFeatures(lines: Position[][], region: Box, detail: Detail, minLength = 0): Feature[] {
  const kept = lines
    .filter((line) => !allInside(line, region))
    .map((line) => simplifyLine(line, detail))
    .filter((line) => line.length >= 2 && lengthOf(line) >= minLength);
  return kept.length ? [layer({ type: 'MultiLineString', coordinates: kept })] : [];
}

const lengthOf = (line: Position[]) => line.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - line[i][0], p[1] - line[i][1]), 0);

/** Web Mercator pixels at zoom 0 (256 px wide), where labels are laid out. */
function mercator([lng, lat]: Position): [number, number] {
  const y = Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
  return [((lng + 180) / 360) * 256, (0.5 - y / (2 * Math.PI)) * 256];
}

interface Candidate {
  name: string;
  /** The name in the app's other languages: an ISO code (Intl names it) or the names themselves. */
  code?: string;
  names?: OtherNames;
  lngLat: Position;
  /** The largest circle inside the country's main polygon, in degrees: how much room it has. */
  room: number;
}

/**
 * Each label gets the first zoom at which its country is wide enough for it and it overlaps no
 * label already shown (the region's own labels show at every zoom): greedy, largest room first.
 */
export function labelZooms(candidates: Candidate[], fixed: LabelSeed[]): Feature[] {
  const boxAt = (c: LabelSeed, z: number): number[] => {
    const [x, y] = mercator(c.lngLat).map((v) => v * 2 ** z);
    const half = (c.name.length * LETTER) / 2 + LABEL_GAP;
    return [x - half, y - LABEL_HEIGHT / 2 - LABEL_GAP, x + half, y + LABEL_HEIGHT / 2 + LABEL_GAP];
  };
  // Zooming in moves labels apart while their size stays: what does not overlap at its first
  // zoom never will, so each label is checked at the zoom where it first shows.
  const placed: { label: LabelSeed; from: number }[] = fixed.map((label) => ({ label, from: FIRST_ZOOM }));
  const free = (label: LabelSeed, z: number) => placed.every((p) => p.from > z || !overlaps(boxAt(label, z), boxAt(p.label, z)));
  const out: Feature[] = [];
  for (const c of [...candidates].sort((a, b) => b.room - a.room)) {
    for (let z = FIRST_ZOOM; z <= LAST_ZOOM; z++) {
      const roomPx = ((2 * c.room) / 360) * 256 * 2 ** z;
      if (roomPx < c.name.length * LETTER * 0.8 || !free(c, z)) continue;
      placed.push({ label: c, from: z });
      const lngLat = c.lngLat.map((v) => Math.round(v * 100) / 100);
      const other = c.code ? { code: c.code } : c.names ? { names: c.names } : {};
      out.push(layer({ type: 'Point', coordinates: lngLat }, { name: c.name, ...other, minZoom: z }));
      break;
    }
  }
  return out;
}

const overlaps = (a: number[], b: number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function labelCandidates(world: Topology, skip: ReadonlySet<string>): Candidate[] {
  const countries = feature(world, world.objects.countries as GeometryCollection);
  const out: Candidate[] = [];
  for (const country of countries.features) {
    const english = String((country.properties as { name?: string } | null)?.name ?? '');
    const name = english.toUpperCase();
    if (!name || skip.has(name) || !country.geometry) continue;
    const code = isoCountries.numericToAlpha2(String(country.id)) ?? NO_NUMERIC_CODE[english];
    const names = code ? undefined : NO_CODE_NAMES[english];
    if (!code && !names) throw new Error(`world.ts: ${english} (${String(country.id)}) has no ISO code and no names in NO_CODE_NAMES`);
    const polygons = flatPolygons(polygonsOf(country.geometry as MultiPolygon));
    const main = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    const point = polylabel(main as [number, number][][], 0.02);
    out.push({ name, code, names, lngLat: [point[0], point[1]], room: point.distance });
  }
  return out;
}

/** The world layer's features, by layer: the objects of its TopoJSON file. */
export function worldLayers(world: Topology, region: Box, regionLabels: LabelSeed[]): Record<string, FeatureCollection> {
  const countries = world.objects.countries as GeometryCollection;
  const borders = cutLinesAtAntimeridian(mesh(world, countries, (a, b) => a !== b).coordinates);
  const lakeRings = lakes(WHOLE_EARTH, 0.4, 'l')
    .filter((ring) => !allInside(ring, region))
    .map((ring) => closedRing(simplifyLine(ring, WATER)))
    .filter((r): r is Position[] => r !== null);
  const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  return {
    land: collection(landFeatures(world, region)),
    lake: collection(lakeRings.map((ring) => layer({ type: 'Polygon', coordinates: [ring] }))),
    river: collection(lineFeatures(rivers(WHOLE_EARTH, 'l', ['-I1']), region, WATER, 3)),
    border: collection(lineFeatures(borders, region, WORLD)),
    'country-label': collection(labelZooms(labelCandidates(world, new Set(regionLabels.map((l) => l.name))), regionLabels)),
  };
}
