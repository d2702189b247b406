/**
 * mulberry32: a small, fast seeded PRNG with a 32-bit state; plenty for test and benchmark data.
 * Generators use it instead of Math.random, so the same seed gives the same bytes and a failing
 * run can be repeated.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
