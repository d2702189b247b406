/**
 * The studio drafts a long, repetitive text (200,000 characters: the studio's limit) in a worker:
 * the page shows how far the drafter has read, answers throughout (the worst gap between two
 * 10 ms timers while drafting), one run is cancelled with the text kept, and the next completes.
 * The single file (file://) drafts in its own inline worker too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot } from './harness';

const FIXTURE = new URL('./fixtures/studio/northern-ledger.txt', import.meta.url).pathname;
const SINGLE = new URL('../dist-single/index.html', import.meta.url).pathname;
/**
 * The worst gap the page may leave between two timers while the drafter works. Quiet runs print
 * 40–80 ms; the bound catches the page freezing (as it did for seconds before the worker), not the
 * waits of a machine shared with other work (214 ms was seen under a load of three test runs).
 */
const MOST_GAP_MS = 500;

/** One paragraph of the fixture repeated up to `length` characters, one paragraph per line. */
function repeated(length: number): string {
  const para = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l.length > 150)[0];
  let text = '';
  while (text.length + para.length + 2 <= length) text += `${para}\n\n`;
  return text.trimEnd();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function fillStudio(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Studio' }).click();
  await page.getByRole('textbox', { name: 'Outlet' }).fill('The Northern Ledger');
  await page.locator('input[type=date]').fill('2014-12-18');
  // 200,000 characters take a while to type in on a busy machine.
  await page.getByRole('textbox', { name: 'Report text' }).fill(text, { timeout: 120_000 });
}

/** Records the worst gap between two 10 ms timers, counted only while the drafter's progress bar stands. */
async function watchGaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { worstGap: number; ticks: number };
    w.worstGap = 0;
    w.ticks = 0;
    let last = performance.now();
    let drafting = false;
    setInterval(() => {
      const now = performance.now();
      const still = !!document.querySelector('.studio-busy progress');
      if (drafting && still) {
        w.worstGap = Math.max(w.worstGap, now - last);
        w.ticks++;
      }
      drafting = still;
      last = now;
    }, 10);
  });
}

const gap = (page: Page) => page.evaluate(() => (window as unknown as { worstGap: number; ticks: number }).worstGap);
const status = (page: Page) => page.locator('.studio-busy [role=status]').textContent();

describe('a long repetitive text', () => {
  it('drafts in a worker with progress; one run cancelled, the next completed; the page answers throughout', async () => {
    const text = repeated(200_000);
    expect(text.length).toBeGreaterThan(190_000);
    const w = await openPage(browser, '', { viewport: { width: 1366, height: 768 } });
    const { page } = w;
    const workers: string[] = [];
    page.on('worker', (wk) => workers.push(wk.url()));
    await ready(page);
    await fillStudio(page, text);
    await watchGaps(page);

    // First run: progress shown, then cancelled; the text stays as it was.
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/sentence [\d,]+ of [\d,]+/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.studio-notice').textContent()).toMatch(/Drafting stopped/);
    expect(await page.locator('.studio-busy progress').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Report text' }).inputValue()).toBe(text);
    expect(workers.some((u) => /draft\.worker/.test(u))).toBe(true);

    // Second run: completes, its progress moving on the way.
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    const firstRun = await gap(page);
    expect(firstRun).toBeLessThan(MOST_GAP_MS);
    await expect.poll(() => status(page), { timeout: 30_000 }).toMatch(/sentence [\d,]+ of [\d,]+/);
    await shot(page, 'studio-long-progress');
    // A screenshot stops the page while it is taken: the gaps are counted again from here.
    await page.evaluate(() => ((window as unknown as { worstGap: number }).worstGap = 0));
    await expect
      .poll(() => page.locator('.studio-notice').textContent(), { timeout: 120_000 })
      .toMatch(/The drafter proposes [\d,]+ claims/);
    const worst = await gap(page);
    const ticks = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    console.log(
      `studio-long: worst main-thread gap while drafting: ${firstRun.toFixed(0)} ms (cancelled run), ${worst.toFixed(0)} ms (completed run; ${ticks} timer ticks in all)`,
    );
    expect(ticks).toBeGreaterThan(20);
    expect(worst).toBeLessThan(MOST_GAP_MS);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  }, 300_000);

  it('in Arabic, at phone and laptop sizes: the progress in Arabic words, in sight, with its Cancel button', async () => {
    for (const size of [
      { width: 390, height: 844 },
      { width: 1280, height: 720 },
    ]) {
      const w = await openPage(browser, '#lang=ar', { viewport: size });
      const { page } = w;
      await ready(page);
      await page.getByRole('button', { name: 'الاستوديو' }).click();
      await page.getByRole('textbox', { name: 'الوسيلة الإعلامية' }).fill('The Northern Ledger');
      await page.locator('input[type=date]').fill('2014-12-18');
      await page.locator('textarea').fill(repeated(200_000), { timeout: 120_000 });
      await page.getByRole('button', { name: 'سوِّد الادعاءات' }).click();
      // The progress and its Cancel button, seen together (on a quiet machine the draft may end soon after).
      const progress = () =>
        page.evaluate(() => ({
          text: document.querySelector('.studio-busy [role=status]')?.textContent ?? '',
          cancel: [...document.querySelectorAll('.studio-drafting button')].some((b) => b.textContent === 'إلغاء'),
        }));
      await expect
        .poll(progress, { timeout: 30_000 })
        .toEqual({ text: expect.stringMatching(/^جارٍ تسويد الادعاءات: الجملة [\d٠-٩٬,]+ من [\d٠-٩٬,]+…$/), cancel: true });
      // In sight where the person pressed the button (the foot of a long text), not above it.
      const bar = await page.locator('.studio-drafting').boundingBox();
      await shot(page, `studio-long-progress-ar-${size.width}`);
      expect(bar && bar.y >= 0 && bar.y + bar.height <= size.height).toBe(true);
      // Nothing of the progress row leaves the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // (Cancel itself is pressed in the English run above: here the draft may end before a press.)
      await expect.poll(() => page.locator('.studio-meter label').textContent(), { timeout: 120_000 }).toMatch(/^التغطية/);
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    }
  }, 400_000);

  it('drafts from the single file (file://) in its inline worker', async () => {
    expect(existsSync(SINGLE), 'vite build --mode single writes dist-single/index.html').toBe(true);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const workers: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('worker', (wk) => workers.push(wk.url()));
    await page.goto(pathToFileURL(SINGLE).toString());
    await ready(page);
    await fillStudio(page, repeated(40_000));
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    await expect
      .poll(() => page.locator('.studio-notice').textContent(), { timeout: 60_000 })
      .toMatch(/The drafter proposes [\d,]+ claims/);
    expect(workers.some((u) => u.startsWith('blob:'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
