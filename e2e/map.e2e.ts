import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot } from './harness';
import { overlapping, settledLabels } from './labels';

const SIX = ['Tikrit', 'Amerli', 'Raqqa', 'Abu Kamal', 'Tal Afar', 'Mosul'];

describe('the map on its offline basemap', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console errors, no failed requests and nothing but the local server', async () => {
    const w = await openPage(browser);
    await ready(w.page);
    await w.page.waitForLoadState('networkidle');
    expect(w.consoleErrors).toEqual([]);
    expect(w.failedRequests).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('shows the six places of the reports, each with a visible label that covers no other', async () => {
    const w = await openPage(browser);
    await ready(w.page);
    const boxes = [];
    for (const name of SIX) {
      const marker = w.page.locator(`.leaflet-marker-icon[aria-label^="${name}"]`);
      await expect(marker.count(), `${name} has a marker`).resolves.toBe(1);
      const label = marker.locator('.place-label');
      expect(await label.textContent(), `${name} is labelled`).toMatch(new RegExp(`^${name}( \\+\\d+)?$`));
      expect(await label.isVisible()).toBe(true);
      boxes.push({ name, box: (await label.boundingBox())! });
    }
    const all = await w.page
      .locator('.place-label')
      .evaluateAll((els) => els.map((e) => ({ name: e.textContent, ...e.getBoundingClientRect().toJSON() })));
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i], all[j]];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${a.name} and ${b.name} overlap`).toBe(false);
      }
    }
    // Nor does any basemap name (country, river) cover a place's label or another name.
    expect(overlapping(await settledLabels(w.page))).toEqual([]);
    await shot(w.page, 'map-first-view');
    await w.context.close();
  });

  it('draws land, sea, borders and rivers (pixels of each colour are on screen)', async () => {
    const w = await openPage(browser);
    await ready(w.page);
    // Leaflet draws the canvas on a later animation frame: wait until it holds land.
    await w.page.waitForFunction(() => {
      const c = document.querySelector('.leaflet-overlay-pane canvas') as HTMLCanvasElement | null;
      if (!c) return false;
      const d = c.getContext('2d')!.getImageData(c.width >> 1, c.height >> 1, 1, 1).data;
      return d[3] > 0;
    });
    const colours = await w.page.evaluate(() => {
      const canvas = document.querySelector('.leaflet-overlay-pane canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
      return [...seen];
    });
    const near = (rgb: [number, number, number]) =>
      colours.some((c) => {
        const [r, g, b, a] = c.split(',').map(Number);
        return a > 200 && Math.abs(r - rgb[0]) < 14 && Math.abs(g - rgb[1]) < 14 && Math.abs(b - rgb[2]) < 14;
      });
    expect(near([0xf6, 0xf2, 0xe7]), 'land').toBe(true);
    expect(near([0x4f, 0x93, 0xc2]), 'named rivers').toBe(true);
    expect(near([0x9c, 0x7f, 0x92]), 'borders').toBe(true);
    await w.context.close();
  });
});
