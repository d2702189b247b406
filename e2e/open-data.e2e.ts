/**
 * Open data in the browser: each download parsed as what it claims to be, each import (good,
 * bad, unsupported, 10 MB) and a reload that keeps the imported map.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { check as checkGeoJSON } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MapDataSchema, type MapData } from '../geo/core/model/contract';
import { syntheticAcled } from '../geo/core/synthetic/synthetic-acled';
import { ARTIFACTS, launch, openPage, ready, shot, type Watched } from './harness';

const IMPORTS = new URL('../geo/core/import/fixtures/', import.meta.url).pathname;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path = ''): Promise<Watched> {
  const w = await openPage(browser, path);
  await ready(w.page);
  return w;
}

/** Clicks a format in the panel's Download menu and returns the saved file's name and text. */
async function download(page: Page, format: RegExp, scope: 'view' | 'all' = 'all'): Promise<{ name: string; text: string }> {
  const menu = page.locator('.panel .downloads');
  if (!(await menu.getAttribute('open'))) await menu.locator('summary').click();
  await menu.getByRole('radio', { name: scope === 'all' ? /The whole map/ : /What the map shows now/ }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: format }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importFile(page: Page, file: string, words = { maps: 'Maps', open: 'Open a file…' }): Promise<void> {
  await page.getByRole('button', { name: words.maps }).first().click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('dialog', { name: words.maps }).getByRole('button', { name: words.open }).click(),
  ]);
  await chooser.setFiles(file);
}

const mapTitle = (page: Page) => page.locator('.app-header .subtitle').textContent();

