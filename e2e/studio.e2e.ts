/**
 * The studio, as a new user meets it: bad input answered in words with nothing lost; a new report
 * pasted, drafted, two claims corrected, coverage brought to 100 %, a reload that keeps the work;
 * then the zip exported, unzipped into a copy of geo/, built with `npm run build:data`, and the
 * built map opened in the app with the new report on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapData } from '../geo/core/model/contract';
import { launch, openPage, ready, selectText, shot, type Watched } from './harness';

const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURE = new URL('./fixtures/studio/northern-ledger.txt', import.meta.url).pathname;
const temp: string[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  temp.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function openStudio(viewport = { width: 1366, height: 768 }): Promise<Watched> {
  const w = await openPage(browser, '', { viewport });
  await ready(w.page);
  await w.page.getByRole('button', { name: 'Studio' }).click();
  await w.page.getByRole('textbox', { name: 'Outlet' }).waitFor();
  return w;
}

const claim = (page: Page, quote: RegExp) =>
  page.locator('.studio-claim').filter({ has: page.locator('.claim-quote', { hasText: quote }) });
const coverage = (page: Page) => page.locator('.studio-meter label').textContent();

describe('the studio meets bad input with a message and keeps the text', () => {
  it('empty, HTML source, 1 MB, another language and a file with mixed line endings', async () => {
    const w = await openStudio();
    const { page } = w;
    const box = page.getByRole('textbox', { name: 'Report text' });
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Give the outlet/);
    await page.getByRole('textbox', { name: 'Outlet' }).fill('Le Courrier');
    await page.locator('input[type=date]').fill('2015-03-02');
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Paste a report/);

    await box.fill(
      '<html><body><h1>Strikes near Mosul</h1><p>Officials said on Monday that <b>strikes</b> hit Mosul.</p><script>x()</script></body></html>',
    );
    await expect.poll(() => page.locator('.studio-notes').textContent()).toMatch(/HTML source/);
    await page.getByRole('button', { name: 'Reduce the HTML to its text' }).click();
    expect(await box.inputValue()).toBe('Strikes near Mosul\n\nOfficials said on Monday that strikes hit Mosul.');
    await page.getByRole('button', { name: 'Undo the reduction' }).click();
    expect(await box.inputValue()).toMatch(/^<html>/);

    const huge = 'The army said it took the town. '.repeat(34_000);
    await box.fill(huge);
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/1,088,000 characters long; the studio takes a report of up to 200,000/);
    expect((await box.inputValue()).length).toBe(huge.length);

    await box.fill(
      "L'armée irakienne a lancé lundi une offensive pour reprendre Tikrit, selon des responsables, et les combats se poursuivent dans la ville depuis plusieurs jours sans que les forces puissent avancer vers le centre.",
    );
    await expect.poll(() => page.locator('.studio-notes').textContent()).toMatch(/does not read as English/);

    // Half a character (a lone surrogate, as some pastes leave): refused with its place, as the build would.
    // (Typed into the box in the page: a string passed in from here would arrive with U+FFFD in its place.)
    await box.evaluate((el: HTMLTextAreaElement) => {
      const text = `Officials said on Monday that strikes hit Mosul.\n\nThe road${String.fromCharCode(0xd800)} remains closed, residents said.`;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, text);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect
      .poll(() => page.locator('.studio-notes').textContent())
      .toMatch(/half of a character \(U\+D800, a lone surrogate\) at character \d+ \(line 3\)/);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: /Open a .txt or .html file/ }).click(),
    ]);
    await chooser.setFiles({
      name: 'report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('\ufeffHeadline here\r\n\r\nThe army said on Monday that it took the town of Tikrit.\nOfficials confirmed it.\r'),
    });
    await expect
      .poll(() => box.inputValue())
      .toBe('Headline here\n\nThe army said on Monday that it took the town of Tikrit.\nOfficials confirmed it.\n');
    await expect.poll(() => page.locator('.studio-notes').textContent()).toMatch(/mixed line endings/);
    expect(await page.locator('.studio-notes').textContent()).toMatch(/byte-order mark/);
    await shot(page, 'studio-bad-input');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe('a new report, end to end', () => {
  it('pasted, drafted, two claims corrected, 100 % coverage, kept over a reload, exported, built and shown on the map', async () => {
    const w = await openStudio();
    const { page } = w;
    const text = readFileSync(FIXTURE, 'utf8');
    await page.getByRole('textbox', { name: 'Outlet' }).fill('The Northern Ledger');
    await page.getByRole('textbox', { name: 'Headline' }).fill('Kurdish Forces Push Toward Sinjar as Coalition Jets Strike');
    await page.locator('input[type=date]').fill('2014-12-18');
    await page.getByRole('textbox', { name: 'Report text' }).fill(text);
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    await expect.poll(() => coverage(page), { timeout: 20_000 }).toMatch(/Coverage \d+%/);
    const drafted = await page.locator('.studio-claim').count();
    expect(drafted).toBeGreaterThanOrEqual(8);
    // Nothing is reviewed yet: never "No problems"; every claim is listed to review, the least sure
    // first, with the drafter's reasons.
    expect(await page.locator('#studio-problems-h').textContent()).toMatch(new RegExp(`^${drafted} claims to review`));
    expect(await page.locator('.studio-review-list > li').count()).toBe(drafted);
    expect(await page.locator('.studio-review-list > li').first().getAttribute('class')).toMatch(/confidence-low/);
    expect(await page.locator('.studio-review-list .confidence-reasons').first().textContent()).toMatch(
      /a headline|no source found|no reporting verb/,
    );
    await shot(page, 'studio-drafted');

    // Correction 1: "Aid groups said…" is theirs, not the outlet's: a new voice, and attributed.
    const aid = claim(page, /^“Aid groups said/);
    await aid.locator('.claim-summary').click();
    await aid.getByRole('textbox', { name: 'or a new voice' }).fill('aid groups');
    await aid.getByRole('combobox', { name: 'The new voice is a…' }).selectOption('unnamed-reports');
    await aid.getByRole('button', { name: 'Add to the chain' }).click();
    await aid.getByRole('combobox', { name: 'Stance' }).selectOption('attributed');
    await aid.getByRole('textbox', { name: 'Cue' }).fill('said');
    await expect.poll(() => aid.locator('.claim-chain').textContent()).toBe('The Northern Ledger › aid groups');

    // Correction 2: "Mosul … was quiet" was drafted into the Sinjar event: an event of its own, at Mosul.
    const mosul = claim(page, /^“Mosul, the largest city/);
    await mosul.locator('.claim-summary').click();
    await mosul.getByRole('combobox', { name: 'Event' }).selectOption('+new');
    await mosul.getByRole('combobox', { name: 'Place' }).fill('Mosul');
    await expect.poll(() => page.locator('.studio-meter').textContent()).toMatch(/2 of \d+ drafted claims changed/);

    // Coverage: a claim deleted leaves its text uncovered, a problem that leads to it; the text
    // selected becomes a claim again.
    const headline = claim(page, /^“Kurdish Forces Push/);
    await headline.locator('.claim-summary').click();
    await headline.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => coverage(page)).not.toBe('Coverage 100%');
    await page
      .locator('.studio-problem-list .problem-go', { hasText: /no claim or non-claim covers/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('uncovered'))).toBe(true);
    await selectText(page, 0, text.indexOf('\n'));
    await page.getByRole('button', { name: 'Make a claim' }).click();
    await expect.poll(() => coverage(page)).toBe('Coverage 100%');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect
      .poll(
        async () => `${await page.locator('#studio-problems-h').textContent()}: ${await page.locator('.studio-problems').textContent()}`,
      )
      .toMatch(/^No problems/);
    await shot(page, 'studio-reviewed');

    // A reload loses nothing.
    await page.waitForFunction(() => /Saved in this browser/.test(document.querySelector('.studio-saved')?.textContent ?? ''));
    await page.reload();
    await ready(page);
    await page.getByRole('button', { name: 'Studio' }).click();
    await expect.poll(() => coverage(page), { timeout: 20_000 }).toBe('Coverage 100%');
    await expect
      .poll(() =>
        claim(page, /^“Aid groups said/)
          .locator('.claim-chain')
          .textContent(),
      )
      .toBe('The Northern Ledger › aid groups');

    // Export, unzip into a copy of geo/, build.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the zip' }).click()]);
    expect(download.suggestedFilename()).toBe('according-to-r004.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(files).sort()).toEqual(
      [
        'annotations/r004.yaml',
        'asserters.d/r004.yaml',
        'events.d/r004.yaml',
        'places.d/r004.yaml',
        'reports.d/r004.yaml',
        'reports/r004.txt',
      ].sort(),
    );
    expect(strFromU8(files['reports/r004.txt'])).toBe(text);
    expect(strFromU8(files['annotations/r004.yaml'])).toMatch(/Every claim \(\d+\) was reviewed by a person/);
    const dir = mkdtempSync(join(tmpdir(), 'according-to-studio-'));
    temp.push(dir);
    cpSync(join(ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, 'geo', name)), { recursive: true });
      writeFileSync(join(dir, 'geo', name), bytes);
    }
    const built = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'geo/build/cli.ts'), '--root', join(dir, 'geo'), '--out', join(dir, 'data')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(built.stderr, built.stdout).not.toMatch(/error|failed/i);
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/coverage r004: 100%/);
    const map = JSON.parse(readFileSync(join(dir, 'data', 'map.json'), 'utf8')) as MapData;
    expect(map.reports.map((r) => r.id).sort()).toEqual(['r000', 'r001', 'r002', 'r003', 'r004']);
    expect(map.claims.find((c) => c.report === 'r004' && c.quote.exact.startsWith('Aid groups'))?.asserters).toEqual([
      'northern-ledger',
      'aid-groups',
    ]);
    const quiet = map.claims.find((c) => c.report === 'r004' && c.quote.exact.startsWith('Mosul'));
    expect(map.events.find((e) => e.id === quiet?.event)?.place).toBe('mosul');

    // The built map in the app: the new report's place is on the map.
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await page.getByRole('button', { name: 'Maps' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('dialog', { name: 'Maps' }).getByRole('button', { name: 'Open a file…' }).click(),
    ]);
    await chooser.setFiles(join(dir, 'data', 'map.json'));
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(page);
    await expect.poll(() => page.locator('.leaflet-marker-icon[aria-label^="Sinjar"]').count(), { timeout: 10_000 }).toBe(1);
    await shot(page, 'studio-built-map');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('opens the report as a map of its own, and previews it', async () => {
    const w = await openStudio({ width: 1024, height: 768 });
    const { page } = w;
    // The work from the last test is not here: each test has a fresh browser profile.
    await page.getByRole('textbox', { name: 'Outlet' }).fill('The Northern Ledger');
    await page.locator('input[type=date]').fill('2014-12-18');
    await page.getByRole('textbox', { name: 'Report text' }).fill(readFileSync(FIXTURE, 'utf8'));
    await page.getByRole('button', { name: 'Draft the claims' }).click();
    await expect.poll(() => coverage(page), { timeout: 20_000 }).toMatch(/Coverage/);
    await shot(page, 'studio-1024');
    expect(await page.locator('#studio-title').textContent()).toMatch(/^Studio.*The Northern Ledger/);
    // Neither the heading nor a problem names the report or a claim by its id.
    expect(await page.locator('#studio-title, .studio-problem-list, .claim-problem-list').allTextContents()).not.toContainEqual(
      expect.stringMatching(/\br\d{3}(-c\d+)?\b/),
    );
    await page.getByRole('button', { name: 'Preview on the map' }).click();
    await ready(page);
    // People meet the report by its outlet, never by its internal id.
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/preview of The Northern Ledger/);
    expect(await page.locator('.notice').textContent()).not.toMatch(/\br\d{3}\b/);
    expect(await page.locator('.notice').textContent()).toMatch(/\d+ of \d+ claims were never reviewed by a person/);
    expect(await page.locator('.leaflet-marker-icon[aria-label^="Sinjar"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Studio' }).click();
    await expect.poll(() => coverage(page), { timeout: 20_000 }).toMatch(/Coverage/);
    // A place the gazetteer lacks, picked on the map: the mountain the families are on.
    const families = claim(page, /^“Aid groups said/);
    await families.locator('.claim-summary').click();
    await families.getByRole('combobox', { name: 'Event' }).selectOption('+new');
    await families.getByRole('button', { name: 'Not in the list? Pick it on a map' }).click();
    const picker = families.locator('.place-picker');
    await picker.locator('.leaflet-container').click({ position: { x: 120, y: 90 } });
    await expect.poll(() => picker.getByRole('textbox', { name: 'Latitude' }).inputValue()).toMatch(/^\d+\.\d+$/);
    await picker.getByRole('textbox', { name: 'Name' }).fill('Mount Sinjar');
    await picker.getByRole('combobox', { name: 'It is' }).selectOption('district');
    await picker.getByRole('button', { name: 'Use this place' }).click();
    await expect.poll(() => families.getByRole('combobox', { name: 'Place' }).inputValue()).toBe('Mount Sinjar');
    await shot(page, 'studio-picked-place');
    await page.getByRole('button', { name: 'Open as a map' }).click();
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(page);
    await expect.poll(() => page.locator('.app-header .subtitle').textContent()).toBe('The Northern Ledger');
    expect(await page.locator('.notice').textContent()).toMatch(
      /open as a map of your own.*\d+ of \d+ claims were never reviewed by a person/,
    );
    expect(await page.locator('.leaflet-marker-icon[aria-label^="Mount Sinjar"]').count()).toBe(1);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
