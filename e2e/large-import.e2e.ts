/**
 * A large import is read, checked and kept off the page, kept in pieces (not one value over the
 * browser's limit), and opens again after a reload; two tabs keeping and removing maps at once lose
 * nothing, and each tab's list follows the other's. `npm run bench:import` measures the same with
 * 50 MB and 1,000,000 rows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticAcledLean } from '../geo/core/synthetic/synthetic-acled';
import { ARTIFACTS, BASE_URL, launch, openPage, ready, shot } from './harness';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function chooseFile(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Maps' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('dialog', { name: 'Maps' }).getByRole('button', { name: 'Open a file…' }).click(),
  ]);
  await chooser.setFiles(file);
}

/** The keys the browser holds for stored maps (the heads and their pieces). */
const storedKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('according-to-collection-maps');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const conn = open.result;
          const all = conn.transaction('maps').objectStore('maps').getAllKeys();
          all.onsuccess = () => (conn.close(), resolve(all.result.map(String)));
          all.onerror = () => (conn.close(), reject(all.error));
        };
      }),
  );

const listed = (page: Page) =>
  page
    .getByRole('dialog', { name: 'Maps' })
    .locator('.maps-list li strong')
    .allTextContents()
    .then((names) => names.slice(1).sort());

describe('a large import', () => {
  it('a 45,000-row CSV is checked and kept off the page, in pieces, and a reload opens it again', async () => {
    const rows = 45_000;
    const file = `${ARTIFACTS}acled-${rows}.csv`;
    writeFileSync(file, syntheticAcledLean(rows));
    const w = await openPage(browser);
    await ready(w.page);
    // The page's worst gap between two ticks of a 10 ms timer, from choosing the file until it is kept.
    // (Frozen at the first tick that finds the address naming the kept map, before opening it counts.)
    await w.page.evaluate(() => {
      const m = { max: 0, last: performance.now(), kept: -1 };
      setInterval(() => {
        const now = performance.now();
        if (m.kept < 0 && /m=c-/.test(location.hash)) m.kept = m.max;
        m.max = Math.max(m.max, now - m.last);
        m.last = now;
      }, 10);
      (window as unknown as { meter: typeof m }).meter = m;
    });
    const started = Date.now();
    await chooseFile(w.page, file);
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 120_000, interval: 100 }).toMatch(/m=c-/);
    await expect.poll(() => w.page.evaluate(() => (window as unknown as { meter: { kept: number } }).meter.kept)).toBeGreaterThan(0);
    const gap = await w.page.evaluate(() => (window as unknown as { meter: { kept: number } }).meter.kept);
    const kept = (Date.now() - started) / 1000;
    await ready(w.page);
    await expect.poll(() => w.page.locator('.timeline-count').textContent(), { timeout: 60_000 }).toMatch(/of 45,000/);
    console.log(
      `${rows.toLocaleString('en')} rows: kept in ${kept.toFixed(1)} s, worst gap on the page while imported and kept ${gap.toFixed(0)} ms`,
    );
    // On a quiet machine this is under 100 ms (bench:import); the bound leaves room for a shared one.
    expect(gap).toBeLessThan(1000);
    // Kept as a head and pieces, none of them the whole map.
    const id = /m=(c-[a-z0-9-]+)/.exec(await w.page.evaluate(() => location.hash))![1];
    const keys = await storedKeys(w.page);
    expect(keys).toContain(id);
    expect(keys.filter((k) => k.startsWith(`${id}/`)).length).toBeGreaterThan(3);
    await w.page.reload();
    await ready(w.page);
    await expect.poll(() => w.page.locator('.timeline-count').textContent(), { timeout: 60_000 }).toMatch(/of 45,000/);
    expect(await w.page.evaluate(() => location.hash)).toContain(`m=${id}`);
    await shot(w.page, 'large-import-reloaded');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

/** A map stored whole (as an earlier version kept them), with one claim pointing at nothing. */
const storeBrokenMap = (page: Page) =>
  page.evaluate(async () => {
    const map = (await (await fetch('data/map.json')).json()) as { claims: { event: string }[] };
    map.claims[0].event = 'no-such-event';
    // Every way an open or a write can end is answered (and the connection closed), so a storage
    // problem fails this step with its reason instead of waiting out the test.
    const put = (db: string, store: string, value: unknown) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(new Error(`open ${db}: ${String(open.error)}`));
        open.onblocked = () => reject(new Error(`open ${db}: blocked`));
        open.onsuccess = () => {
          const conn = open.result;
          const tx = conn.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, 'c-broken-1');
          tx.oncomplete = () => (conn.close(), resolve());
          tx.onerror = tx.onabort = () => (conn.close(), reject(new Error(`put ${db}: ${String(tx.error)}`)));
        };
      });
    await put('according-to-collection-maps', 'maps', map);
    const counts = { events: 0, claims: 0, reports: 0 };
    await put('according-to-collections', 'index', {
      id: 'c-broken-1',
      name: 'Broken',
      format: 'map',
      source: 'b.json',
      importedAt: '2026-01-01T00:00:00Z',
      counts,
    });
  });

