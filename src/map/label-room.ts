/**
 * Which map names have room: each, in rank order, is drawn where it covers nothing already on the
 * map (the place markers and their labels, then the names kept before it): at its point, or
 * moved a little off it, else left out. Boxes
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

/** A name's shift from its own point, in pixels, to where it has room. */
export interface Shift {
  dx: number;
  dy: number;
}

/**
 * Where a level name may go when its own point is taken: a line below or above, or half its width
 * to either side, so that its point still lies under or beside it. A slanted (river) name stays on
 * its river.
 */
function shifts(n: NameBox, gap: number): Shift[] {
  if (n.angle !== 0) return [{ dx: 0, dy: 0 }];
  const [line, half] = [n.height + 2 * gap, n.width / 2];
  return [
    { dx: 0, dy: 0 },
    { dx: 0, dy: line },
    { dx: 0, dy: -line },
    { dx: -half, dy: 0 },
    { dx: half, dy: 0 },
  ];
}

/**
 * For each name (already in rank order, most important first), where it is drawn (its shift), or
 * null where it has no room and is left out.
 */
export function namesWithRoom(fixed: readonly NameBox[], names: readonly NameBox[], gap = NAME_GAP): (Shift | null)[] {
  const kept: NameBox[] = [...fixed];
  return names.map((n) => {
    for (const shift of shifts(n, gap)) {
      const moved = { ...n, x: n.x + shift.dx, y: n.y + shift.dy };
      if (kept.some((k) => boxesMeet(moved, k, gap))) continue;
      kept.push(moved);
      return shift;
    }
    return null;
  });
}
