import { describe, expect, it } from 'vitest';
import { clampSpan, isWhole, pan, zoomAround } from './zoom';

const outer = { start: '2014-01-01', end: '2015-12-31' };

describe('the timeline zoom', () => {
  it('zooms in around a day and never past the span or under a week', () => {
    const half = zoomAround(outer, '2014-07-01', 0.5, outer);
    expect(half.start <= '2014-07-01' && half.end >= '2014-07-01').toBe(true);
    expect(isWhole(half, outer)).toBe(false);
    let z = outer;
    for (let i = 0; i < 20; i++) z = zoomAround(z, '2014-01-01', 0.5, outer);
    expect(z).toEqual({ start: '2014-01-01', end: '2014-01-07' });
    expect(zoomAround(half, '2014-07-01', 4, outer)).toEqual(outer);
  });

  it('pans within the span', () => {
    const z = { start: '2014-03-01', end: '2014-03-31' };
    expect(pan(z, -10, outer)).toEqual({ start: '2014-01-01', end: '2014-01-31' });
    expect(pan(z, 0.5, outer).start > z.start).toBe(true);
    expect(pan({ start: '2015-12-01', end: '2015-12-31' }, 1, outer)).toEqual({ start: '2015-12-01', end: '2015-12-31' });
  });

  it('widens a brushed span shorter than a week', () => {
    expect(clampSpan({ start: '2014-05-10', end: '2014-05-11' }, outer)).toEqual({ start: '2014-05-08', end: '2014-05-14' });
  });
});
