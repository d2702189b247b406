import { describe, expect, it } from 'vitest';
import { boxesMeet, namesWithRoom, type NameBox } from './label-room';

const box = (x: number, y: number, width = 60, height = 20, angle = 0): NameBox => ({ x, y, width, height, angle });

const HERE = { dx: 0, dy: 0 };
/** Labels on every spot a name at (0, 0) could move to. */
const crowd = [box(0, 0), box(0, 26), box(0, -26), box(-30, 0), box(30, 0)];

describe('which map names have room', () => {
  it('leaves out a name with nowhere to go, and keeps the next where it has room', () => {
    expect(namesWithRoom(crowd, [box(0, 0), box(0, 200)])).toEqual([null, HERE]);
  });

  it('moves a name a line off its point, or half its width aside, where its point is taken', () => {
    expect(namesWithRoom([], [box(0, 0), box(10, 0)])).toEqual([HERE, { dx: 0, dy: 26 }]);
    expect(namesWithRoom([box(0, 26, 200, 20), box(0, -26, 200, 20)], [box(0, 0), box(40, 0)])).toEqual([HERE, { dx: 30, dy: 0 }]);
  });

  it('keeps names apart by the gap: names a pixel apart do not both show where they are', () => {
    expect(namesWithRoom([], [box(0, 0), box(61, 0)])[1]).not.toEqual(HERE);
    expect(namesWithRoom([], [box(0, 0), box(70, 0)])).toEqual([HERE, HERE]);
  });

  it('never draws a name over a place label or marker', () => {
    expect(namesWithRoom([box(0, 0, 200, 80)], [box(40, 10), box(0, 120)])).toEqual([null, HERE]);
  });

  it('a slanted river name stays on its river: left out rather than moved', () => {
    expect(namesWithRoom([box(0, 0)], [box(0, 0, 60, 14, 30)])).toEqual([null]);
  });

  it('the same names at projector size need more room', () => {
    const at = (scale: number) => [box(0, 0, 60 * scale, 12 * scale), box(70, 0, 50 * scale, 12 * scale)];
    expect(namesWithRoom([], at(1))).toEqual([HERE, HERE]);
    expect(namesWithRoom([], at(20 / 12))[1]).not.toEqual(HERE);
  });

  it('measures a slanted river name by its own box, not the square around it', () => {
    // Two long names slanted in parallel, side by side: their squares overlap, the names do not.
    const a = box(0, 0, 120, 14, 45);
    const b = box(30, -30, 120, 14, 45);
    expect(boxesMeet(a, b)).toBe(false);
    expect(boxesMeet(a, box(10, 10, 120, 14, -45))).toBe(true);
  });
});
