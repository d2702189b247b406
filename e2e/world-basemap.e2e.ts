/**
 * The world basemap: land and country names far beyond the reports' region (Lima, Durban,
 * Christchurch, Yangon and the land east of it), from the site and from the single file over
 * file://, with no console error; and no seam where the detail region meets the world.
 * Screenshots on a phone, a projector and a laptop go to e2e/artifacts/ to be looked at.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot } from './harness';

const SINGLE = pathToFileURL(new URL('../dist-single/index.html', import.meta.url).pathname).toString();
const LAND: [number, number, number] = [0xf6, 0xf2, 0xe7];

/** Places far from the region, with the country the world layer names there. */
const CITIES = [
  { name: 'Lima', lngLat: [-77.03, -12.05], country: 'PERU' },
  { name: 'Durban', lngLat: [31.02, -29.86], country: 'SOUTH AFRICA' },
  { name: 'Christchurch', lngLat: [172.64, -43.53], country: 'NEW ZEALAND' },
  { name: 'Yangon', lngLat: [96.16, 16.84], country: 'MYANMAR' },
  // East of Yangon, where the old basemap had no land.
  { name: 'Bangkok', lngLat: [100.5, 13.75], country: 'THAILAND' },
] as const;
const ZOOM = 6;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function worldDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('basemap-world').length > 0, null, { timeout: 15_000 });
}

/**
 * The basemap as the reader sees it, composed from the world's and the region's canvases in
 * their order; returns the share of pixels of land colour in a box around a point on screen.
 */
function landShare(page: Page, x: number, y: number, half: number, land = LAND): Promise<number> {
  return page.evaluate(
    ({ x, y, half, land }) => {
      const container = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      const out = document.createElement('canvas');
      out.width = container.width;
      out.height = container.height;
      const ctx = out.getContext('2d')!;
      for (const selector of ['.leaflet-basemap-world-pane canvas', '.leaflet-overlay-pane canvas']) {
        const canvas = document.querySelector<HTMLCanvasElement>(selector);
        if (!canvas) continue;
        const r = canvas.getBoundingClientRect();
        ctx.drawImage(canvas, r.left - container.left, r.top - container.top, r.width, r.height);
      }
      const { data } = ctx.getImageData(x - half, y - half, 2 * half + 1, 2 * half + 1);
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - land[0]) <= 3 && Math.abs(data[i + 1] - land[1]) <= 3 && Math.abs(data[i + 2] - land[2]) <= 3) hits++;
      }
      return hits / (data.length / 4);
    },
    { x, y, half, land },
  );
}

/** Where a place is on screen when the map is centred on `center` at `zoom` (Web Mercator). */
function offset(center: readonly number[], lngLat: readonly number[], zoom: number): [number, number] {
  const project = ([lng, lat]: readonly number[]) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return [((lng + 180) / 360) * 256 * 2 ** zoom, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256 * 2 ** zoom];
  };
  const [a, b] = [project(center), project(lngLat)];
  return [b[0] - a[0], b[1] - a[1]];
}

async function mapCentre(page: Page): Promise<[number, number]> {
  const box = (await page.locator('.leaflet-container').boundingBox())!;
  return [box.width / 2, box.height / 2];
}

/** Where a place is on screen: the map may not centre on it (panning stops at the world's edge). */
async function onScreen(page: Page, lngLat: readonly number[], zoom: number): Promise<[number, number]> {
  // The link says where the map is centred (TrackMapView keeps it up to date).
  await expect.poll(() => page.evaluate(() => /map=/.test(location.hash))).toBe(true);
  const [lat, lng] = await page.evaluate(() => /map=([-\d.]+),([-\d.]+)/.exec(location.hash)!.slice(1).map(Number));
  const [cx, cy] = await mapCentre(page);
  const [dx, dy] = offset([lng, lat], lngLat, zoom);
  return [cx + dx, cy + dy];
}

describe.each([
  ['the site', ''],
  ['the single file over file://', SINGLE],
])('the world basemap, from %s', (_, base) => {
  it.each(CITIES.filter((c) => c.name !== 'Bangkok'))('draws land and names the country at $name', async (city) => {
    if (base) expect(existsSync(new URL(base)), 'npx vite build --mode single writes dist-single/index.html').toBe(true);
    const [lng, lat] = city.lngLat;
    const w = await openPage(browser, `${base}#map=${lat},${lng},${ZOOM}`, {
      viewport: { width: 1366, height: 768 },
      ...(base ? { base } : {}),
    });
    await ready(w.page);
    await worldDrawn(w.page);
    const [cx, cy] = await onScreen(w.page, city.lngLat, ZOOM);
    // The city may sit on the coast: land within about 15 km of it (6 px at zoom 6).
    expect(await landShare(w.page, cx, cy, 6), `land at ${city.name}`).toBeGreaterThan(0.2);
    const label = w.page.locator('.leaflet-basemap-world-labels-pane .country-label span', { hasText: new RegExp(`^${city.country}$`) });
    await expect.poll(() => label.isVisible(), { message: `${city.country} is named` }).toBe(true);
    if (city.name === 'Yangon') {
      const bangkok = CITIES.find((c) => c.name === 'Bangkok')!;
      const [bx, by] = await onScreen(w.page, bangkok.lngLat, ZOOM);
      expect(await landShare(w.page, bx, by, 6), 'land east of Yangon, at Bangkok').toBeGreaterThan(0.5);
    }
    expect(w.consoleErrors).toEqual([]);
    expect(w.failedRequests).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});

describe('where the detail region meets the world', () => {
  // The region's box is lng 30–52, lat 26–41.5 (geo/basemap/region.ts). Over land on both sides
  // of its edges, the land is one colour: no lighter or darker line shows the box.
  it.each([
    { edge: 'west, in Turkey', center: [30, 39.2], across: 'x' },
    { edge: 'south, in Saudi Arabia', center: [42, 26], across: 'y' },
  ] as const)('shows no seam on its $edge edge', async ({ center, across }) => {
    const w = await openPage(browser, `#map=${center[1]},${center[0]},7`, { viewport: { width: 1024, height: 768 } });
    await ready(w.page);
    await worldDrawn(w.page);
    const [cx, cy] = await onScreen(w.page, center, 7);
    // A strip 3 px across the edge and 40 px along it, on both sides of the edge.
    for (const step of [-2, 0, 2]) {
      const [x, y] = across === 'x' ? [cx + step, cy] : [cx, cy + step];
      expect(await landShare(w.page, x, y, 1), `land across the edge at ${step} px`).toBeGreaterThan(0.95);
    }
    await w.context.close();
  });
});

describe('screenshots of the world basemap', () => {
  it.each([
    { device: 'phone', viewport: { width: 390, height: 844 } },
    { device: 'projector', viewport: { width: 1024, height: 768 } },
    { device: 'laptop', viewport: { width: 1366, height: 768 } },
  ])('first view and the world on a $device', async ({ device, viewport }) => {
    const first = await openPage(browser, '', { viewport });
    await ready(first.page);
    await worldDrawn(first.page);
    await shot(first.page, `world-basemap-${device}-first-view`);
    await first.context.close();
    const world = await openPage(browser, '#map=10,20,3', { viewport });
    await ready(world.page);
    await worldDrawn(world.page);
    await shot(world.page, `world-basemap-${device}-world`);
    expect(first.consoleErrors).toEqual([]);
    expect(world.consoleErrors).toEqual([]);
    await world.context.close();
  });
});
