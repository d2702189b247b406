/**
 * Every view of the app in Arabic, on a phone (390 × 844) and a laptop (1366 × 768): the map, a
 * place, an event, a report, a search, the table, the filters, the sources, the tours, the tour
 * editor, a presented step and the presenter view, the handout, the studio with a report drafted,
 * the import dialog, the help, the download menu, and the page the header's language switch turns
 * to Arabic. Each: right to left, nothing past the screen, and no English word outside data.
 * Controls are found by the Arabic catalogue.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, SHARED_TOUR, shot } from './harness';
import { englishWords, keptNames, message, outside } from './inspect';

const ar = (key: string) => message('ar', key);
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;
const CSV = new URL('../geo/core/import/fixtures/import-row-invalid/latitude-missing.csv', import.meta.url).pathname;
const REPORT = readFileSync(new URL('./fixtures/studio/northern-ledger.txt', import.meta.url), 'utf8');
/**
 * What is data, not the app's words: text marked with its own language or as not to translate
 * (reports, quotes, notes, names), text of either direction (`dir="auto"`: names, one's own
 * captions) unless it is marked Arabic, names and key caps, a report's text, what a person types.
 * The map's own words (its title in the header, the events' titles, the tour's questions, the
 * later-known notes, the timeline marks' hints) are Arabic in the data: marked `lang="ar"`, they
 * are checked as the app's own words are.
 */
const DATA = '[lang]:not([lang="ar"]), [translate="no"], [dir="auto"]:not([lang="ar"]), bdi, kbd, .studio-textbody, textarea';
const DATA_ATTRIBUTES = DATA;
/** The map's title in Arabic, as the data gives it (the build wrote public/data/map.json). */
const MAP_TITLE = (
  JSON.parse(readFileSync(new URL('../public/data/map.json', import.meta.url), 'utf8')) as {
    meta: { translations: { ar: { title: string } } };
  }
).meta.translations.ar.title;
/**
 * Words the same in every language: formats, programs and services named as they are, keys as
 * printed on a keyboard, and the names the data keeps in every language (no Arabic form).
 */
const ALLOWED = [
  ...['CSV', 'GeoJSON', 'JSON', 'ACLED', 'PDF', '.json', '.csv', '.geojson', '.zip', 'geojson.io'],
  ...['Excel', 'LibreOffice', 'Google Sheets', 'QGIS', 'GeoNames'],
  ...['Tab', 'Esc', 'Page Up', 'Page Down', 'Home', 'End', 'Enter', 'Shift', 'Space'],
  ...keptNames(),
];

interface View {
  name: string;
  /** The link's view, after `lang=ar`; null: opened in English, then turned to Arabic by the header's switch. */
  hash: string | null;
  /** What shows when the view is there. */
  ready?: string;
  /** What the view needs beyond its link; returns the page to look at when it is another window. */
  open?: (page: Page, size: { width: number; height: number }) => Promise<Page | void>;
}

async function studio(page: Page): Promise<void> {
  await page.getByRole('button', { name: ar('app.studio') }).click();
  await page.getByRole('textbox', { name: ar('studio.fact.outlet') }).fill('The Northern Ledger');
  await page.locator('input[type=date]').fill('2014-12-18');
  await page.getByRole('textbox', { name: ar('studio.input.reportText') }).fill(REPORT);
  await page.getByRole('button', { name: ar('studio.input.draft') }).click();
  await page.locator('.studio-claim .claim-summary').nth(1).click({ timeout: 30_000 });
}

async function importFile(page: Page): Promise<void> {
  await page.getByRole('button', { name: ar('app.maps') }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: ar('io.openFile') }).click()]);
  await chooser.setFiles(CSV);
  await page.locator('dialog[open] .import-problems li').first().waitFor({ timeout: 20_000 });
}

async function help(page: Page): Promise<void> {
  // A phone's header has no Keys button (no keyboard): there, the "؟" key of an Arabic layout opens it.
  const keys = page.getByRole('button', { name: ar('app.keys') });
  if (await keys.isVisible()) await keys.click();
  else await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: '؟', code: 'Slash', shiftKey: true })));
  await page.getByRole('dialog', { name: ar('core.help.title') }).waitFor();
}

async function presenter(page: Page, size: { width: number; height: number }): Promise<Page> {
  const [other] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: ar('classroom.presenterView'), exact: true }).click(),
  ]);
  await other.setViewportSize(size);
  await other.getByRole('region', { name: ar('classroom.presenter.notes.label') }).waitFor();
  return other;
}

