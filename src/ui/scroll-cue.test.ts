import { describe, expect, it } from 'vitest';
import { edgesWithMore } from './scroll-cue';

describe('where a sideways row has more beyond its edge', () => {
  it('a row that fits has nothing beyond either edge', () => {
    expect(edgesWithMore(0, 300, 300)).toEqual({ start: false, end: false });
  });

  it('a wider row, not yet scrolled, has more at its end only; scrolled to the end, at its start only', () => {
    expect(edgesWithMore(0, 600, 390)).toEqual({ start: false, end: true });
    expect(edgesWithMore(210, 600, 390)).toEqual({ start: true, end: false });
    expect(edgesWithMore(100, 600, 390)).toEqual({ start: true, end: true });
  });

  it('reads a right-to-left row (scrolled toward its end by a negative amount) the same way', () => {
    expect(edgesWithMore(0, 600, 390)).toEqual({ start: false, end: true });
    expect(edgesWithMore(-100, 600, 390)).toEqual({ start: true, end: true });
    expect(edgesWithMore(-209.5, 600, 390)).toEqual({ start: true, end: false });
  });
});
