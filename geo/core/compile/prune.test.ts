import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import { checkMapIntegrity } from '../check/map-integrity.ts';
import { pruneDangling } from './prune.ts';

const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;

describe('pruneDangling: the good rows, and what stands without the others', () => {
  it('leaves a sound map as it is', () => {
    const { map, dropped } = pruneDangling(real);
    expect(dropped).toEqual({});
    expect(map.claims).toHaveLength(real.claims.length);
  });

  it('drops a claim whose asserter is gone, the relations to it, and an event left without claims', () => {
    const broken = structuredClone(real);
    const lonely = broken.events.find((e) => broken.claims.filter((c) => c.event === e.id).length === 1)!;
    const claim = broken.claims.find((c) => c.event === lonely.id)!;
    claim.asserters = [...claim.asserters.slice(0, -1), 'gone'];
    const { map, dropped } = pruneDangling(broken);
    expect(map.claims.find((c) => c.id === claim.id)).toBeUndefined();
    expect(map.events.find((e) => e.id === lonely.id)).toBeUndefined();
    expect(map.relations.some((r) => r.from === claim.id || r.to === claim.id)).toBe(false);
    expect(dropped.claims).toBe(1);
    expect(checkMapIntegrity(map)).toEqual([]);
    expect(map.meta.counts.claims).toBe(real.claims.length - 1);
  });
});
