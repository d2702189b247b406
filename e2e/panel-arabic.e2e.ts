/**
 * The panel in Arabic, right to left, at a phone's size and a laptop's: a place (Tikrit), an event
 * with its claims and what was later known, a report in full, a search, the table, the filters.
 * Each view: every element inside the screen, axe, and no English word in the panel outside names,
 * quotes and notes (data is marked `translate="no"` or `lang="en"`). Controls are found by role
 * and by the Arabic catalogue.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot, type Watched } from './harness';
import { axe, englishWords, message, outside } from './inspect';

const ar = (key: string) => message('ar', key);
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * English words the panel shows (text, and the names and hints of its controls), outside data:
 * names, quotes and notes sit inside `translate="no"` or `lang="en"`. Text the page hides counts
 * too. Words of a control's name or hint that also appear in the panel's data are names (an
 * aria-label "Events at Tikrit" in Arabic).
 */
const englishInPanel = (page: Page) =>
  englishWords(page, {
    roots: '.panel-body, .panel .filters',
    data: '[translate="no"], [lang="en"]',
    attributes: true,
    dataInAttributes: true,
    hidden: true,
  });

/** The checks every view passes, then its picture. */
async function check(w: Watched, size: (typeof SIZES)[number], name: string): Promise<void> {
  await w.page.waitForTimeout(150);
  expect(await w.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  expect(await outside(w.page), `${size.name} ${name}: elements past the screen`).toEqual([]);
  expect(await w.page.evaluate(() => document.documentElement.scrollWidth), `${size.name} ${name}: page width`).toBeLessThanOrEqual(
    size.width,
  );
  expect(await englishInPanel(w.page), `${size.name} ${name}: English in the panel`).toEqual([]);
  expect(await axe(w.page), `${size.name} ${name}: axe`).toEqual([]);
  await shot(w.page, `panel-arabic-${size.name}-${name}`);
}

async function open(path: string, size: (typeof SIZES)[number]): Promise<Watched> {
  const w = await openPage(browser, `#lang=ar&${path}`, { viewport: { width: size.width, height: size.height }, bypassCSP: true });
  await ready(w.page);
  return w;
}

/** On a phone the panel is below the map: bring a part of it into view for the picture. */
const show = (page: Page, selector: string) => page.locator(selector).first().scrollIntoViewIfNeeded();

describe('the panel in Arabic', () => {
  for (const size of SIZES) {
    it(`${size.name}: a place, an event with what was later known, a report, a search, the table, the filters`, async () => {
      // A place: Tikrit, its events in time order.
      let w = await open('tab=places&p=tikrit', size);
      const place = w.page.locator('.place-detail');
      await expect.poll(() => place.isVisible()).toBe(true);
      await expect.poll(() => w.page.getByRole('button', { name: ar('panel.places.all') }).count()).toBe(1);
      await show(w.page, '.place-detail');
      await check(w, size, 'place');

      // An event from the place's list: its claims, then what was later known, apart.
      // The map's own words in Arabic: the events' titles in the list, and the event's title and summary.
      await place.locator('.event-list button').filter({ hasText: 'بدء الهجوم العراقي على تكريت' }).first().click();
      await expect.poll(() => w.page.locator('#event-title').isVisible()).toBe(true);
      expect(await w.page.locator('#event-title [lang="ar"]').textContent()).toBe('بدء الهجوم العراقي على تكريت');
      expect(await w.page.locator('.event-summary').getAttribute('lang')).toBe('ar');
      expect(await w.page.getByRole('navigation', { name: ar('panel.nav.label') }).count()).toBe(1);
      expect(
        await w.page
          .getByRole('button', { name: ar('panel.nav.earlier') })
          .first()
          .isVisible(),
      ).toBe(true);
      await show(w.page, '#event-title');
      await check(w, size, 'event');
      const later = w.page.getByRole('region', { name: ar('panel.later.title') });
      expect(await later.getByRole('heading', { name: ar('panel.later.title') }).count()).toBe(1);
      expect(await later.locator('.later-text[lang="ar"]').count()).toBeGreaterThan(0);
      expect(await later.locator('.later-text[lang="en"]').count()).toBe(0);
      expect(await later.locator('.stance, .chain, .claim-card').count()).toBe(0);
      expect(await later.locator('.later-when').first().textContent()).toMatch(/^عُرف منذ \d{1,2} \S+ \d{4}$/);
      const link = later.getByRole('link').first();
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      // The block comes after the last claim.
      expect(
        await w.page.evaluate(() => {
          const cards = document.querySelectorAll('.claim-card');
          const block = document.querySelector('.later-known')!;
          return !!(cards[cards.length - 1].compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
      ).toBe(true);
      await later.scrollIntoViewIfNeeded();
      await shot(w.page, `panel-arabic-${size.name}-later-known`);
      await later.screenshot({ path: new URL(`./artifacts/panel-arabic-${size.name}-later-known-block.png`, import.meta.url).pathname });
      await w.context.close();

      // A report in full: its text reads in its own direction (English, left to right), its labels in Arabic.
      w = await open('tab=report&r=r003', size);
      await expect.poll(() => w.page.locator('.report-text').isVisible()).toBe(true);
      expect(await w.page.getByRole('navigation', { name: ar('panel.report.picker') }).count()).toBe(1);
      expect(await w.page.locator('.report-text').getAttribute('dir')).toBe('ltr');
      expect(await w.page.locator('.claim-badge').first().getAttribute('dir')).toBe('rtl');
      expect(await w.page.getByRole('checkbox', { name: ar('panel.report.showLabels') }).isChecked()).toBe(true);
      await show(w.page, '.report-meta');
      await check(w, size, 'report');
      await w.context.close();

      // A search in Find.
      w = await open('tab=find', size);
      const box = w.page.getByRole('searchbox', { name: ar('panel.find.label') });
      await box.fill('drones');
      const status = w.page.locator('.find-view').getByRole('status');
      await expect.poll(() => status.textContent()).toMatch(/^يطابق “drones”: /);
      await show(w.page, '.find-view');
      await check(w, size, 'find');
      await w.context.close();

      // The table: it fits its box, right to left.
      w = await open('tab=table', size);
      const table = w.page.locator('.table-view table');
      await expect.poll(() => table.isVisible()).toBe(true);
      expect(await w.page.getByRole('button', { name: ar('panel.table.when') }).count()).toBe(1);
      // The event column shows the events' titles in Arabic.
      expect(await table.locator('tbody th button').first().getAttribute('lang')).toBe('ar');
      expect(await table.locator('tbody th button[lang="en"]').count()).toBe(0);
      const fits = await w.page.evaluate(() => {
        const view = document.querySelector('.table-view')!.getBoundingClientRect();
        const body = document.querySelector('.panel-body')!.getBoundingClientRect();
        return view.left >= body.left - 0.5 && view.right <= body.right + 0.5;
      });
      expect(fits).toBe(true);
      await show(w.page, '.table-view');
      await check(w, size, 'table');
      await w.context.close();

      // The filters, open.
      w = await open('', size);
      await w.page.locator('.panel .filters summary').click();
      await expect.poll(() => w.page.locator('.panel .filters fieldset').count()).toBeGreaterThan(3);
      expect(await w.page.getByRole('group', { name: ar('panel.filters.place') }).count()).toBe(1);
      expect(await w.page.getByRole('searchbox', { name: ar('panel.filters.findSourceLabel') }).count()).toBe(1);
      await show(w.page, '.panel .filters');
      await check(w, size, 'filters');
      await w.context.close();
    });
  }
});
