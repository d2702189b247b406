/**
 * The app's own data path, fuzzed as links are: maps with the right shape and a wrong meaning
 * (src/test/wrong-meaning.ts, made from the real map) served as the site's map.json, and a server
 * that never answers. Each load ends in a working map or the clear error screen — never a blank
 * page, never a page error.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapData } from '../geo/core/model/contract';
import { wrongMeaningCases } from '../src/test/wrong-meaning';
import { BASE_URL, launch, shot } from './harness';

const map = JSON.parse(readFileSync(new URL('../public/data/map.json', import.meta.url), 'utf8')) as MapData;
const basemap = JSON.parse(readFileSync(new URL('../public/data/basemap.geojson', import.meta.url), 'utf8')) as { features: unknown[] };
const all = wrongMeaningCases(map, basemap);
// Every basemap case, and an even sample of the rest (the unit fuzz runs them all).
const STRIDE = 6;
const sample = all.filter((c, i) => c.basemap || i % STRIDE === 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('wrong-meaning maps served as the site’s data', () => {
  it(`end in the map or the clear error screen, never a blank page (${sample.length} of ${all.length} cases)`, async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    let current = sample[0];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${current.name}: ${e}`));
    await page.route('**/data/map.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(current.map) }));
    await page.route('**/data/basemap.geojson', (route) =>
      current.basemap ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(current.basemap) }) : route.fallback(),
    );
    const outcomes = { map: 0, error: 0, blank: 0 };
    for (const c of sample) {
      current = c;
      await page.goto(`${BASE_URL}?case=${encodeURIComponent(c.name)}`);
      const shown = await Promise.race([
        page.waitForSelector('.leaflet-marker-icon[aria-label]', { timeout: 15_000 }).then(() => 'map' as const),
        page.waitForSelector('.app-error[role="alert"]', { timeout: 15_000 }).then(() => 'error' as const),
      ]).catch(() => 'blank' as const);
      expect(shown, c.name).not.toBe('blank');
      if (shown === 'error') expect(await page.locator('.app-error').innerText(), c.name).toMatch(/is damaged/);
      outcomes[shown]++;
    }
    expect(errors).toEqual([]);
    expect(outcomes.error).toBeGreaterThan(sample.length * 0.8);
    await context.close();
  }, 600_000);
});

describe('a server that does not answer', () => {
  it('gets a message after a while, and a retry that works once the server is back', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    let answer = false;
    await page.route('**/data/map.json', (route) => (answer ? route.fallback() : undefined)); // never fulfilled: a stalled server
    await page.goto(BASE_URL);
    const alert = page.locator('.app-error[role="alert"]');
    await alert.waitFor({ timeout: 40_000 });
    const said = await alert.innerText();
    expect(said, said).toMatch(/does not answer/);
    await shot(page, 'load-server-silent');
    answer = true;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('.leaflet-marker-icon[aria-label]', { timeout: 20_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
