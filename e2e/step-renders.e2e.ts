/**
 * A step of the time slider renders no React component: the canvas, the markers' counts, the
 * timeline's veil and the "N of M shown" line change in place, from a store subscription. Only
 * once the slider settles do the panel's lists follow (one commit, the panel alone).
 * Counted in the production build through React's DevTools hook (e2e/render-count.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticMap } from '../geo/core/synthetic/synthetic';
import { BASE_URL, launch, openPage, ready } from './harness';
import { countRenders, renders } from './render-count';

/** How long the panel waits for the slider to stop (src/step/step.ts). */
const SETTLE_MS = 120;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Steps to the next ("]") or previous ("[") event's day, each after a frame, faster than the panel settles. */
async function stepQuickly(page: Page, key: 'BracketRight' | 'BracketLeft', steps: number): Promise<number[]> {
  return page.evaluate(
    ([n, key]) =>
      new Promise<number[]>((done) => {
        let left = n as number;
        const gaps: number[] = [];
        let last = performance.now();
        const one = () => {
          gaps.push(Math.round(performance.now() - last));
          last = performance.now();
          if (left-- === 0) return done(gaps);
          window.dispatchEvent(
            new KeyboardEvent('keydown', { key: key === 'BracketRight' ? ']' : '[', code: key as string, bubbles: true }),
          );
          requestAnimationFrame(() => setTimeout(one, 0));
        };
        one();
      }),
    [steps, key],
  );
}

const countLine = (page: Page) => page.locator('.timeline-count').textContent();
/** Where the veil stands (an animation held still places it: its style does not change). */
const veil = (page: Page) =>
  page
    .locator('.timeline-future')
    .last()
    .evaluate((el) => Math.round(el.getBoundingClientRect().left));

async function check(page: Page, label: string, steps: number): Promise<void> {
  await ready(page);
  // Let the first renders, the basemap and the panel settle.
  await page.waitForTimeout(800);
  await renders(page);
  for (const [mode, key] of [
    ['forward', 'BracketRight'],
    ['back', 'BracketLeft'],
  ] as const) {
    const before = { count: await countLine(page), veil: await veil(page) };
    await renders(page);
    const gaps = await stepQuickly(page, key, steps);
    const during = await renders(page);
    console.log(
      `${label}, ${steps} steps ${mode}: ${during.commits} React commits`,
      during.rendered,
      `ms between steps: ${gaps.join(' ')}`,
    );
    // Everything a step shows has changed…
    expect(await countLine(page)).not.toBe(before.count);
    expect(await veil(page)).not.toBe(before.veil);
    // …and React rendered nothing. (On a busy machine a step may take longer than the panel
    // waits for the slider to settle: the panel may then follow, and nothing else.)
    const settledMeanwhile = gaps.filter((ms) => ms >= SETTLE_MS - 20).length;
    expect(during.commits).toBeLessThanOrEqual(settledMeanwhile);
    if (settledMeanwhile === 0) expect(during.rendered).toEqual({});
    for (const name of Object.keys(during.rendered)) expect(name).not.toMatch(/map|leaflet|timeline/);
    // Once the slider settles, the panel's lists follow: the panel and its lists, nothing else.
    await page.waitForTimeout(400);
    const settled = await renders(page);
    console.log(`${label}, settled: ${settled.commits} commits`, settled.rendered);
    expect(settled.commits).toBeLessThanOrEqual(2);
    for (const name of Object.keys(settled.rendered)) expect(name).not.toMatch(/map|leaflet|timeline/);
  }
}

describe('a slider step renders no React', () => {
  it('on the four-report map (a marker per place)', async () => {
    const w = await openPage(browser, 'about:blank');
    await countRenders(w.page);
    // Twelve days with events after the first: ten steps forward, ten back.
    await w.page.goto(`${BASE_URL}#t=2014-06-01`);
    await check(w.page, 'four reports', 10);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('on a map of 10,000 events (places on a canvas)', async () => {
    const w = await openPage(browser, 'about:blank');
    await countRenders(w.page);
    const map = JSON.stringify(syntheticMap({ events: 10_000, places: 500 }));
    await w.page.route('**/data/map.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: map }));
    await w.page.goto(`${BASE_URL}#t=2014-06-30`);
    await check(w.page, '10,000 events', 30);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
