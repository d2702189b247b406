/**
 * Events per place "up to" a day, answered without touching every event: cumulative counts
 * are stored at checkpoints every `stride` events (in start order), so a query costs one
 * binary search, one copy of a checkpoint (one number per place) and at most `stride` steps.
 * Built once per filter change; the slider's steps only query it.
 */
import type { TimeIndex } from './time-index';

export class PlaceCounter {
  private readonly places: string[];
  private readonly placeOf: Int32Array;
  private readonly checkpoints: Int32Array[];

  constructor(
    private readonly index: TimeIndex<{ start: string; end: string; id: string }>,
    placeOfItem: (i: number) => string | null,
    private readonly stride = 512,
  ) {
    const ids = new Map<string, number>();
    this.placeOf = new Int32Array(index.byStart.length).fill(-1);
    index.byStart.forEach((_, i) => {
      const place = placeOfItem(i);
      if (place === null) return;
      if (!ids.has(place)) ids.set(place, ids.size);
      this.placeOf[i] = ids.get(place)!;
    });
    this.places = [...ids.keys()];
    const running = new Int32Array(this.places.length);
    this.checkpoints = [running.slice()];
    for (let i = 0; i < this.placeOf.length; i++) {
      if (this.placeOf[i] >= 0) running[this.placeOf[i]]++;
      if ((i + 1) % stride === 0) this.checkpoints.push(running.slice());
    }
  }

  countsUpTo(day: string): Map<string, number> {
    const n = this.index.countUpTo(day);
    const c = Math.floor(n / this.stride);
    const counts = this.checkpoints[c].slice();
    for (let i = c * this.stride; i < n; i++) if (this.placeOf[i] >= 0) counts[this.placeOf[i]]++;
    const out = new Map<string, number>();
    counts.forEach((v, p) => v > 0 && out.set(this.places[p], v));
    return out;
  }
}
