/**
 * Is each place where its name says? A warning (PLACE_MISPLACED), not an error: the build goes on.
 *
 * The rule, kept cheap:
 * - A place that names its `country` (places.yaml, spelt as Natural Earth does: Iraq, Syria,
 *   United Kingdom, United States of America) must lie inside that country's outline, or within
 *   TOLERANCE_KM of it: the outlines are Natural Earth 1:50m (world-atlas, a dev dependency the
 *   basemap script uses too), coarse enough that a coastal city or a border town can fall just
 *   outside. Mosul at [0, 0] or in the Black Sea is thousands or hundreds of km from Iraq.
 * - A place without a country must lie on land, or within TOLERANCE_KM of it: [0, 0] ("Null
 *   Island", what a missing coordinate often becomes) and a point in the sea are flagged.
 * The outlines are read once per process (about 0.75 MB, tens of milliseconds); distances use a flat
 * projection around the place, which is close enough at these scales. Without world-atlas
 * installed the check is skipped: it is a safety net, not part of the format.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Entry } from '../core/model/entries.ts';
import { CODES, formatPath, type Path, type Problem } from '../core/model/problems.ts';
import type { PlaceInput } from '../core/model/schema.ts';

export const TOLERANCE_KM = 25;

interface Country {
  name: string;
  /** Polygons, each a list of rings (the first the outline, the others holes). */
  polygons: Position[][][];
  bbox: [number, number, number, number];
}

let atlas: Country[] | null | undefined;

/** The countries of world-atlas (Natural Earth 1:50m), or null when the package is not installed. */
export function countries(): Country[] | null {
  if (atlas !== undefined) return atlas;
  try {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
    atlas = collection.features.flatMap((f) => {
      const g = f.geometry;
      const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
      if (polygons.length === 0) return [];
      const bbox: Country['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [lng, lat] of polygons.flat(2)) {
        bbox[0] = Math.min(bbox[0], lng);
        bbox[1] = Math.min(bbox[1], lat);
        bbox[2] = Math.max(bbox[2], lng);
        bbox[3] = Math.max(bbox[3], lat);
      }
      return [{ name: f.properties?.name ?? String(f.id), polygons, bbox }];
    });
  } catch {
    atlas = null;
  }
  return atlas;
}

/** Even-odd ray casting over every ring of every polygon: holes count out. */
function contains(c: Country, [lng, lat]: readonly [number, number]): boolean {
  if (lng < c.bbox[0] || lng > c.bbox[2] || lat < c.bbox[1] || lat > c.bbox[3]) return false;
  let inside = false;
  for (const ring of c.polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const KM_PER_DEGREE = 111.2;

/** Kilometres from the point to the nearest edge of the country, in a flat projection around the point. */
function distanceKm(c: Country, [lng, lat]: readonly [number, number], within = Infinity): number {
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE;
  // The bounding box is a lower bound: a country farther than the best so far is skipped whole.
  const bx = Math.max(c.bbox[0] - lng, 0, lng - c.bbox[2]) * kx;
  const by = Math.max(c.bbox[1] - lat, 0, lat - c.bbox[3]) * ky;
  if (Math.hypot(bx, by) >= within) return Infinity;
  let best = Infinity;
  for (const ring of c.polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1][0] - lng) * kx;
      const ay = (ring[i - 1][1] - lat) * ky;
      const dx = (ring[i][0] - lng) * kx - ax;
      const dy = (ring[i][1] - lat) * ky - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/** Edit distance, for "did you mean" on a misspelt country. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

const km = (d: number) => `${Math.round(d).toLocaleString('en')} km`;

/** Where a point is, in words: "in Turkey" or "in no country (at sea)". */
function whereIs(all: Country[], point: readonly [number, number]): string {
  const home = all.find((c) => contains(c, point));
  return home ? `in ${home.name}` : 'in no country (at sea)';
}

export function checkPlaceCountries(
  places: Iterable<Entry<PlaceInput>>,
  where: (path: Path) => { file: string; where: string },
): Problem[] {
  const all = countries();
  if (!all) return [];
  const problems: Problem[] = [];
  const warn = (path: Path, message: string, fix: string = CODES.PLACE_MISPLACED) =>
    problems.push({
      code: 'PLACE_MISPLACED',
      severity: 'warning',
      path,
      ...where(path),
      message,
      fix,
      values: { case: 'build', path: formatPath(path) },
    });
  for (const { value: p, path } of places) {
    const point = p.lngLat;
    const [lng, lat] = point;
    if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) continue; // COORDINATE_OUT_OF_RANGE says it
    const shown = `[${lng}, ${lat}]`;
    if (p.country !== undefined) {
      const named = all.filter((c) => c.name.toLowerCase() === p.country!.trim().toLowerCase());
      if (named.length === 0) {
        const guess = [...all].sort(
          (a, b) =>
            editDistance(p.country!.toLowerCase(), a.name.toLowerCase()) - editDistance(p.country!.toLowerCase(), b.name.toLowerCase()),
        )[0];
        warn(
          [...path, 'country'],
          `Place ${p.id} names the country "${p.country}", which the country outlines do not know; did you mean "${guess.name}"?`,
          'Spell the country as Natural Earth does (Iraq, Syria, United Kingdom, United States of America), or leave country out.',
        );
        continue;
      }
      if (named.some((c) => contains(c, point))) continue;
      const distance = Math.min(...named.map((c) => distanceKm(c, point)));
      if (distance <= TOLERANCE_KM) continue;
      warn(
        [...path, 'lngLat'],
        `Place ${p.id} (${p.name}) is at ${shown}, ${whereIs(all, point)}, ${km(distance)} from ${named[0].name}, the country it names.${lat === 0 && lng === 0 ? ' [0, 0] is what a missing coordinate often becomes.' : ''}`,
      );
    } else {
      if (all.some((c) => contains(c, point))) continue;
      let distance = Infinity;
      let nearest = '';
      for (const c of all) {
        const d = distanceKm(c, point, distance);
        if (d < distance) [distance, nearest] = [d, c.name];
      }
      if (distance <= TOLERANCE_KM) continue;
      warn(
        [...path, 'lngLat'],
        `Place ${p.id} (${p.name}) is at ${shown}, in no country: at sea, ${km(distance)} from the nearest land (${nearest}).${lat === 0 && lng === 0 ? ' [0, 0] is what a missing coordinate often becomes.' : ''}`,
      );
    }
  }
  return problems;
}
