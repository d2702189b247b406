/**
 * What one slider step needs, answered without touching every event: the events per place and
 * how many are shown, "up to" a day or in a window. Built once per filter change; a step only
 * queries it.
 *
 * - Up to a day: cumulative counts are stored at checkpoints every `stride` events (in start
 *   order), so a query costs one binary search, one copy of a checkpoint (one number per place)
 *   and at most `stride` steps; how many pass the filters is a prefix sum.
 * - A window: only the events that may overlap it are scanned (the time index's candidates).
 */
import type { TimeIndex } from './time-index';

export interface StepCounts {
  /** Events shown per place id (places with none are absent). */
  counts: Map<string, number>;
  /** Events shown: in time and passing the filters. */
  shown: number;
  /** Events in time, before the filters. */
  inTime: number;
}

export class PlaceCounter {
  private readonly places: string[];
  /** Place of each item in start order, -1 for none (or filtered out). */
  private readonly placeOf: Int32Array;
  private readonly checkpoints: Int32Array[];
  /** passingBefore[i]: how many of the first i items pass the filters. */
  private readonly passingBefore: Int32Array;

  constructor(
    private readonly index: TimeIndex<{ start: string; end: string; id: string }>,
    placeOfItem: (i: number) => string | null,
    private readonly passes: (i: number) => boolean = () => true,
    private readonly stride = 512,
  ) {
    const ids = new Map<string, number>();
    const n = index.byStart.length;
    this.placeOf = new Int32Array(n).fill(-1);
    this.passingBefore = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const pass = passes(i);
      this.passingBefore[i + 1] = this.passingBefore[i] + (pass ? 1 : 0);
      const place = pass ? placeOfItem(i) : null;
      if (place === null) continue;
      if (!ids.has(place)) ids.set(place, ids.size);
      this.placeOf[i] = ids.get(place)!;
    }
    this.places = [...ids.keys()];
    const running = new Int32Array(this.places.length);
    this.checkpoints = [running.slice()];
    for (let i = 0; i < n; i++) {
      if (this.placeOf[i] >= 0) running[this.placeOf[i]]++;
      if ((i + 1) % stride === 0) this.checkpoints.push(running.slice());
    }
  }

  private toMap(counts: Int32Array): Map<string, number> {
    const out = new Map<string, number>();
    for (let p = 0; p < counts.length; p++) if (counts[p] > 0) out.set(this.places[p], counts[p]);
    return out;
  }

  countsUpTo(day: string): Map<string, number> {
    const n = this.index.countUpTo(day);
    const c = Math.floor(n / this.stride);
    const counts = this.checkpoints[c].slice();
    for (let i = c * this.stride; i < n; i++) if (this.placeOf[i] >= 0) counts[this.placeOf[i]]++;
    return this.toMap(counts);
  }

  upTo(day: string): StepCounts {
    const n = this.index.countUpTo(day);
    return { counts: this.countsUpTo(day), shown: this.passingBefore[n], inTime: n };
  }

  window(from: string, to: string): StepCounts {
    const [first, last] = this.index.candidates(from, to);
    const counts = new Int32Array(this.places.length);
    const items = this.index.byStart;
    let inTime = 0;
    let shown = 0;
    for (let i = first; i < last; i++) {
      if (items[i].end < from) continue;
      inTime++;
      if (this.passes(i)) shown++;
      if (this.placeOf[i] >= 0) counts[this.placeOf[i]]++;
    }
    return { counts: this.toMap(counts), shown, inTime };
  }
}