describe('downloads', () => {
  it('the spreadsheet (CSV) parses to one row per claim, quotes and curly quotes intact', async () => {
    const w = await open();
    const { name, text } = await download(w.page, /Spreadsheet/);
    expect(name).toMatch(/\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(112);
    expect(parsed.meta.fields).toContain('chain');
    expect(parsed.data.some((r) => /[“”]/.test(r.quote))).toBe(true);
    expect(parsed.data.every((r) => r.claim_id && r.report && r.stance)).toBe(true);
    await w.context.close();
  });

  it('GeoJSON passes an RFC 7946 checker, with null geometry for events that have no place', async () => {
    const w = await open();
    const { text } = await download(w.page, /GeoJSON/);
    const collection = checkGeoJSON(text) as FeatureCollection;
    expect(collection.features).toHaveLength(35);
    expect(collection.features.filter((f) => f.geometry === null).length).toBe(4);
    await w.context.close();
  });

  it('Web Annotations anchor every claim with a quote and a position selector', async () => {
    const w = await open();
    const { text } = await download(w.page, /Web Annotations/);
    const collection = JSON.parse(text);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const items = collection.first.items as { target: { selector: { type: string }[] } }[];
    expect(items).toHaveLength(112);
    for (const a of items) expect(a.target.selector.map((s) => s.type).sort()).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
    await w.context.close();
  });

  it('what the map shows now: only the events up to the slider’s day', async () => {
    const w = await open('#t=2014-06-30');
    const shown = Number(/^(\d+) of/.exec((await w.page.locator('.timeline-count').textContent()) ?? '')?.[1]);
    const { name, text } = await download(w.page, /GeoJSON/, 'view');
    expect(name).toMatch(/-view\.geojson$/);
    expect((checkGeoJSON(text) as FeatureCollection).features).toHaveLength(shown);
    expect(shown).toBeLessThan(35);
    await w.context.close();
  });
});

describe('imports', () => {
  it('the map file round-trips: exported, imported, exported again, it is the same map', async () => {
    const w = await open();
    const first = await download(w.page, /map file/);
    const original = MapDataSchema.parse(JSON.parse(first.text)) as MapData;
    const file = `${ARTIFACTS}round-trip.json`;
    writeFileSync(file, first.text);
    await importFile(w.page, file);
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(w.page);
    await expect.poll(() => mapTitle(w.page)).toBe(original.meta.title);
    const again = JSON.parse((await download(w.page, /map file/)).text) as MapData;
    expect(again).toEqual(original);
    await w.context.close();
  });

  it('an ACLED-style CSV opens as a new map, and a reload keeps it', async () => {
    const w = await open();
    await importFile(w.page, `${IMPORTS}good.csv`);
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(w.page);
    await expect.poll(() => w.page.locator('.notice').textContent()).toMatch(/Imported .* events/);
    const count = await w.page.locator('.timeline-count').textContent();
    await shot(w.page, 'import-acled-good');
    await w.page.reload();
    await ready(w.page);
    expect(await w.page.locator('.timeline-count').textContent()).toBe(count);
    await w.page.getByRole('button', { name: 'Maps' }).click();
    await expect
      .poll(() => w.page.getByRole('dialog', { name: 'Maps' }).locator('li[aria-current="true"]').textContent())
      .toMatch(/good\.csv/);
    await shot(w.page, 'maps-dialog');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('a GeoJSON FeatureCollection dropped on the map opens as a new map, and can be removed', async () => {
    const w = await open();
    const text = readFileSync(`${IMPORTS}good.geojson`, 'utf8');
    // A real drop: a DataTransfer holding the file, dispatched on the map.
    await w.page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'good.geojson', { type: 'application/geo+json' }));
      const map = document.querySelector('.map')!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        map.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(w.page);
    expect(await mapTitle(w.page)).not.toMatch(/Who said what/);
    const features = (JSON.parse(text) as FeatureCollection).features.length;
    expect(await w.page.locator('.timeline-count').textContent()).toMatch(new RegExp(`of ${features} events`));
    await w.page.getByRole('button', { name: 'Maps' }).click();
    const dialog = w.page.getByRole('dialog', { name: 'Maps' });
    w.page.once('dialog', (d) => void d.accept());
    await dialog.getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => mapTitle(w.page), { timeout: 10_000 }).toMatch(/Who said what/);
    await w.page.getByRole('button', { name: 'Maps' }).click();
    expect(await dialog.locator('.maps-list li').count()).toBe(1);
    await w.context.close();
  });

  it('a broken CSV lists its problems by row and column, and importing nothing changes nothing', async () => {
    const w = await open();
    await importFile(w.page, `${IMPORTS}import-row-invalid/latitude-missing.csv`);
    const dialog = w.page.getByRole('dialog', { name: /Opening latitude-missing\.csv/ });
    await expect.poll(() => dialog.locator('.import-problems li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await dialog.locator('.import-problems').textContent()).toMatch(/row 2, column latitude/);
    await shot(w.page, 'import-problems');
    await dialog.getByRole('button', { name: 'Import nothing' }).click();
    expect(await w.page.evaluate(() => location.hash)).not.toMatch(/m=/);
    await w.page.getByRole('button', { name: 'Maps' }).click();
    expect(await w.page.getByRole('dialog', { name: 'Maps' }).locator('.maps-list li').count()).toBe(1);
    await w.context.close();
  });

  it('the good rows of a CSV with a bad row can be imported on their own', async () => {
    const w = await open();
    await importFile(w.page, `${IMPORTS}import-row-invalid/latitude-missing.csv`);
    const dialog = w.page.getByRole('dialog', { name: /Opening/ });
    await dialog.getByRole('button', { name: 'Import the good row' }).click();
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(w.page);
    expect(await w.page.locator('.notice').textContent()).toMatch(/1 row with problems was left out/);
    await w.context.close();
  });

  it('wrong bytes and invisible characters are problems at their row and column, never a silent �', async () => {
    const cases: [string, RegExp][] = [
      ['not-utf8/latin-1.csv', /row 3, column location: .*is not UTF-8: the byte 0xEE.*Tikrît/],
      ['not-utf8/damaged-cell.csv', /row 3, column notes: The text holds bytes that are not UTF-8 at character \d+/],
      ['invisible-character/nul-in-notes.csv', /row 3, column notes: The text holds an invisible character \(U\+0000\)/],
      [
        'import-line-endings-mixed/crlf-then-lf.csv',
        /row 3, column fatalities: The file mixes line endings \(2 Windows \(CRLF\), 3 Unix \(LF\)/,
      ],
      ['invisible-character/lone-surrogate-escape.geojson', /feature 2, property description: .*\(U\+D800\)/],
    ];
    const w = await open();
    for (const [fixture, words] of cases) {
      await importFile(w.page, `${IMPORTS}${fixture}`);
      const dialog = w.page.getByRole('dialog', { name: new RegExp(`Opening ${fixture.split('/')[1].replace('.', '\\.')}`) });
      await expect.poll(() => dialog.locator('.import-problems li').count(), { timeout: 20_000 }).toBe(1);
      expect(await dialog.locator('.import-problems').textContent(), fixture).toMatch(words);
      if (fixture.startsWith('not-utf8/latin')) await shot(w.page, 'import-latin-1');
      await dialog.getByRole('button', { name: /^(Import nothing|Close)$/ }).click();
      await w.page.keyboard.press('Escape');
    }
    await w.context.close();
    const ar = await open('#lang=ar');
    await importFile(ar.page, `${IMPORTS}not-utf8/damaged-cell.csv`, { maps: 'الخرائط', open: 'افتح ملفًا…' });
    await expect.poll(() => ar.page.locator('.import-problems li').count(), { timeout: 20_000 }).toBe(1);
    expect(await ar.page.locator('.import-problems').textContent()).toMatch(/الصف 3، العمود .*notes.*UTF-8/);
    await shot(ar.page, 'import-damaged-cell-ar');
    await ar.context.close();
  });

  it('a file of no supported format gets one sentence naming the formats that work', async () => {
    const w = await open();
    const file = `${ARTIFACTS}notes.csv`;
    writeFileSync(file, 'name,age\nAda,36\n');
    await importFile(w.page, file);
    const dialog = w.page.getByRole('dialog', { name: /Opening notes\.csv/ });
    await expect.poll(() => dialog.locator('.import-problems li').count(), { timeout: 20_000 }).toBe(1);
    expect(await dialog.textContent()).toMatch(/GeoJSON/);
    expect(await dialog.textContent()).toMatch(/ACLED/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await w.context.close();
  });

  it('a 10 MB ACLED-style CSV imports with a progress bar and shows on the map and the slider', async () => {
    const file = `${ARTIFACTS}acled-10mb.csv`;
    let rows = 24_000;
    let text = syntheticAcled(rows);
    while (Buffer.byteLength(text) < 10 * 1024 * 1024) text = syntheticAcled((rows += 1_000));
    writeFileSync(file, text);
    const w = await open();
    const started = Date.now();
    await importFile(w.page, file);
    await w.page.getByRole('progressbar', { name: 'Import progress' }).waitFor({ timeout: 10_000 });
    // The page stays responsive while the worker reads: a click on the map's zoom answers.
    const lag = await w.page.evaluate(
      () =>
        new Promise<number>((r) => {
          const t = performance.now();
          setTimeout(() => r(performance.now() - t), 0);
        }),
    );
    expect(lag).toBeLessThan(500);
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 120_000, interval: 500 }).toMatch(/m=c-/);
    await ready(w.page);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `10 MB CSV (${rows.toLocaleString('en')} rows, ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB): imported and shown in ${seconds.toFixed(1)} s`,
    );
    expect(await w.page.locator('.timeline-count').textContent()).toMatch(new RegExp(`of ${rows.toLocaleString('en')}|of ${rows}`));
    await shot(w.page, 'import-acled-10mb');
    await w.context.close();
  });
});
