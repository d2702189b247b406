/**
 * The marks of the paper map: handout rows at the same place share a mark, and places so close
 * that their marks would touch (Tikrit and Camp Speicher) share one too, labelled with each name.
 * Pure: pins and a projection in, marks out.
 */
export interface Pin {
  n: number;
  lngLat: readonly [number, number];
  name: string;
  /** A whole country: drawn as a dashed ring, not a precise pin. */
  area: boolean;
}

export interface Mark {
  x: number;
  y: number;
  /** The lowest row number at the mark: its order and its key. */
  first: number;
  area: boolean;
  places: { name: string; numbers: string }[];
}

/** [10, 11, 12, 14] → "10–12, 14" */
export function runs(ns: readonly number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return out.join(', ');
}

/** "10–12, 14 Tikrit · 4 Camp Speicher" */
export function pinLabel(mark: Mark): string {
  return mark.places.map((p) => `${p.numbers} ${p.name}`).join(' · ');
}

/** "4 · 10–12, 14": the numbers alone, for a mark whose names find no room. */
export function numbersOnly(mark: Mark): string {
  return mark.places.map((p) => p.numbers).join(' · ');
}

/**
 * `radius(area)`: the drawn size of a mark (a country's ring is larger than a pin); two marks
 * closer than their radii and `gap` together become one.
 */
export function markGroups(
  pins: readonly Pin[],
  project: (lngLat: [number, number]) => [number, number],
  radius: (area: boolean) => number,
  gap: number,
): Mark[] {
  const byPlace = new Map<string, Pin[]>();
  for (const p of pins) {
    const key = `${p.lngLat.join(',')} ${p.name}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), p]);
  }
  const places = [...byPlace.values()]
    .map((group) => ({ pin: group[0], numbers: group.map((p) => p.n), xy: project([group[0].lngLat[0], group[0].lngLat[1]]) }))
    .sort((a, b) => Math.min(...a.numbers) - Math.min(...b.numbers));
  const marks: Mark[] = [];
  for (const place of places) {
    const near = marks.find((m) => Math.hypot(m.x - place.xy[0], m.y - place.xy[1]) < radius(m.area) + radius(place.pin.area) + gap);
    if (near) {
      near.places.push({ name: place.pin.name, numbers: runs(place.numbers) });
      near.area &&= place.pin.area;
    } else {
      marks.push({
        x: place.xy[0],
        y: place.xy[1],
        first: Math.min(...place.numbers),
        area: place.pin.area,
        places: [{ name: place.pin.name, numbers: runs(place.numbers) }],
      });
    }
  }
  return marks;
}
