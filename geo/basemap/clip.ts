/**
 * Clipping helpers for the basemap script. Polygons are clipped with Sutherland–Hodgman
 * (lineclip), which may leave zero-width slivers along the box edge: harmless for fills,
 * which is why outlines (coasts, borders) are clipped separately as lines.
 */
import { clipPolygon, clipPolyline, type BoundingBox, type Point } from 'lineclip';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import simplifyPath from 'simplify-js';

export type Box = BoundingBox; // [west, south, east, north]

/** Detail kept: `tolerance` in degrees for Douglas–Peucker, `digits` after the point. */
export interface Detail {
  tolerance: number;
  digits: number;
}

/** Simplifies first (on full precision), then rounds, so shapes stay faithful. */
function prepare(points: Position[], { tolerance, digits }: Detail): Point[] {
  const f = 10 ** digits;
  const simple = simplifyPath(
    points.map(([x, y]) => ({ x, y })),
    tolerance,
    true,
  );
  return simple.map(({ x, y }) => [Math.round(x * f) / f, Math.round(y * f) / f]);
}

/** Drops consecutive duplicates that rounding creates. */
function dedupe(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}

/** GeoJSON rings end where they start; clipping may leave them open. */
function close(ring: Point[]): Point[] {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return ring.length > 0 && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Simplified and rounded, with the duplicates rounding makes dropped: a line or an open ring. */
export function simplifyLine(points: Position[], detail: Detail): Position[] {
  return dedupe(prepare(points, detail));
}

/** Clips every polygon to each box; rings that vanish are dropped, holes are kept. */
export function clipPolygons(polygons: Position[][][], boxes: Box[], detail: Detail): MultiPolygon {
  const out: Position[][][] = [];
  for (const box of boxes) {
    for (const polygon of polygons) {
      const rings = polygon.map((ring) => close(dedupe(clipPolygon(prepare(ring, detail), box)))).filter((ring) => ring.length >= 4);
      if (rings.length > 0) out.push(rings);
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}

/** Clips lines to each box, keeping every piece that falls inside. */
export function clipLines(lines: Position[][], boxes: Box[], detail: Detail): MultiLineString {
  const out: Position[][] = [];
  for (const box of boxes) {
    for (const line of lines) {
      for (const piece of clipPolyline(prepare(line, detail), box)) {
        const clean = dedupe(piece);
        if (clean.length >= 2) out.push(clean);
      }
    }
  }
  return { type: 'MultiLineString', coordinates: out };
}
