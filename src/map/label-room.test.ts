import { describe, expect, it } from 'vitest';
import { boxesMeet, namesWithRoom, type NameBox } from './label-room';

const box = (x: number, y: number, width = 60, height = 20, angle = 0): NameBox => ({ x, y, width, height, angle });

describe('which map names have room', () => {
  it('keeps the first of two names that overlap and leaves out the second', () => {
    expect(namesWithRoom([], [box(0, 0), box(30, 5)])).toEqual([true, false]);
  });

  it('keeps names apart by the gap: names a pixel apart do not both show', () => {
    expect(namesWithRoom([], [box(0, 0), box(61, 0)])).toEqual([true, false]);
    expect(namesWithRoom([], [box(0, 0), box(70, 0)])).toEqual([true, true]);
  });

  it('never draws a name over a place label or marker', () => {
    expect(namesWithRoom([box(0, 0, 100, 26)], [box(40, 10), box(0, 80)])).toEqual([false, true]);
  });

  it('the same names at projector size leave out more of them', () => {
    const at = (scale: number) => [box(0, 0, 60 * scale, 12 * scale), box(70, 0, 50 * scale, 12 * scale)];
    expect(namesWithRoom([], at(1))).toEqual([true, true]);
    expect(namesWithRoom([], at(20 / 12))).toEqual([true, false]);
  });

  it('measures a slanted river name by its own box, not the square around it', () => {
    // Two long names slanted in parallel, side by side: their squares overlap, the names do not.
    const a = box(0, 0, 120, 14, 45);
    const b = box(30, -30, 120, 14, 45);
    expect(boxesMeet(a, b)).toBe(false);
    expect(boxesMeet(a, box(10, 10, 120, 14, -45))).toBe(true);
  });
});
