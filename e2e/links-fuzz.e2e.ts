/** How many links: a few hundred in `npm test`; FUZZ_LINKS=2000 (or more) for a full run. */
const COUNT = Number(process.env.FUZZ_LINKS ?? 300);

/**
 * Links, however broken, leave the app working: generated links (broken dates, garbled
 * escapes, unknown ids, huge values, shared tours of random bytes) opened one after another in a
 * running page, and a sample of them loaded fresh. No page error, and the map still answers.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../geo/core/synthetic/prng';
import { LINK_KEYS as KEYS, LINK_VALUES as VALUES } from '../src/test/broken-links';
import { launch, openPage, ready } from './harness';

function links(n: number): string[] {
  const random = prng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const noise = () => Array.from({ length: Math.floor(random() * 12) }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
  return Array.from({ length: n }, () => {
    const parts = Array.from(
      { length: 1 + Math.floor(random() * 5) },
      () => `${pick(KEYS)}=${random() < 0.7 ? pick(VALUES) : encodeURIComponent(noise())}`,
    );
    return `#${parts.join('&')}`;
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe(`${COUNT.toLocaleString('en')} broken links`, () => {
  it('opened in a running page: no page error, and the map still answers', async () => {
    const w = await openPage(browser, '');
    await ready(w.page);
    const all = links(COUNT);
    for (let i = 0; i < all.length; i += 100) {
      await w.page.evaluate(
        async (batch) => {
          for (const hash of batch) {
            location.hash = hash;
            await new Promise((r) => setTimeout(r, 0));
          }
        },
        all.slice(i, i + 100),
      );
    }
    await w.page.evaluate(() => (location.hash = '#t=2014-09-30'));
    await expect.poll(() => w.page.locator('.timeline-date strong').textContent()).toBe('Events up to 30 September 2014');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('loaded fresh (a sample): each opens the map or the handout it names, with a notice at most', { timeout: 120_000 }, async () => {
    const errors: string[] = [];
    for (const hash of links(COUNT).filter((_, i) => i % Math.ceil(COUNT / 6) === 0)) {
      const w = await openPage(browser, hash);
      await w.page.waitForSelector('.leaflet-marker-icon[aria-label], .handout', { timeout: 15_000 });
      errors.push(...w.consoleErrors.map((e) => `${hash}: ${e}`));
      await w.context.close();
    }
    expect(errors).toEqual([]);
  });
});
