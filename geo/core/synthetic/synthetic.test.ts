import { describe, expect, it } from 'vitest';
import { syntheticMap } from './synthetic.ts';

describe('the synthetic map', () => {
  it('passes the shared checks and has what was asked for', () => {
    const map = syntheticMap({ events: 300, places: 40 });
    expect(map.events).toHaveLength(300);
    expect(map.claims).toHaveLength(300);
    expect(new Set(map.events.map((e) => e.place)).size).toBeLessThanOrEqual(40);
    for (const c of map.claims.slice(0, 50)) {
      const text = map.reports.find((r) => r.id === c.report)!.text;
      expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
    }
  });

  it('is the same for the same seed, and differs for another', () => {
    const a = JSON.stringify(syntheticMap({ events: 50, places: 10, seed: 7 }));
    expect(JSON.stringify(syntheticMap({ events: 50, places: 10, seed: 7 }))).toBe(a);
    expect(JSON.stringify(syntheticMap({ events: 50, places: 10, seed: 8 }))).not.toBe(a);
  });

  it('can give every place one event', () => {
    const map = syntheticMap({ events: 60, places: 60 });
    expect(new Set(map.events.map((e) => e.place)).size).toBe(60);
  });
});
