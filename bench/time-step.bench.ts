/**
 * `npm run bench`: what one slider step costs as the data grows, against the naive way.
 * Prints figures (and a ratio against the baseline measured in the same run); asserts nothing.
 *
 *   indexed  the app's path: binary search in the time index, then cumulative counts per
 *            place from the nearest checkpoint (src/time/place-counter.ts)
 *   naive    a full scan of every event per step, as a plain filter would do
 */
import type { EventFeature } from '../geo/types';
import { countByPlace } from '../src/store/selectors';
import { PlaceCounter } from '../src/data/place-counter';
import { isoOfDay, TimeIndex } from '../src/data/time-index';

const START = 16_222; // 2014-06-01 as a day number
const DAYS = 304; // to 2015-03-31
const PLACES = 60;

function synthetic(n: number): { id: string; start: string; end: string; event: EventFeature }[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const s = START + Math.floor(random() * DAYS);
    const e = s + (random() < 0.7 ? 0 : Math.floor(random() * 30));
    const place = `p${Math.floor(random() * PLACES)}`;
    const event = {
      type: 'Feature',
      id: `e${i}`,
      geometry: { type: 'Point', coordinates: [40, 35] },
      properties: { place: { id: place, name: place, precision: 'city' } },
    } as unknown as EventFeature;
    return { id: `e${i}`, start: isoOfDay(s), end: isoOfDay(e), event };
  });
}

function time(fn: () => void, runs: number): number {
  for (let i = 0; i < 5; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

console.log('events   build(ms)  step indexed(ms)  step naive(ms)  naive/indexed   window indexed(ms)  window naive(ms)');
for (const n of [1_000, 10_000, 100_000]) {
  const items = synthetic(n);
  const t0 = performance.now();
  const index = new TimeIndex(items);
  const counter = new PlaceCounter(index, (i) => index.byStart[i].event.properties.place?.id ?? null);
  const build = performance.now() - t0;
  // A step lands on a random day, as a drag or playback does.
  const days = Array.from({ length: 64 }, (_, i) => isoOfDay(START + ((i * 37) % DAYS)));
  let k = 0;
  const runs = n >= 100_000 ? 40 : 400;
  const indexed = time(() => counter.countsUpTo(days[k++ % days.length]), runs);
  const naive = time(() => {
    const to = days[k++ % days.length];
    countByPlace(items.filter((t) => t.start <= to).map((t) => t.event));
  }, runs);
  const windowIndexed = time(() => {
    const to = days[k++ % days.length];
    index.overlapping(isoOfDay(START + ((k * 13) % DAYS) - 30), to);
  }, runs);
  const windowNaive = time(() => {
    const to = days[k++ % days.length];
    const from = isoOfDay(START + ((k * 13) % DAYS) - 30);
    items.filter((t) => t.start <= to && t.end >= from);
  }, runs);
  console.log(
    `${String(n).padStart(7)}  ${build.toFixed(1).padStart(9)}  ${indexed.toFixed(3).padStart(16)}  ${naive.toFixed(3).padStart(14)}  ${(naive / indexed).toFixed(2).padStart(13)}   ${windowIndexed.toFixed(3).padStart(18)}  ${windowNaive.toFixed(3).padStart(16)}`,
  );
}
console.log('\nPer step the map updates one marker per place (tens) and the timeline moves one veil element; the');
console.log('timeline marks re-render only when filters or the selection change. Still O(events shown) per step:');
console.log("the panel's list of shown events and the table (fine at hundreds of events; a virtual list beyond).");
