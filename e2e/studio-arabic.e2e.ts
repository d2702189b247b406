/**
 * The studio and the import dialogs in Arabic, right to left, on a phone (390 × 844) and a
 * projector (1366 × 768): an English report pasted and drafted, its confidence and the claims not
 * reviewed yet listed under the problems; an Arabic report pasted and a claim marked by hand; a CSV
 * with problems imported (its problems in Arabic); the Maps dialog; the download menu. Each view:
 * every element inside the screen, axe, and no English word outside names, quotes and the report's
 * own text. Controls are found by role and by the Arabic catalogue.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openPage, ready, selectText, shot } from './harness';
import { axe, englishWords, message, outside } from './inspect';

const ar = (key: string, values?: Record<string, string | number>) => message('ar', key, values);
const ENGLISH_REPORT = readFileSync(new URL('./fixtures/studio/northern-ledger.txt', import.meta.url), 'utf8');
/** An Arabic report written for this test, in the style of a news agency. */
const ARABIC_REPORT = [
  'القوات العراقية تستعيد بلدة قرب تكريت',
  'قال مسؤول عسكري عراقي يوم الاثنين إن القوات الحكومية استعادت السيطرة على بلدة العلم شمال تكريت بعد معارك استمرت أسبوعين.',
  'وأفاد سكان بأن الاشتباكات تراجعت في الأحياء الشمالية، فيما لم يصدر أي تعليق من تنظيم الدولة الإسلامية.',
].join('\n\n');
const CSV = new URL('../geo/core/import/fixtures/import-row-invalid/latitude-missing.csv', import.meta.url).pathname;

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1366, height: 768 },
];

/** Names of formats, tools and standards, and file names: they are the same in every language. */
const ALLOWED =
  'GeoNames GeoJSON FeatureCollection Point CSV ACLED JSON HTML YAML UTF npm run build data geo zip txt html htm csv json Excel LibreOffice Google Sheets QGIS geojson W3C LD Web Windows BOM NUL https http'.split(
    ' ',
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * English words inside `root`: its text, shown or not yet (a closed list of what is not a claim),
 * and the titles, labels and placeholders of its elements, leaving out data — the report's text,
 * quotes, names (bdi, dir="auto"), code, what is marked lang="en", and values set into a message
 * (isolated, U+2068 … U+2069, or quoted «…»). A name's title is checked.
 */
const DATA = '.studio-textbody, q, bdi, code, [lang="en"], select, option, datalist, .claim-chain';
const english = (page: Page, root: string) =>
  englishWords(page, {
    roots: root,
    data: `${DATA}, [dir="auto"], textarea`,
    dataAttributes: DATA,
    allowed: ALLOWED,
    attributes: true,
    values: true,
    hidden: true,
  });

/** The checks every view gets: layout, axe, no English; and a screenshot to look at. */
async function look(page: Page, name: string, root: string): Promise<void> {
  await page.waitForTimeout(150);
  expect(await outside(page), `${name}: elements past the screen`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), name).toBeLessThanOrEqual(
    0,
  );
  expect(await english(page, root), `${name}: English words`).toEqual([]);
  await shot(page, `studio-arabic-${name}`);
  expect(await axe(page), `${name}: axe`).toEqual([]);
}

