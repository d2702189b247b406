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
/** The same map with an imported map's long titles (a headline, not a few words). */
const LONG = (() => {
  const map = syntheticMap({ events: 2_000, places: 20 });
  map.events.forEach((e, i) => {
    if (i % 3 === 0) e.title = `${e.title}, according to residents and two officials who spoke on condition of anonymity`;
  });
  return JSON.stringify(map);
})();

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

  for (const [viewport, lang] of [
    [{ width: 1280, height: 720 }, ''],
    [{ width: 390, height: 844 }, ''],
    [{ width: 1280, height: 720 }, 'ar'],
    [{ width: 390, height: 844 }, 'ar'],
  ] as const) {
    it(`the long list shows every title whole, its rows as tall as they need, at ${viewport.width} px ${lang}`, async () => {
      const w = await openPage(browser, 'about:blank', { viewport });
      await w.page.route('**/data/map.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: LONG }));
      await w.page.goto(`${BASE_URL}#tab=places${lang ? `&lang=${lang}` : ''}`);
      await ready(w.page);
      await w.page.locator('.place-index button').first().click();
      const list = w.page.locator('.event-list-scroll');
      await list.waitFor();
      const check = () =>
        list.evaluate((box) => {
          const view = box.getBoundingClientRect();
          const rows = [...box.querySelectorAll('li')]
            .map((li) => ({ li: li.getBoundingClientRect(), title: li.querySelector('.event-list-title')! }))
            .filter(({ li }) => li.bottom > view.top && li.top < view.bottom)
            .sort((a, b) => a.li.top - b.li.top);
          const cut = rows.filter(({ li, title }) => {
            const r = title.getBoundingClientRect();
            return (
              title.scrollHeight > title.clientHeight + 1 ||
              title.scrollWidth > title.clientWidth + 1 ||
              r.bottom > li.bottom + 1 ||
              r.top < li.top - 1
            );
          });
          const overlapping = rows.filter((r, i) => i > 0 && r.li.top < rows[i - 1].li.bottom - 1);
          return {
            rows: rows.length,
            cut: cut.length,
            overlapping: overlapping.length,
            tallest: Math.max(...rows.map((r) => r.li.height)),
          };
        });
      const first = await check();
      expect(first.rows).toBeGreaterThan(3);
      expect(first).toMatchObject({ cut: 0, overlapping: 0 });
      await shot(w.page, `scale-list-${viewport.width}${lang ? `-${lang}` : ''}`);
      // Further down, rows measured as they come into view.
      await list.evaluate((box) => (box.scrollTop = 5000));
      await w.page.waitForTimeout(200);
      expect(await check()).toMatchObject({ cut: 0, overlapping: 0 });
      await w.context.close();
    });
  }
});
