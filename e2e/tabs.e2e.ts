/**
 * Two tabs of the app open at once, each editing the reader's tours: nothing either makes is lost,
 * and each tab shows the other's tours as soon as they are saved.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, openPage, ready, shot } from './harness';

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

/** Every text of studio work this browser holds: the current work and every kept version. */
const studioTexts = (page: import('playwright-core').Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('according-to-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('work').objectStore('work').getAll();
          all.onsuccess = () => {
            resolve((all.result as { work?: { text: string }; text?: string }[]).map((v) => v.work?.text ?? v.text ?? '').sort());
            open.result.close();
          };
        };
      }),
  );

describe('two tabs editing the studio’s work', () => {
  it('a tab is told when the other changed the report; both versions are kept, and either can be gone on with', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const a = await context.newPage();
    const b = await context.newPage();
    const errors: string[] = [];
    for (const p of [a, b]) p.on('pageerror', (e) => errors.push(String(e)));
    for (const p of [a, b]) {
      await p.goto(BASE_URL);
      await ready(p);
      await p.getByRole('button', { name: 'Studio' }).click();
      await p.getByRole('textbox', { name: 'Report text' }).waitFor();
    }
    const box = (p: typeof a) => p.getByRole('textbox', { name: 'Report text' });
    // A writes; B, with no edits of its own, shows A's work at once.
    await box(a).fill('Officials said on Monday that strikes hit Mosul.');
    await expect.poll(() => box(b).inputValue()).toBe('Officials said on Monday that strikes hit Mosul.');
    expect(await b.locator('.studio-notice').textContent()).toMatch(/changed in another tab/);
    // Both edit at once: the later writer is told, and nothing either typed is lost.
    await box(a).fill('Text from tab A.');
    await box(b).fill('Text from tab B.');
    await expect.poll(() => b.getByRole('alert').textContent()).toMatch(/changed in another tab.*nothing is lost/);
    await expect.poll(() => studioTexts(a)).toEqual(['Text from tab A.', 'Text from tab B.']);
    await shot(b, 'studio-tabs-conflict');
    await b.setViewportSize({ width: 390, height: 844 });
    await shot(b, 'studio-tabs-conflict-390');
    // B goes on with its own: it becomes the work, A's is kept, and A (no edits waiting) shows B's.
    await b.getByRole('button', { name: 'Go on with mine' }).click();
    await expect.poll(() => box(a).inputValue()).toBe('Text from tab B.');
    await expect.poll(() => a.locator('.studio-copies summary').textContent()).toBe('Other versions kept in this browser (1)');
    await a.locator('.studio-copies summary').click();
    expect(await a.locator('.studio-copies li').textContent()).toMatch(/Text from tab A\./);
    await shot(a, 'studio-tabs-kept');
    // A opens its kept version again: B's is kept in its place.
    await a.getByRole('button', { name: /^Open the kept version/ }).click();
    await expect.poll(() => box(a).inputValue()).toBe('Text from tab A.');
    await expect.poll(() => box(b).inputValue()).toBe('Text from tab A.');
    expect(await studioTexts(a)).toEqual(['Text from tab A.', 'Text from tab B.']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('starting a new report in the studio', () => {
  it('keeps the report on screen as a copy, which opens again with its text', async () => {
    const w = await openPage(browser);
    await ready(w.page);
    await w.page.getByRole('button', { name: 'Studio' }).click();
    const box = w.page.getByRole('textbox', { name: 'Report text' });
    await box.fill('Officials said on Monday that strikes hit Mosul.');
    await w.page.getByRole('button', { name: 'Start a new report' }).click();
    await expect.poll(() => box.inputValue()).toBe('');
    await expect.poll(() => w.page.locator('.studio-notice').textContent()).toMatch(/kept under “Other versions kept in this browser”/);
    await expect.poll(() => w.page.locator('.studio-copies summary').textContent()).toBe('Other versions kept in this browser (1)');
    await w.page.locator('.studio-copies summary').click();
    await w.page.getByRole('button', { name: /^Open the kept version/ }).click();
    await expect.poll(() => box.inputValue()).toBe('Officials said on Monday that strikes hit Mosul.');
    // The empty report it replaces is not kept: there was nothing in it to lose.
    await expect.poll(() => w.page.locator('.studio-copies').count()).toBe(0);
    await shot(w.page, 'studio-new-report-kept');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe('two tabs editing the studio’s work, in Arabic', () => {
  it('the notice and the kept versions read right to left, on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const p of [a, b]) {
      await p.goto(`${BASE_URL}#lang=ar`);
      await ready(p);
      await p.getByRole('button', { name: 'الاستوديو' }).click();
      await p.locator('.studio textarea').waitFor();
    }
    await a.locator('.studio textarea').fill('نص من التبويب الأول.');
    await b.locator('.studio textarea').fill('نص من التبويب الثاني.');
    await expect.poll(() => b.getByRole('alert').textContent()).toMatch(/تبويب آخر/);
    await shot(b, 'studio-tabs-conflict-ar-390');
    await b.getByRole('button', { name: 'تابِع بنسختي' }).click();
    await expect.poll(() => a.locator('.studio textarea').inputValue()).toBe('نص من التبويب الثاني.');
    await a.locator('.studio-copies summary').click();
    expect(await a.locator('.studio-copies li').textContent()).toMatch(/نص من التبويب الأول/);
    await shot(a, 'studio-tabs-kept-ar-390');
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