describe('the studio and the import dialogs in Arabic', () => {
  for (const size of SIZES) {
    it(`${size.name}: an English report drafted, an Arabic one marked by hand, a CSV with problems, Maps, Download`, async () => {
      const w = await openPage(browser, '#lang=ar', { viewport: { width: size.width, height: size.height }, bypassCSP: true });
      const { page } = w;
      await ready(page);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);

      // An English report, drafted: how sure the drafter is, and every claim not reviewed yet under the problems.
      await page.getByRole('button', { name: ar('app.studio') }).click();
      await page.getByRole('textbox', { name: ar('studio.fact.outlet') }).fill('The Northern Ledger');
      await page.locator('input[type=date]').fill('2014-12-18');
      await page.getByRole('textbox', { name: ar('studio.input.reportText') }).fill(ENGLISH_REPORT);
      await look(page, `${size.name}-input`, '.studio');
      await page.getByRole('button', { name: ar('studio.input.draft') }).click();
      await expect.poll(() => page.locator('.studio-meter label').textContent(), { timeout: 30_000 }).toMatch(/^التغطية \d+٪$/);
      const claims = await page.locator('.studio-claim').count();
      expect(claims).toBeGreaterThanOrEqual(8);
      // Nothing is reviewed yet: the heading never says "No problems", and every claim is listed to review.
      const heading = (await page.locator('#studio-problems-h').textContent()) ?? '';
      expect(heading).not.toMatch(/^لا مشكلات/);
      expect(heading).toMatch(/للمراجعة/);
      expect(await page.locator('.studio-review-list > li').count()).toBe(claims);
      expect(await page.locator('.studio-review-list .confidence-reasons li').count()).toBeGreaterThan(0);
      // The least sure first.
      const levels = await page
        .locator('.studio-review-list > li')
        .evaluateAll((lis) => lis.map((li) => li.className.match(/confidence-(\w+)/)?.[1]));
      const rank = { low: 0, medium: 1, high: 2, none: 1 } as Record<string, number>;
      expect(levels.map((l) => rank[l ?? 'none'])).toEqual([...levels.map((l) => rank[l ?? 'none'])].sort((a, b) => a - b));
      // A claim opened shows how sure the drafter is, and why.
      await page.locator('.studio-claim .claim-summary').nth(1).click();
      const open = page.locator('.studio-claim.is-open');
      await expect.poll(() => open.locator('.claim-confidence p').textContent()).toMatch(/المُسوِّد الآلي/);
      await look(page, `${size.name}-drafted`, '.studio');
      await page.locator('.studio-header').screenshot({ path: `${ARTIFACTS}studio-arabic-${size.name}-header.png` });
      await open.screenshot({ path: `${ARTIFACTS}studio-arabic-${size.name}-claim.png` });
      await page.locator('.studio-review-list .problem-go').first().scrollIntoViewIfNeeded();
      await shot(page, `studio-arabic-${size.name}-to-review`);

      // Accepting every claim empties the list; with the checks passing, only then "No problems".
      await page.getByRole('button', { name: ar('studio.review.acceptAll') }).click();
      await expect.poll(() => page.locator('.studio-review-list > li').count()).toBe(0);

      // An Arabic report: not drafted (the drafter reads English), marked by hand, shown right to left.
      await page.getByRole('button', { name: ar('studio.review.details') }).click();
      // A new report keeps the one on screen as a copy in the list of kept versions: nothing is lost.
      await page.getByRole('button', { name: ar('studio.input.new') }).click();
      await expect.poll(() => page.locator('.studio-copies summary').textContent()).toMatch(/١|1/);
      await page.getByRole('textbox', { name: ar('studio.fact.outlet') }).fill('وكالة الأنباء');
      await page.locator('input[type=date]').fill('2015-03-09');
      const box = page.getByRole('textbox', { name: ar('studio.input.reportText') });
      await box.fill(ARABIC_REPORT);
      await expect.poll(() => page.locator('.studio-notes').textContent()).toContain(ar('studio.note.notEnglish'));
      expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      await page.getByRole('button', { name: ar('studio.input.draft') }).click();
      await expect.poll(() => page.locator('.studio-notice').textContent(), { timeout: 30_000 }).toContain(ar('studio.notice.notEnglish'));
      expect(await page.locator('.studio-claim').count()).toBe(0);
      const body = page.locator('.studio-textbody');
      expect(await body.evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir'), getComputedStyle(el).direction])).toEqual([
        'ar',
        'auto',
        'rtl',
      ]);
      const second = ARABIC_REPORT.indexOf('قال مسؤول');
      await selectText(page, second, ARABIC_REPORT.indexOf('.', second) + 1);
      await expect.poll(() => page.locator('.studio-selection').textContent()).toContain('قال مسؤول');
      await page.getByRole('button', { name: ar('studio.review.makeClaim') }).click();
      await expect.poll(() => page.locator('.studio-claim').count()).toBe(1);
      expect(await page.locator('.studio-claim .claim-quote').textContent()).toMatch(/^«قال مسؤول عسكري.*»$/);
      await look(page, `${size.name}-arabic-report`, '.studio');

      // Back to the map; a CSV with a problem: the import dialog says it in Arabic, at its row and column.
      await page.getByRole('button', { name: ar('studio.back') }).click();
      await ready(page);
      await page.getByRole('button', { name: ar('app.maps') }).click();
      const maps = page.getByRole('dialog', { name: ar('io.maps.title') });
      await look(page, `${size.name}-maps`, 'dialog[open]');
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        maps.getByRole('button', { name: ar('io.openFile') }).click(),
      ]);
      await chooser.setFiles(CSV);
      const dialog = page.getByRole('dialog', { name: /جارٍ فتح/ });
      await expect.poll(() => dialog.locator('.import-problems li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const problems = (await dialog.locator('.import-problems').textContent()) ?? '';
      expect(problems).toMatch(/الصف\s*2، العمود\s*\u2068?latitude/);
      expect(problems).toContain(ar('io.import.fix', { fix: ar('problem.IMPORT_ROW_INVALID.fix', { case: 'emptyCoordinate' }) }));
      expect(problems).toMatch(/[\u0600-\u06FF]{3,}/);
      await look(page, `${size.name}-import-problems`, 'dialog[open]');
      await dialog.getByRole('button', { name: new RegExp(`${ar('io.import.nothing')}|${ar('io.close')}`) }).click();

      // The download menu.
      const menu = page.locator('.panel .downloads');
      if (await menu.count()) {
        await menu.locator('summary').click();
        await expect.poll(() => menu.locator('summary').textContent()).toBe(ar('io.download'));
        await menu.scrollIntoViewIfNeeded();
        await look(page, `${size.name}-download`, '.panel .downloads');
      }
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    }, 120_000);
  }
});
