/**
 * Maps of anywhere: ACLED-style CSVs of events in five regions of the world and one around the
 * antimeridian, imported as a reader would. At first view every event's marker is inside the map
 * over drawn land, with its country named; the seven-city file of the issue shows all seven at once,
 * and its actors are filters with colours of their own. Screenshots go to e2e/artifacts/.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openPage, ready, shot } from './harness';

const HEADER = 'event_id_cnty,event_date,time_precision,actor1,inter1,actor2,inter2,location,latitude,longitude,geo_precision,source,notes';

interface City {
  name: string;
  lng: number;
  lat: number;
}

/** One event a city, on consecutive days, with two actors each. */
function csv(code: string, cities: readonly City[], actors: readonly [string, string, string][]): string {
  const rows = cities.map((c, i) => {
    const [a1, inter, a2] = actors[i % actors.length];
    const day = String(10 + i).padStart(2, '0');
    return `${code}${i + 1},${day} May 2024,1,${a1},${inter},${a2},7,${c.name},${c.lat},${c.lng},1,Test Wire,"Clashes were reported in ${c.name}."`;
  });
  return [HEADER, ...rows].join('\n');
}

const REGIONS = [
  {
    region: 'East Africa',
    country: 'SUDAN',
    cities: [
      { name: 'Khartoum', lng: 32.5599, lat: 15.5007 },
      { name: 'El Fasher', lng: 25.3494, lat: 13.6279 },
      { name: 'Kassala', lng: 36.4, lat: 15.45 },
    ],
  },
  {
    region: 'Eastern Europe',
    country: 'UKRAINE',
    cities: [
      { name: 'Kharkiv', lng: 36.2304, lat: 49.9935 },
      { name: 'Kyiv', lng: 30.5234, lat: 50.4501 },
      { name: 'Dnipro', lng: 35.0462, lat: 48.4647 },
    ],
  },
  {
    region: 'South America',
    country: 'PERU',
    cities: [
      { name: 'Lima', lng: -77.0428, lat: -12.0464 },
      { name: 'Cusco', lng: -71.9675, lat: -13.532 },
      { name: 'Huancayo', lng: -75.2049, lat: -12.0651 },
    ],
  },
  {
    region: 'South-East Asia',
    country: 'MYANMAR',
    cities: [
      { name: 'Yangon', lng: 96.1951, lat: 16.8661 },
      { name: 'Mandalay', lng: 96.0891, lat: 21.9588 },
      { name: 'Naypyidaw', lng: 96.13, lat: 19.75 },
    ],
  },
  {
    region: 'Oceania',
    country: 'NEW ZEALAND',
    cities: [
      { name: 'Christchurch', lng: 172.6362, lat: -43.5321 },
      { name: 'Wellington', lng: 174.7762, lat: -41.2865 },
      { name: 'Hamilton', lng: 175.2793, lat: -37.787 },
    ],
  },
] as const;

const ACTORS: [string, string, string][] = [
  ['Rapid Support Forces', '2', 'Civilians'],
  ['Military Forces of State (2020-)', '1', 'Civilians'],
  ['Unidentified Armed Group', '3', 'Civilians'],
];

const SEVEN: City[] = [
  { name: 'Khartoum', lng: 32.5599, lat: 15.5007 },
  { name: 'El Fasher', lng: 25.3494, lat: 13.6279 },
  { name: 'Kharkiv', lng: 36.2304, lat: 49.9935 },
  { name: 'Lima', lng: -77.0428, lat: -12.0464 },
  { name: 'Yangon', lng: 96.1951, lat: 16.8661 },
  { name: 'Durban', lng: 31.0218, lat: -29.8587 },
  { name: 'Christchurch', lng: 172.6362, lat: -43.5321 },
];

const PACIFIC: City[] = [
  { name: 'Suva', lng: 178.4419, lat: -18.1416 },
  { name: 'Apia', lng: -171.7513, lat: -13.8333 },
  { name: 'Nukualofa', lng: -175.2018, lat: -21.1394 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Imports a CSV through the Maps dialog and waits for its map. */
async function importCsv(page: Page, name: string, text: string): Promise<void> {
  const file = `${ARTIFACTS}${name}`;
  writeFileSync(file, text);
  await page.getByRole('button', { name: 'Maps' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('dialog', { name: 'Maps' }).getByRole('button', { name: 'Open a file…' }).click(),
  ]);
  await chooser.setFiles(file);
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
  await ready(page);
  await page.waitForFunction(() => performance.getEntriesByName('basemap-world').length > 0, null, { timeout: 15_000 });
  await page.waitForTimeout(300);
}

/** The markers named after the cities, with their centres on screen and whether each lies inside the map. */
function markers(page: Page, names: readonly string[]) {
  return page.evaluate((names) => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    return names.map((name) => {
      const el = [...document.querySelectorAll('.leaflet-marker-icon[aria-label]')].find((m) =>
        // A marker shared with a nearby place names both ("El Fasher +1 — El Fasher, Khartoum: …").
        m.getAttribute('aria-label')!.includes(name),
      );
      if (!el) return { name, found: false, inside: false, x: 0, y: 0 };
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return { name, found: true, inside: x > map.left && x < map.right && y > map.top && y < map.bottom, x, y };
    });
  }, names);
}

/** The share of land-coloured pixels of the world's canvas in a box around a point on screen. */
function landAround(page: Page, x: number, y: number, half = 10): Promise<number> {
  return page.evaluate(
    ({ x, y, half }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-world-pane canvas')!;
      const r = canvas.getBoundingClientRect();
      const scale = canvas.width / r.width;
      const data = canvas
        .getContext('2d')!
        .getImageData((x - r.left - half) * scale, (y - r.top - half) * scale, 2 * half * scale, 2 * half * scale).data;
      let land = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i] - 0xf6) <= 3 && Math.abs(data[i + 1] - 0xf2) <= 3 && Math.abs(data[i + 2] - 0xe7) <= 3) land++;
      return land / (data.length / 4);
    },
    { x, y, half },
  );
}