describe('a damaged stored map', () => {
  it('a kept map whose claim points at no event fails its check in the worker: the built-in map opens, with a notice', async () => {
    const w = await openPage(browser);
    await ready(w.page);
    await storeBrokenMap(w.page);
    await w.page.goto(new URL('#m=c-broken-1', w.page.url()).toString());
    await w.page.reload();
    await ready(w.page);
    await expect
      .poll(() => w.page.locator('.notice').textContent(), { timeout: 20_000 })
      .toMatch(/damaged in this browser.*no-such-event/s);
    expect(await w.page.locator('.app-header .subtitle').textContent()).toMatch(/Who said what/);
    // No dead end: the damaged map can be downloaded as it is, then removed from the browser.
    await shot(w.page, 'damaged-map-notice');
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Download it' }).click()]);
    expect(download.suggestedFilename()).toBe('b.damaged.json');
    await w.page.getByRole('button', { name: 'Remove the damaged map' }).click();
    await expect.poll(() => w.page.locator('.notice').textContent()).toMatch(/was removed from this browser/);
    const left = await w.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('according-to-collections');
          open.onerror = () => reject(new Error(`open: ${String(open.error)}`));
          open.onsuccess = () => {
            const conn = open.result;
            const count = conn.transaction('index').objectStore('index').count();
            count.onsuccess = () => (conn.close(), resolve(count.result));
            count.onerror = () => (conn.close(), reject(new Error(`count: ${String(count.error)}`)));
          };
        }),
    );
    expect(left).toBe(0);
    await w.context.close();
  });

  it('says what is damaged in the reader’s language (Arabic): the check’s problem worded from the catalogue', async () => {
    const w = await openPage(browser, '#lang=ar');
    await ready(w.page);
    await storeBrokenMap(w.page);
    await w.page.goto(new URL('#m=c-broken-1&lang=ar', w.page.url()).toString());
    await w.page.reload();
    await ready(w.page);
    await expect.poll(() => w.page.locator('.notice').textContent(), { timeout: 20_000 }).toMatch(/no-such-event/);
    const said = (await w.page.locator('.notice').textContent()) ?? '';
    expect(said).toContain('غير موجود في الخريطة');
    expect(said).not.toMatch(/which the map does not have|names the|stored map/);
    await shot(w.page, 'damaged-map-notice-ar');
    await w.context.close();
  });
});

describe('two tabs keeping maps', () => {
  it('maps kept in two tabs at once are both kept; a removal in one tab shows in the other', async () => {
    const files = ['north.csv', 'south.csv'].map((name, i) => {
      const file = `${ARTIFACTS}${name}`;
      writeFileSync(file, syntheticAcledLean(300, i + 1));
      return file;
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const [a, b] = [await context.newPage(), await context.newPage()];
    const errors: string[] = [];
    for (const p of [a, b]) p.on('pageerror', (e) => errors.push(String(e)));
    await Promise.all([a.goto(BASE_URL), b.goto(BASE_URL)]);
    await Promise.all([ready(a), ready(b)]);
    // Both tabs import at once.
    await Promise.all([chooseFile(a, files[0]), chooseFile(b, files[1])]);
    for (const p of [a, b]) await expect.poll(() => p.evaluate(() => location.hash), { timeout: 30_000 }).toMatch(/m=c-/);
    const ids = await Promise.all([a, b].map((p) => p.evaluate(() => /m=(c-[a-z0-9-]+)/.exec(location.hash)![1])));
    expect(ids[0]).not.toBe(ids[1]);
    // Each tab lists both.
    for (const p of [a, b]) {
      await p.getByRole('button', { name: 'Maps' }).click();
      await expect.poll(() => listed(p).then((names) => names.length)).toBe(2);
    }
    // B removes A's map while A's list is open: A's list follows, and B's own map is untouched.
    const nameOfA = await a.locator('.app-header .subtitle').textContent();
    b.once('dialog', (d) => void d.accept());
    await b
      .getByRole('dialog', { name: 'Maps' })
      .locator('.maps-list li')
      .filter({ has: b.getByRole('button', { name: 'Open', exact: true }) })
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect.poll(() => listed(a).then((names) => names.length), { timeout: 10_000 }).toBe(1);
    const keys = await storedKeys(a);
    expect(keys).toContain(ids[1]);
    expect(keys.some((k) => k.startsWith(ids[0]))).toBe(false);
    await shot(a, 'maps-two-tabs');
    expect(nameOfA).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();
  });
});
