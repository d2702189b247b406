import { describe, expect, it } from 'vitest';
import { densityOf, densityPath } from './density';

const span = { start: '2014-06-01', end: '2014-06-10' };

describe('the timeline density', () => {
  it('counts a dated event on its day and spreads an uncertain one over its range', () => {
    const d = densityOf(
      [
        { id: 'a', start: '2014-06-02', end: '2014-06-02' },
        { id: 'b', start: '2014-06-03', end: '2014-06-06' },
      ],
      span,
      (id) => id === 'a',
    );
    expect(Array.from(d.all)).toEqual([0, 1, 0.25, 0.25, 0.25, 0.25, 0, 0, 0, 0]);
    expect(Array.from(d.passing)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(d.max).toBe(1);
  });

  it('draws one bar per day with events, none for empty days', () => {
    expect(densityPath(new Float32Array([0, 2, 1]), 2)).toBe('M1 1V0.0000h1V1zM2 1V0.5000h1V1z');
    expect(densityPath(new Float32Array([0, 0]), 0)).toBe('');
  });
});
