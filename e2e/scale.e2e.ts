/**
 * A large map in the browser: 10,000 synthetic events over 500 places (the format the build
 * writes, served as the site's map). The places are circles on one canvas with names for the
 * busiest, the timeline is a density strip, lists are virtual or paged, and a step updates it all.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticMap } from '../geo/core/synthetic/synthetic';
import { BASE_URL, launch, openPage, ready, shot } from './harness';

const MAP = JSON.stringify(syntheticMap({ events: 10_000, places: 500 }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const count = async (page: Page) =>
  Number(((await page.locator('.timeline-count').textContent()) ?? '').split(' of ')[0].replace(/,/g, ''));

describe('a map of 10,000 events', () => {
  it('draws places on a canvas, names the busiest, and a step moves counts and circles', async () => {
    const w = await openPage(browser, 'about:blank');
    await w.page.route('**/data/map.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: MAP }));
    await w.page.goto(`${BASE_URL}#t=2014-06-30`);
    await ready(w.page);
    expect(await w.page.locator('canvas.event-canvas').count()).toBe(1);
    const named = await w.page.locator('.leaflet-marker-icon[aria-label]').count();
    expect(named).toBeGreaterThan(3);
    expect(named).toBeLessThanOrEqual(24);
    expect(await w.page.locator('.density').count()).toBe(1);
    const before = await count(w.page);
    const pixels = () =>
      w.page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('canvas.event-canvas')!;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
        return painted;
      });
    const drawn = await pixels();
    expect(drawn).toBeGreaterThan(0);
    await w.page.getByRole('slider', { name: 'Show events up to' }).focus();
    for (let i = 0; i < 40; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => count(w.page)).toBeGreaterThan(before);
    await expect.poll(pixels).toBeGreaterThan(drawn);
    await shot(w.page, 'scale-10k');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('lists stay short: a virtual event list, a paged table, a searchable places index', async () => {
    const w = await openPage(browser, 'about:blank');
    await w.page.route('**/data/map.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: MAP }));
    await w.page.goto(BASE_URL);
    await ready(w.page);
    expect(await w.page.locator('.event-list-scroll li').count()).toBeLessThan(60);
    await w.page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => w.page.locator('.table-view tbody tr').count()).toBe(100);
    expect(await w.page.locator('.table-pager').first().textContent()).toMatch(/Rows 1–100 of 10,000/);
    await w.page
      .locator('.table-pager')
      .first()
      .getByRole('button', { name: /Next 100/ })
      .click();
    expect(await w.page.locator('.table-pager').first().textContent()).toMatch(/Rows 101–200/);
    await w.page.getByRole('tab', { name: 'Places' }).click();
    expect(await w.page.locator('.place-index li').count()).toBe(100);
    await w.page.getByRole('searchbox', { name: /Find a place/ }).fill('Tal Hamra');
    await expect.poll(() => w.page.locator('.place-index li').count()).toBeLessThan(100);
    await w.page.locator('.place-index button').first().click();
    await expect.poll(() => w.page.locator('#place-title').textContent()).toMatch(/Tal Hamra/);
    await w.context.close();
  });
});
