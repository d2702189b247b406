import { describe, expect, it } from 'vitest';
import { markGroups, numbersOnly, pinLabel, runs, type Pin } from './locator-marks';

const identity = (lngLat: [number, number]): [number, number] => [lngLat[0], lngLat[1]];
const size = (area: boolean) => (area ? 10 : 4);
const pin = (n: number, x: number, name: string, area = false): Pin => ({ n, lngLat: [x, 0], name, area });

describe('locator marks', () => {
  it('writes numbers as runs', () => {
    expect(runs([14, 10, 11, 12])).toBe('10–12, 14');
    expect(runs([3])).toBe('3');
  });

  it('gives the rows at one place one mark, labelled with all their numbers', () => {
    const marks = markGroups([pin(1, 0, 'Tikrit'), pin(2, 100, 'Mosul'), pin(3, 0, 'Tikrit')], identity, size, 2);
    expect(marks.map(pinLabel)).toEqual(['1, 3 Tikrit', '2 Mosul']);
  });

  it('merges places whose marks would touch, naming each', () => {
    const marks = markGroups([pin(4, 3, 'Camp Speicher'), pin(10, 0, 'Tikrit'), pin(2, 50, 'Mosul')], identity, size, 2);
    expect(marks.map(pinLabel)).toEqual(['2 Mosul', '4 Camp Speicher · 10 Tikrit']);
    expect(marks[1]).toMatchObject({ x: 3, first: 4 });
    expect(numbersOnly(marks[1])).toBe('4 · 10');
  });

  it('merges a pin into a country’s ring when they would touch, and not when they would not', () => {
    expect(markGroups([pin(1, 0, 'Iraq', true), pin(2, 15, 'Baghdad')], identity, size, 2)).toHaveLength(1);
    expect(markGroups([pin(1, 0, 'Iraq', true), pin(2, 17, 'Baghdad')], identity, size, 2)).toHaveLength(2);
  });

  it('keeps a mark an area only when all its places are areas', () => {
    const marks = markGroups([pin(1, 0, 'Iraq', true), pin(2, 1, 'Baghdad')], identity, size, 2);
    expect(marks[0].area).toBe(false);
  });
});
