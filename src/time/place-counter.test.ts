import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlaceCounter } from './place-counter';
import { isoOfDay, TimeIndex } from './time-index';

describe('PlaceCounter', () => {
  it('agrees with counting by hand, for any events and any day (property)', () => {
    const item = fc.record({ day: fc.integer({ min: 16_222, max: 16_525 }), place: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 16_200, max: 16_550 }), (raw, d) => {
        const items = raw.map((r, i) => ({ id: String(i), start: isoOfDay(r.day), end: isoOfDay(r.day), place: r.place }));
        const index = new TimeIndex(items);
        const counter = new PlaceCounter(index, (i) => index.byStart[i].place, 4);
        const day = isoOfDay(d);
        const expected = new Map<string, number>();
        for (const it of items) if (it.place && it.start <= day) expected.set(it.place, (expected.get(it.place) ?? 0) + 1);
        expect(counter.countsUpTo(day)).toEqual(expected);
      }),
    );
  });
});
