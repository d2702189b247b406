import { describe, expect, it } from 'vitest';
import { labelBox, layoutLabels, type LabelInput } from './label-layout';
import { groupPlaces } from '../map/place-groups';

const label = (id: string, x: number, y: number, priority = 1): LabelInput => ({ id, x, y, width: 60, height: 18, radius: 8, priority });

describe('label layout', () => {
  it('puts a lone label to the right of its point', () => {
    expect(layoutLabels([label('a', 100, 100)]).get('a')).toBe('right');
  });

  it('moves a label aside rather than cover a neighbour', () => {
    const sides = layoutLabels([label('a', 100, 100, 2), label('b', 150, 100, 1)]);
    expect(sides.get('a')).not.toBe('right');
    const a = labelBox(label('a', 100, 100), sides.get('a')!);
    const b = labelBox(label('b', 150, 100), sides.get('b')!);
    expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
  });

  it('leaves out the lower-priority label when there is no room', () => {
    // A tight 4×3 grid: the most important place, at its corner, keeps its label.
    const crowd = Array.from({ length: 12 }, (_, i) =>
      label(i === 0 ? 'big' : `n${i}`, 100 - (i % 4) * 14, 100 + Math.floor(i / 4) * 14, i === 0 ? 9 : 1),
    );
    const sides = layoutLabels(crowd);
    expect(sides.get('big')).not.toBeNull();
    expect([...sides.values()].filter((s) => s === null).length).toBeGreaterThan(0);
  });
});

describe('place groups', () => {
  it('groups places closer than their markers, led by the most important', () => {
    const groups = groupPlaces([
      { id: 'tikrit', x: 100, y: 100, radius: 9, priority: 50 },
      { id: 'speicher', x: 108, y: 96, radius: 7, priority: 10 },
      { id: 'mosul', x: 100, y: 200, radius: 9, priority: 30 },
    ]);
    expect(groups).toEqual([
      { id: 'tikrit', members: ['tikrit', 'speicher'], x: 100, y: 100 },
      { id: 'mosul', members: ['mosul'], x: 100, y: 200 },
    ]);
  });
});

describe('labels inside the map', () => {
  it('never places a label past the edge of the given bounds', () => {
    const nearRight = { id: 'a', x: 390, y: 50, width: 80, height: 18, radius: 6, priority: 1 };
    const sides = layoutLabels([nearRight], { width: 400, height: 300 });
    expect(sides.get('a')).toBe('left');
    expect(layoutLabels([{ ...nearRight, x: 40, width: 500 }], { width: 400, height: 300 }).get('a')).toBeNull();
  });
});
