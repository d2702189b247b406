/**
 * Where a map's first view looks, from its data alone: the places with events, framed so that
 * the main group fills the screen. A few events far from the rest (the four reports' New York and
 * Washington, 3 of 35) are left to the "Elsewhere" buttons instead of shrinking the first view to
 * a world map; a map whose events are spread (seven cities on five continents) is framed whole.
 * A map whose places lie on both sides of the antimeridian (Fiji and Samoa, Kamchatka and Alaska)
 * is cut at the widest empty stretch of longitude instead: its `seam`.
 */
import type { LngLat } from './lnglat';

export interface WeightedPoint {
  lngLat: LngLat;
  /** How many events are there (0 for a place the map names without an event of its own). */
  weight: number;
}

export interface Frame {
  /** [west, south, east, north]; east may pass 180 when the map is cut at a seam. */
  bbox: [number, number, number, number];
  /** The longitude the map starts at: -180, or the middle of the widest gap when the data spans the antimeridian. */
  seam: number;
  /** Indexes of the points left out of the first view (far and few). */
  outside: number[];
}

/** At most this share of the events may be left out of the first view. */
const LEFT_OUT = 0.1;

/**
 * The longitude to cut the world at: where the widest stretch without any point lies. With points
 * on one side of the antimeridian only, that stretch contains it, and the cut stays at -180.
 */
export function seamOf(lngs: readonly number[]): number {
  if (lngs.length < 2) return -180;
  const sorted = [...lngs].sort((a, b) => a - b);
  let widest = sorted[0] + 360 - sorted[sorted.length - 1];
  let seam = -180;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i] - sorted[i - 1];
    if (gap > widest) {
      widest = gap;
      seam = sorted[i - 1] + gap / 2;
    }
  }
  return seam;
}

/** A longitude in the map's frame: from the seam on, eastward (so at most seam + 360). */
export const unwrap = (lng: number, seam: number): number => (lng < seam ? lng + 360 : lng);

function bboxOf(points: readonly { lng: number; lat: number }[]): [number, number, number, number] {
  return [
    Math.min(...points.map((p) => p.lng)),
    Math.min(...points.map((p) => p.lat)),
    Math.max(...points.map((p) => p.lng)),
    Math.max(...points.map((p) => p.lat)),
  ];
}

const median = (values: number[], weights: number[]): number => {
  const order = values.map((v, i) => [v, weights[i]] as const).sort((a, b) => a[0] - b[0]);
  const half = weights.reduce((a, b) => a + b, 0) / 2;
  let sum = 0;
  for (const [v, w] of order) if ((sum += w) >= half) return v;
  return order[order.length - 1][0];
};

export function frameOf(points: readonly WeightedPoint[]): Frame | null {
  if (points.length === 0) return null;
  const seam = seamOf(points.map((p) => p.lngLat[0]));
  const none = points.every((p) => p.weight <= 0);
  const pts = points.map((p) => ({ lng: unwrap(p.lngLat[0], seam), lat: p.lngLat[1], weight: none ? 1 : Math.max(0, p.weight) }));
  const all = bboxOf(pts);
  const total = pts.reduce((a, p) => a + p.weight, 0);
  if (pts.length <= 2) return { bbox: all, seam, outside: [] };
  // The main group: the points nearest the weighted middle that hold most of the events.
  const mid = {
    lng: median(
      pts.map((p) => p.lng),
      pts.map((p) => p.weight),
    ),
    lat: median(
      pts.map((p) => p.lat),
      pts.map((p) => p.weight),
    ),
  };
  const byDistance = pts.map((p, i) => ({ i, d: Math.hypot(p.lng - mid.lng, p.lat - mid.lat) })).sort((a, b) => a.d - b.d);
  const core: number[] = [];
  let held = 0;
  for (const { i } of byDistance) {
    if (held >= total * (1 - LEFT_OUT)) break;
    core.push(i);
    held += pts[i].weight;
  }
  const [w, s, e, n] = bboxOf(core.map((i) => pts[i]));
  // Near the group is in it: within half its size (at least 3°) of its box.
  const margin = Math.max(3, (e - w) / 2, (n - s) / 2);
  const inside = (p: { lng: number; lat: number }) =>
    p.lng >= w - margin && p.lng <= e + margin && p.lat >= s - margin && p.lat <= n + margin;
  const outside = pts.map((p, i) => (inside(p) ? -1 : i)).filter((i) => i >= 0);
  const outWeight = outside.reduce((a, i) => a + pts[i].weight, 0);
  if (outside.length === 0 || outWeight > total * LEFT_OUT) return { bbox: all, seam, outside: [] };
  const kept = pts.filter((_, i) => !outside.includes(i));
  return { bbox: bboxOf(kept), seam, outside };
}