/** The country's name is shown inside the map (not merely laid out past its edge). */
const countryNamed = (page: Page, country: string) =>
  page.evaluate((country) => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    return [...document.querySelectorAll('.leaflet-basemap-world-labels-pane .country-label span')].some((el) => {
      const r = el.getBoundingClientRect();
      return (
        el.textContent === country &&
        el.checkVisibility({ visibilityProperty: true }) &&
        r.left >= map.left &&
        r.right <= map.right &&
        r.top >= map.top &&
        r.bottom <= map.bottom
      );
    });
  }, country);

describe('maps of anywhere, at first view', () => {
  for (const size of [
    { name: 'laptop', width: 1366, height: 768 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it.each(REGIONS)(`${size.name}: $region — every marker in view over land, the country named`, async ({ region, country, cities }) => {
      const w = await openPage(browser, '', { viewport: size });
      await ready(w.page);
      await importCsv(w.page, `region-${region.replace(/\W+/g, '-').toLowerCase()}.csv`, csv('R', cities, ACTORS));
      for (const m of await markers(
        w.page,
        cities.map((c) => c.name),
      )) {
        expect(m.found, `${m.name} has a marker`).toBe(true);
        expect(m.inside, `${m.name} is in view`).toBe(true);
        expect(await landAround(w.page, m.x, m.y), `land under ${m.name}`).toBeGreaterThan(0.15);
      }
      // A country's name sits at the middle of its widest part: a close first view (New Zealand's
      // North Island and Christchurch) may leave it past the edge; one zoom out shows it.
      if (!(await countryNamed(w.page, country))) await w.page.locator('.leaflet-control-zoom-out').click();
      await expect.poll(() => countryNamed(w.page, country), { message: `${country} is named` }).toBe(true);
      await shot(w.page, `world-region-${size.name}-${region.replace(/\W+/g, '-').toLowerCase()}`);
      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
      await w.context.close();
    });
  }

  it('the seven cities of five continents: all seven at first view, and their actors filters with colours of their own', async () => {
    const w = await openPage(browser, '', { viewport: { width: 1366, height: 768 } });
    await ready(w.page);
    await importCsv(w.page, 'seven-cities.csv', csv('S', SEVEN, ACTORS));
    await expect
      .poll(
        async () =>
          (
            await markers(
              w.page,
              SEVEN.map((c) => c.name),
            )
          )
            .filter((m) => !m.inside)
            .map((m) => m.name),
        { message: 'every city in view' },
      )
      .toEqual([]);
    // Nothing is off the view, so nothing is "Elsewhere".
    expect(await w.page.locator('.elsewhere').count()).toBe(0);
    await shot(w.page, 'world-seven-cities');
    await w.page.locator('.filters summary').click();
    const colours: string[] = [];
    for (const actor of ['Rapid Support Forces', 'Military Forces of State (2020-)', 'Unidentified Armed Group']) {
      const chip = w.page.locator('.filters label.chip', { hasText: actor });
      await expect.poll(() => chip.count()).toBe(1);
      colours.push(await chip.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor));
    }
    expect(new Set(colours).size).toBe(3);
    await w.page.locator('.filters label.chip', { hasText: 'Rapid Support Forces' }).locator('input').check();
    await expect.poll(() => w.page.evaluate(() => location.hash)).toMatch(/fa=rapid-support-forces/);
    await shot(w.page, 'world-seven-cities-filters');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('around the antimeridian (Fiji, Samoa, Tonga): one map across it, west to east in order', async () => {
    const w = await openPage(browser, '', { viewport: { width: 1366, height: 768 } });
    await ready(w.page);
    await importCsv(w.page, 'pacific.csv', csv('P', PACIFIC, ACTORS));
    const [suva, apia, tonga] = await markers(
      w.page,
      PACIFIC.map((c) => c.name),
    );
    for (const m of [suva, apia, tonga]) expect(m.inside, `${m.name} is in view`).toBe(true);
    // Across the line, not around the world: Samoa and Tonga lie east of Fiji, and close to it.
    expect(apia.x).toBeGreaterThan(suva.x);
    expect(tonga.x).toBeGreaterThan(suva.x);
    expect(apia.x - suva.x).toBeLessThan(1366 / 2);
    expect(await landAround(w.page, suva.x, suva.y, 14), 'land at Suva').toBeGreaterThan(0.05);
    await shot(w.page, 'world-antimeridian');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
