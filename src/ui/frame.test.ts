import { describe, expect, it } from 'vitest';
import { frameOf, seamOf, unwrap } from './frame';

const at = (lng: number, lat: number, weight = 1) => ({ lngLat: [lng, lat] as const, weight });

describe('the first view, from the data', () => {
  it('frames the main group and leaves a few far events to "Elsewhere" (the four reports)', () => {
    const middleEast = [at(43.7, 34.6, 10), at(43.1, 36.3, 6), at(39.0, 35.9, 5), at(40.9, 34.5, 4), at(44.6, 34.7, 4), at(44.4, 33.3, 3)];
    const far = [at(-74.0, 40.7), at(-77.0, 38.9), at(-3.0, 51.6)];
    const frame = frameOf([...middleEast, ...far])!;
    expect(frame.seam).toBe(-180);
    expect(frame.outside).toEqual([6, 7, 8]);
    expect(frame.bbox).toEqual([39.0, 33.3, 44.6, 36.3]);
  });

  it('frames a place without events of its own when it lies near the others, never a far one', () => {
    const frame = frameOf([at(43.7, 34.6, 10), at(43.1, 36.3, 6), at(39.0, 35.9, 5), at(44.4, 33.3, 0), at(-77.0, 38.9, 0)])!;
    expect(frame.bbox).toEqual([39.0, 33.3, 44.4, 36.3]);
    expect(frame.outside).toEqual([4]);
  });

  it('frames every place when the events are spread (seven cities on five continents)', () => {
    const seven = [
      at(32.56, 15.5),
      at(25.35, 13.63),
      at(36.25, 49.99),
      at(-77.04, -12.05),
      at(96.16, 16.87),
      at(31.03, -29.86),
      at(172.64, -43.53),
    ];
    const frame = frameOf(seven)!;
    expect(frame.outside).toEqual([]);
    expect(frame.bbox[0]).toBeLessThanOrEqual(-77.04);
    expect(frame.bbox[2]).toBeGreaterThanOrEqual(172.64);
  });

  it('cuts the world at the antimeridian’s far side when the data lies around it (Fiji, Samoa, Kamchatka)', () => {
    const pacific = [at(178.44, -18.14), at(-171.76, -13.83), at(158.65, 53.02), at(-175.2, -21.14)];
    expect(seamOf(pacific.map((p) => p.lngLat[0]))).toBeLessThan(0);
    const frame = frameOf(pacific)!;
    expect(frame.bbox[0]).toBeCloseTo(158.65);
    expect(frame.bbox[2]).toBeCloseTo(-171.76 + 360);
    expect(frame.bbox[2] - frame.bbox[0]).toBeLessThan(40);
    expect(unwrap(-171.76, frame.seam)).toBeCloseTo(188.24);
    expect(unwrap(178.44, frame.seam)).toBeCloseTo(178.44);
  });

  it('keeps the usual world cut for data on one side of it', () => {
    expect(seamOf([10, 20, 30])).toBe(-180);
    expect(frameOf([at(10, 10)])!.bbox).toEqual([10, 10, 10, 10]);
    expect(frameOf([])).toBeNull();
  });
});
