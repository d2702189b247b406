/**
 * Places that would sit on top of each other at the current zoom are drawn as one group
 * marker that opens (zooms in) on click: markers never cover one another.
 */
export interface ScreenPlace {
  id: string;
  x: number;
  y: number;
  radius: number;
  /** Higher leads a group and gets its label first. */
  priority: number;
}

export interface Group {
  /** The leading place's id. */
  id: string;
  members: string[];
  x: number;
  y: number;
}

/** Greedy: each place, by priority, joins the first group it touches or leads a new one. */
export function groupPlaces(places: ScreenPlace[], gap = 4): Group[] {
  const order = [...places].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const groups: (Group & { radius: number })[] = [];
  for (const p of order) {
    const near = groups.find((g) => Math.hypot(g.x - p.x, g.y - p.y) < g.radius + p.radius + gap);
    if (near) near.members.push(p.id);
    else groups.push({ id: p.id, members: [p.id], x: p.x, y: p.y, radius: p.radius });
  }
  return groups.map(({ id, members, x, y }) => ({ id, members, x, y }));
}
