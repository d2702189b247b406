/**
 * Places labels so that none covers another or a marker: each label, in priority order,
 * takes the first free position around its point; a label with no free position is
 * left out (its marker keeps its accessible name). Pure: screen boxes in, choices out.
 */
export type LabelSide = 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Radius of the marker at (x, y), kept clear of labels. */
  radius: number;
  /** Higher first. */
  priority: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const SIDES: LabelSide[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];
const GAP = 3;

export function labelBox(l: LabelInput, side: LabelSide): Box {
  const r = l.radius + GAP;
  const { x, y, width: w, height: h } = l;
  switch (side) {
    case 'right':
      return { x0: x + r, y0: y - h / 2, x1: x + r + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - r - w, y0: y - h / 2, x1: x - r, y1: y + h / 2 };
    case 'top':
      return { x0: x - w / 2, y0: y - r - h, x1: x + w / 2, y1: y - r };
    case 'bottom':
      return { x0: x - w / 2, y0: y + r, x1: x + w / 2, y1: y + r + h };
    case 'top-right':
      return { x0: x + r * 0.7, y0: y - r * 0.7 - h, x1: x + r * 0.7 + w, y1: y - r * 0.7 };
    case 'bottom-right':
      return { x0: x + r * 0.7, y0: y + r * 0.7, x1: x + r * 0.7 + w, y1: y + r * 0.7 + h };
    case 'top-left':
      return { x0: x - r * 0.7 - w, y0: y - r * 0.7 - h, x1: x - r * 0.7, y1: y - r * 0.7 };
    case 'bottom-left':
      return { x0: x - r * 0.7 - w, y0: y + r * 0.7, x1: x - r * 0.7, y1: y + r * 0.7 + h };
  }
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const markerBox = (l: LabelInput): Box => ({ x0: l.x - l.radius, y0: l.y - l.radius, x1: l.x + l.radius, y1: l.y + l.radius });

/**
 * `bounds`, when given: a label must lie wholly inside it (the map's visible box). `obstacles`:
 * other text already drawn (a paper map's country names), which no label may cover.
 */
export function layoutLabels(
  labels: LabelInput[],
  bounds?: { width: number; height: number },
  obstacles: readonly Box[] = [],
): Map<string, LabelSide | null> {
  const inside = (b: Box) => !bounds || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= bounds.width && b.y1 <= bounds.height);
  // Every marker is an obstacle from the start, so a label never hides a place.
  const markers = labels.map((l) => ({ id: l.id, box: markerBox(l) }));
  const placed: Box[] = [...obstacles];
  const out = new Map<string, LabelSide | null>();
  const order = [...labels].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const l of order) {
    const side = SIDES.find((s) => {
      const box = labelBox(l, s);
      return inside(box) && !placed.some((t) => overlaps(box, t)) && !markers.some((m) => m.id !== l.id && overlaps(box, m.box));
    });
    out.set(l.id, side ?? null);
    if (side) placed.push(labelBox(l, side));
  }
  return out;
}