const VIEWS: View[] = [
  { name: 'map', hash: '' },
  { name: 'place', hash: 'tab=places&p=tikrit' },
  { name: 'event', hash: 'e=speicher-massacre' },
  { name: 'report', hash: 'tab=report&r=r003' },
  { name: 'search', hash: 'tab=find', open: (page) => page.getByRole('searchbox', { name: ar('panel.find.label') }).fill('drones') },
  { name: 'table', hash: 'tab=table' },
  { name: 'filters', hash: '', open: (page) => page.locator('.panel .filters summary').click() },
  { name: 'sources', hash: 'tab=find' },
  { name: 'tours', hash: 'tab=tours' },
  { name: 'tour-editor', hash: `share=${SHARED_TOUR}`, open: (page) => page.locator('.tour.mine .tour-step-claims').waitFor() },
  { name: 'presentation', hash: 'tour=who-said-what&step=speicher&present=1', ready: '.presentation-count' },
  { name: 'presenter-view', hash: 'tour=who-said-what&step=speicher&present=1', ready: '.presentation-count', open: presenter },
  { name: 'handout', hash: 'tour=who-said-what&handout=1', ready: '.handout .locator-map' },
  { name: 'studio', hash: '', open: studio },
  { name: 'import-dialog', hash: '', open: importFile },
  { name: 'help', hash: '', open: help },
  { name: 'download-menu', hash: '', open: (page) => page.locator('.panel .downloads summary').click() },
  {
    name: 'language-switch',
    hash: null,
    open: (page) => page.getByRole('button', { name: message('en', 'app.language.switchTo') }).click(),
  },
];
/**
 * Layout faults known and listed for a fix, by size and view: recorded, and expected to be there
 * still (once fixed, the test says so: then drop the entry and the view is checked as the others).
 */
const KNOWN_OUTSIDE: Record<string, string> = {};
/** What KNOWN_OUTSIDE sets aside, as met. */
const setAside = new Map<string, Set<string>>();
const note = (what: string, found: readonly string[]) => found.forEach((f) => setAside.set(what, (setAside.get(what) ?? new Set()).add(f)));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every view in Arabic', () => {
  for (const size of SIZES) {
    it.each(VIEWS.map((v) => [v.name, v] as const))(
      `${size.name}: %s reads right to left, fits the screen, speaks Arabic`,
      async (_, view) => {
        const w = await openPage(browser, view.hash === null ? '' : `#lang=ar&${view.hash}`, { viewport: size });
        await w.page.waitForSelector(view.ready ?? '.leaflet-marker-icon[aria-label]', { timeout: 15_000 });
        const page = (await view.open?.(w.page, size)) ?? w.page;
        await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        await page.waitForTimeout(300);
        await shot(page, `arabic-everywhere-${size.name}-${view.name}`);

        const known = KNOWN_OUTSIDE[`${size.name} ${view.name}`];
        const past = await outside(page, { bottom: '.presentation' });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (known) {
          expect(past.length, `fixed? then drop "${known}" from KNOWN_OUTSIDE`).toBeGreaterThan(0);
          note(`${size.name} ${view.name}: ${known}`, past);
        } else {
          expect(past, 'elements past the screen').toEqual([]);
          expect(width, 'page width').toBeLessThanOrEqual(size.width);
        }

        const words = { allowed: ALLOWED, attributes: true, dataInAttributes: true, values: true } as const;
        const english = await englishWords(page, {
          ...words,
          roots: 'body',
          data: DATA,
          dataAttributes: DATA_ATTRIBUTES,
        });
        // The basemap's names too: countries named by the browser from their codes, rivers by the data.
        expect(english, 'English words outside data').toEqual([]);
        // The map's own title, in the header and the page's title, is the data's Arabic.
        if (page === w.page && (await page.locator('.app-header .subtitle').count())) {
          expect(await page.locator('.app-header .subtitle').textContent()).toBe(MAP_TITLE);
          expect(await page.locator('.app-header .subtitle').getAttribute('lang')).toBe('ar');
          expect(await page.title()).toContain(MAP_TITLE);
        }
        expect(w.consoleErrors).toEqual([]);
        await w.context.close();
      },
    );
  }

  it('says what it set aside: layout faults known', () => {
    // Not a check: the list for whoever fixes the layout.
    const lines = [...setAside].map(([what, found]) => `${what}: ${found.size} — ${[...found].slice(0, 12).join(' | ')}`);
    console.log(`Set aside:\n${lines.join('\n') || 'nothing'}`);
  });
});
