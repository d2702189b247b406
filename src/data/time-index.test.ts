import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOfDay, TimeIndex } from './time-index';

const items = [
  { id: 'a', start: '2014-06-10', end: '2014-06-10' },
  { id: 'b', start: '2014-06-01', end: '2014-06-25' },
  { id: 'c', start: '2014-09-04', end: '2014-09-04' },
  { id: 'd', start: '2015-03-01', end: '2015-03-24' },
];

describe('TimeIndex', () => {
  const index = new TimeIndex(items);

  it('lists the events that have started by a day, including that day', () => {
    expect(index.upTo('2014-06-10').map((i) => i.id)).toEqual(['b', 'a']);
    expect(index.upTo('2014-05-31')).toEqual([]);
    expect(index.upTo('2015-12-31')).toHaveLength(4);
  });

  it('keeps an event that touches the window edge', () => {
    expect(index.overlapping('2014-06-25', '2014-09-03').map((i) => i.id)).toEqual(['b']);
    expect(index.overlapping('2015-03-24', '2015-03-31').map((i) => i.id)).toEqual(['d']);
  });

  it('finds a long uncertain event that began before the window', () => {
    expect(index.overlapping('2014-06-20', '2014-06-21').map((i) => i.id)).toEqual(['b']);
  });

  it('steps to the next and previous distinct start', () => {
    expect(index.nextStart('2014-06-01')).toBe('2014-06-10');
    expect(index.nextStart('2015-03-01')).toBeNull();
    expect(index.previousStart('2014-09-04')).toBe('2014-06-10');
    expect(index.previousStart('2014-06-01')).toBeNull();
  });

  it('agrees with a plain scan for any window (property)', () => {
    const day = fc.integer({ min: 16_200, max: 16_550 }).map(isoOfDay);
    const interval = fc
      .tuple(day, fc.integer({ min: 0, max: 60 }))
      .map(([s, n]) => ({ start: s, end: isoOfDay(Date.parse(s) / 86_400_000 + n) }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), day, day, (list, x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const withIds = list.map((l, i) => ({ ...l, id: String(i) }));
        const idx = new TimeIndex(withIds);
        const scan = withIds
          .filter((l) => l.start <= to && l.end >= from)
          .map((l) => l.id)
          .sort();
        expect(
          idx
            .overlapping(from, to)
            .map((l) => l.id)
            .sort(),
        ).toEqual(scan);
        expect(
          idx
            .upTo(to)
            .map((l) => l.id)
            .sort(),
        ).toEqual(
          withIds
            .filter((l) => l.start <= to)
            .map((l) => l.id)
            .sort(),
        );
      }),
    );
  });
});
