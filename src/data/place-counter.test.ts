import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlaceCounter } from './place-counter';
import { isoOfDay, TimeIndex } from './time-index';

describe('PlaceCounter', () => {
  it('agrees with counting by hand, for any events and any day (property)', () => {
    const item = fc.record({
      day: fc.integer({ min: 16_222, max: 16_525 }),
      place: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 16_200, max: 16_550 }), (raw, d) => {
        const items = raw.map((r, i) => ({ id: String(i), start: isoOfDay(r.day), end: isoOfDay(r.day), place: r.place }));
        const index = new TimeIndex(items);
        const counter = new PlaceCounter(
          index,
          (i) => index.byStart[i].place,
          () => true,
          4,
        );
        const day = isoOfDay(d);
        const expected = new Map<string, number>();
        for (const it of items) if (it.place && it.start <= day) expected.set(it.place, (expected.get(it.place) ?? 0) + 1);
        expect(counter.countsUpTo(day)).toEqual(expected);
      }),
    );
  });

  it('counts a window and the events shown as a full scan does, with filters (property)', () => {
    const item = fc.record({
      day: fc.integer({ min: 16_222, max: 16_300 }),
      len: fc.integer({ min: 0, max: 20 }),
      place: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
      pass: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: 16_200, max: 16_320 }),
        fc.integer({ min: 0, max: 40 }),
        (raw, d, width) => {
          const items = raw.map((r, i) => ({
            id: String(i),
            start: isoOfDay(r.day),
            end: isoOfDay(r.day + r.len),
            place: r.place,
            pass: r.pass,
          }));
          const index = new TimeIndex(items);
          const counter = new PlaceCounter(
            index,
            (i) => index.byStart[i].place,
            (i) => index.byStart[i].pass,
            4,
          );
          const [from, to] = [isoOfDay(d - width), isoOfDay(d)];
          const inWindow = items.filter((it) => it.start <= to && it.end >= from);
          const expected = new Map<string, number>();
          for (const it of inWindow) if (it.pass && it.place) expected.set(it.place, (expected.get(it.place) ?? 0) + 1);
          expect(counter.window(from, to)).toEqual({
            counts: expected,
            shown: inWindow.filter((it) => it.pass).length,
            inTime: inWindow.length,
          });
          const upTo = items.filter((it) => it.start <= to);
          expect(counter.upTo(to).shown).toBe(upTo.filter((it) => it.pass).length);
          expect(counter.upTo(to).inTime).toBe(upTo.length);
        },
      ),
    );
  });
});
