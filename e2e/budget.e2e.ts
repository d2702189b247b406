/**
 * The first visit's JavaScript (the entry chunk and what it imports statically, gzipped) stays
 * within its budget: measured on the build the browser tests serve (scripts/initial-js.ts).
 */
import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET, initialJs } from '../scripts/initial-js';

describe('the first visit', () => {
  it('downloads no more JavaScript than the budget allows', () => {
    const { total, chunks } = initialJs('dist');
    console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${chunks.length} chunks`);
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    // The studio, the import's readers, the map's check (zod) and the tours' checks load on demand.
    const names = chunks.map((c) => c.file).join(' ');
    expect(names).not.toMatch(/Studio|formats|check-map|schema|tour-file/);
  });
});
