/**
 * Which map names have room: each, in rank order, is kept if it covers nothing already on the
 * map (the place markers and their labels, then the names kept before it), else left out. Boxes
 * are the names as drawn (their size at the type the reader sees, a river's slant included), so
 * that projector type, which is larger, leaves out more names instead of drawing them over others.
 * Pure: boxes in, choices out.
 */

/** A name's box on screen: its middle, its size, and its slant in degrees (0 for level type). */
export interface NameBox {
  x: number;
  y: number;
  width: number;
  height: number;
  angle: number;
}

/** Clear space kept around each basemap name, in pixels, so two names never touch. */
export const NAME_GAP = 3;

const corners = (b: NameBox, pad: number): [number, number][] => {
  const [c, s] = [Math.cos((b.angle * Math.PI) / 180), Math.sin((b.angle * Math.PI) / 180)];
  const [w, h] = [b.width / 2 + pad, b.height / 2 + pad];
  return [
    [-w, -h],
    [w, -h],
    [w, h],
    [-w, h],
  ].map(([dx, dy]) => [b.x + dx * c - dy * s, b.y + dx * s + dy * c]);
};

/** Separating axes: two boxes meet unless one of their four edge directions parts them. */
export function boxesMeet(a: NameBox, b: NameBox, pad = 0): boolean {
  const [pa, pb] = [corners(a, pad), corners(b, 0)];
  const axes = [a.angle, a.angle + 90, b.angle, b.angle + 90].map((d) => [Math.cos((d * Math.PI) / 180), Math.sin((d * Math.PI) / 180)]);
  return axes.every(([ax, ay]) => {
    const project = (ps: [number, number][]) => ps.map(([x, y]) => x * ax + y * ay);
    const [ra, rb] = [project(pa), project(pb)];
    return Math.min(...ra) < Math.max(...rb) && Math.min(...rb) < Math.max(...ra);
  });
}

/** For each name (already in rank order, most important first), whether it is drawn. */
export function namesWithRoom(fixed: readonly NameBox[], names: readonly NameBox[], gap = NAME_GAP): boolean[] {
  const kept: NameBox[] = [...fixed];
  return names.map((n) => {
    if (kept.some((k) => boxesMeet(n, k, gap))) return false;
    kept.push(n);
    return true;
  });
}
