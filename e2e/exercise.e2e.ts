/**
 * "Who says so?" as a student does it: the built-in tour's exercise on a 390 × 844 phone, every
 * question answered to the score, in English and in Arabic; 44 px targets, nothing wider than the
 * screen, no request leaving the site and nothing sent (only GETs). Also from the tours tab, and
 * offline from the single file.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../src/words/messages/ar/exercise.json';
import { launch, openPage, ready, shot } from './harness';

const PHONE = { width: 390, height: 844 };
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What a student could not press with a thumb: anything interactive under 44 px tall (in view of the page). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.exercise-view button, .exercise-view label:has(input[type=radio])')]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName} ${el.textContent?.slice(0, 30)} ${el.getBoundingClientRect().height}`),
  );
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Answers every question: the first voice and the first stance offered for even questions, the
 * last for odd ones; returns how many sources and stances the page marked right, and the count.
 */
async function runThrough(page: Page, words: { check: RegExp; next: RegExp; score: RegExp }, name: string) {
  let sources = 0;
  let stances = 0;
  let n = 0;
  for (;;) {
    const fieldsets = page.locator('.exercise-choices');
    await expect.poll(() => fieldsets.count()).toBe(2);
    n++;
    // The quote is shown; its chain is not, until the answer.
    expect(await page.locator('.exercise-claim blockquote').count()).toBe(1);
    expect(await page.locator('.chain').count()).toBe(0);
    const pick = async (i: number) => {
      const options = fieldsets.nth(i).locator('label');
      const count = await options.count();
      if (i === 0) expect(count === 3 || count === 4, `${count} voices to choose from`).toBe(true);
      await options.nth(n % 2 ? 0 : count - 1).click();
    };
    await pick(0);
    await pick(1);
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (n === 1) await shot(page, `${name}-question`);
    await page.getByRole('button', { name: words.check }).click();
    await expect.poll(() => page.locator('.exercise-answer .chain').count()).toBe(1);
    // The report's own words: the quote in its passage, marked.
    expect(await page.locator('.exercise-passage mark').count()).toBe(1);
    if (await fieldsets.nth(0).locator('label.exercise-right input:checked').count()) sources++;
    if (await fieldsets.nth(1).locator('label.exercise-right input:checked').count()) stances++;
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (n === 1) {
      await page.locator('.exercise-answer').scrollIntoViewIfNeeded();
      await shot(page, `${name}-answer`);
    }
    const next = page.getByRole('button', { name: words.next });
    if (!(await next.count())) {
      await page.getByRole('button', { name: words.score }).click();
      break;
    }
    await next.click();
  }
  return { sources, stances, n };
}

describe('“Who says so?” on a phone', () => {
  it('a student does the whole built-in tour in English and reaches the score; nothing leaves the site', async () => {
    const w = await openPage(browser, '#tour=who-said-what&exercise=1', { viewport: PHONE });
    const methods: string[] = [];
    w.page.on('request', (r) => methods.push(r.method()));
    await expect.poll(() => w.page.getByRole('heading', { level: 1, name: /Who says so\?/ }).count(), { timeout: 15_000 }).toBe(1);
    expect(await w.page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Question 1 of 14/);
    // No note of the teacher's, and no caption (it would give the answer away).
    const html = await w.page.content();
    expect(html).not.toMatch(/Start with the chain/);
    const got = await runThrough(
      w.page,
      { check: /^Check my answer$/, next: /^Next question$/, score: /^See my score$/ },
      'exercise-phone-en',
    );
    expect(got.n).toBe(14);
    await expect
      .poll(() => w.page.getByRole('status').filter({ hasText: 'You named' }).textContent())
      .toBe(`You named the source of ${got.sources} of 14 claims and the stance of ${got.stances} of 14.`);
    expect(await w.page.locator('.exercise-review li').count()).toBe(14);
    await shot(w.page, 'exercise-phone-en-score');
    expect(await overflow(w.page)).toBeLessThanOrEqual(0);
    expect(methods.filter((m) => m !== 'GET')).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    // Start again: question 1, nothing chosen.
    await w.page.getByRole('button', { name: 'Start again' }).click();
    await expect.poll(() => w.page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Question 1 of 14/);
    expect(await w.page.locator('.exercise-view input:checked').count()).toBe(0);
    await w.context.close();
  });

  it('in Arabic, right to left, to the score', async () => {
    const w = await openPage(browser, '#lang=ar&tour=who-said-what&exercise=1', { viewport: PHONE });
    await expect.poll(() => w.page.locator('.exercise h1').count(), { timeout: 15_000 }).toBe(1);
    expect(await w.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const esc = (s: string) => new RegExp(`^${s.replace(/[?()]/g, '\\$&')}$`);
    const got = await runThrough(
      w.page,
      { check: esc(ar['exercise.check']), next: esc(ar['exercise.next']), score: esc(ar['exercise.toScore']) },
      'exercise-phone-ar',
    );
    expect(got.n).toBe(14);
    // Radios sit at the line's start: the right, in Arabic.
    await w.page.getByRole('button', { name: ar['exercise.again'] }).click();
    const label = await w.page.locator('.exercise-choices label').first().boundingBox();
    const radio = await w.page.locator('.exercise-choices label input').first().boundingBox();
    expect(radio!.x).toBeGreaterThan(label!.x + label!.width / 2);
    await w.page.getByRole('button', { name: ar['exercise.check'] }).click();
    expect(await w.page.getByRole('alert').textContent()).toBe(ar['exercise.missing']);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('opens from the tours tab, and goes back to the map', async () => {
    const w = await openPage(browser, '#tab=tours');
    await ready(w.page);
    await w.page.locator('.tour').first().getByRole('button', { name: 'Who says so? (exercise)' }).click();
    await expect.poll(() => w.page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Question 1 of 14/);
    expect(w.page.url()).toMatch(/exercise=1/);
    await w.page.getByRole('button', { name: /Back to the map/ }).click();
    await ready(w.page);
    await w.context.close();
  });

  it('works offline from the single file', async () => {
    const single = new URL('../dist-single/index.html', import.meta.url).pathname;
    expect(existsSync(single)).toBe(true);
    const context = await browser.newContext({ viewport: PHONE, offline: true, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const url = `${pathToFileURL(single).toString()}#tour=who-said-what&exercise=1`;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    await expect.poll(() => page.locator('.exercise-choices').count(), { timeout: 15_000 }).toBe(2);
    await page.locator('.exercise-choices').nth(0).locator('label').first().tap();
    await page.locator('.exercise-choices').nth(1).locator('label').first().tap();
    await page.getByRole('button', { name: 'Check my answer' }).tap();
    await expect.poll(() => page.locator('.exercise-answer .chain').count()).toBe(1);
    expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    await context.close();
  });
});
