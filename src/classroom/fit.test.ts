import { describe, expect, it } from 'vitest';
import { fittingScale, pageRange, pageStarts, projectorZoom } from './fit';

describe('fitting a step to the screen', () => {
  it('takes the largest scale that fits', () => {
    expect(fittingScale((s) => s <= 0.9, [1, 0.95, 0.9, 0.85])).toBe(0.9);
    expect(fittingScale(() => true)).toBe(1);
  });

  it('gives up (null) when even the floor does not fit', () => {
    expect(fittingScale(() => false)).toBeNull();
  });

  it('cuts pages at block edges, as many blocks a page as fit', () => {
    const heights = [3, 4, 2, 5, 1];
    const fits = (first: number, last: number) => heights.slice(first, last + 1).reduce((a, b) => a + b, 0) <= 7;
    expect(pageStarts(heights.length, fits)).toEqual([0, 2, 4]);
    expect(pageRange([0, 2, 4], 1, 5)).toEqual([2, 4]);
    expect(pageRange([0, 2, 4], 2, 5)).toEqual([4, 5]);
  });

  it('gives a block too tall for any page a page of its own', () => {
    const heights = [2, 9, 2];
    const fits = (first: number, last: number) => heights.slice(first, last + 1).reduce((a, b) => a + b, 0) <= 7;
    expect(pageStarts(3, fits)).toEqual([0, 1, 2]);
  });

  it('keeps a page past the end on the last page', () => {
    expect(pageRange([0, 2], Number.MAX_SAFE_INTEGER, 3)).toEqual([2, 3]);
    expect(pageStarts(0, () => true)).toEqual([0]);
  });

  it('magnifies a 4K projector twice, and never shrinks a small one', () => {
    expect(projectorZoom(3840, 2160)).toBe(2);
    expect(projectorZoom(1920, 1080)).toBe(1);
    expect(projectorZoom(1024, 768)).toBe(1);
    // A wide screen grows by its height: nothing falls off the bottom.
    expect(projectorZoom(3840, 1620)).toBe(1.5);
  });
});
