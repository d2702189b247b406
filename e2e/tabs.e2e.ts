/**
 * Two tabs of the app open at once, each editing the reader's tours: nothing either makes is lost,
 * and each tab shows the other's tours as soon as they are saved.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, ready } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stored = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    (JSON.parse(localStorage.getItem('according-to.my-tours.v1') ?? '[]') as { title: string }[]).map((t) => t.title).sort(),
  );

describe('two tabs editing tours', () => {
  it('a new tour in one tab survives a rename in the other, and both tabs list both', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const a = await context.newPage();
    const b = await context.newPage();
    const errors: string[] = [];
    for (const p of [a, b]) p.on('pageerror', (e) => errors.push(String(e)));
    // Tab A makes a first tour; tab B opens afterwards and sees it.
    await a.goto(`${BASE_URL}#e=amerli-siege-broken&tab=tours`);
    await ready(a);
    await a.getByRole('button', { name: 'New tour from the selected event' }).click();
    await a.locator('.tour.mine').getByLabel('Title').fill('First');
    await b.goto(`${BASE_URL}#e=raqqa-strike&tab=tours`);
    await ready(b);
    await expect.poll(() => b.locator('.tour.mine').count()).toBe(1);
    // A makes a second tour; B, which read the storage before it, renames the first.
    await a.bringToFront();
    await a.getByRole('button', { name: 'New tour from the selected event' }).click();
    await a.locator('.tour.mine').last().getByLabel('Title').fill('Second, from tab A');
    await b.bringToFront();
    await b.locator('.tour.mine').first().getByLabel('Title').fill('First, renamed in tab B');
    await expect.poll(() => stored(a)).toEqual(['First, renamed in tab B', 'Second, from tab A']);
    // Each tab lists both (the storage event, or the merge on save).
    await expect.poll(() => a.locator('.tour.mine').count()).toBe(2);
    await expect.poll(() => b.locator('.tour.mine').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the address names the map on screen', () => {
  it('a link edited to name another map opens that map (or says why not), in the running tab', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${BASE_URL}#e=raqqa-strike`);
    await ready(page);
    await page.evaluate(() => (location.hash = '#m=c-not-kept-here'));
    await expect
      .poll(
        () =>
          page
            .locator('.notice')
            .innerText()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toMatch(/not in this browser/);
    await ready(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
