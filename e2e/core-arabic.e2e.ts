/**
 * The app's core in Arabic, right to left: the map with its markers, the timeline and its keys, the
 * header, the help dialog and a broken link's notice, at a phone's and a projector's size. Controls
 * are found by role and by the Arabic catalogue; no English word may show in these views outside
 * names, quotes and key caps; every element stays on the screen; axe finds nothing serious.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot } from './harness';
import { axe, englishWords, message, outside } from './inspect';

const ar = (key: string) => message('ar', key);
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1366, height: 768 },
] as const;

/** The views this file owns: header, notice, map controls and markers, timeline, panel tabs, help. */
const CORE = [
  '.app-header',
  '.notice',
  '.map-buttons',
  '.leaflet-control-attribution',
  '.leaflet-control-zoom',
  '.timeline',
  '.tabs',
  'dialog[open]',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * English words in the visible text of the core's parts, with what is data left out: text in
 * another language (`lang` other than ar), text marked as data of any direction (`dir="auto"`:
 * names, titles), key caps (<kbd>), the map's own title, and values quoted back from a link («…»).
 */
const englishIn = (page: Page, roots: readonly string[]) =>
  englishWords(page, {
    roots: roots.join(', '),
    data: '[lang]:not([lang="ar"]), [dir="auto"], kbd, .subtitle, .visually-hidden, option',
    values: true,
  });

/** The slider's cursor as drawn: the inline start of the veil over the future (its right edge in Arabic). */
const veilEdge = (page: Page) =>
  page
    .locator('.timeline-future')
    .last()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).direction === 'rtl' ? r.right : r.left;
    });

describe('the core in Arabic, right to left', () => {
  for (const size of SIZES) {
    it(`${size.name}: the map, the timeline, the header and the tabs speak Arabic, fit the screen, pass axe`, async () => {
      const w = await openPage(browser, '#lang=ar', { viewport: size, bypassCSP: true });
      await ready(w.page);
      const html = await w.page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      expect(html).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await w.page.title()).toContain('بحسب');
      await w.page.waitForTimeout(300);
      await shot(w.page, `core-ar-${size.name}-map`);
      // By role and by the catalogue's Arabic.
      await w.page.getByRole('button', { name: ar('app.present'), exact: true }).waitFor();
      await w.page.getByRole('tab', { name: ar('core.tab.event') }).waitFor();
      await w.page.getByRole('button', { name: ar('map.showAll') }).waitFor();
      await w.page.getByRole('button', { name: ar('time.next') }).waitFor();
      await w.page.getByRole('slider', { name: ar('time.upTo') }).waitFor();
      await w.page.getByRole('region', { name: ar('map.label') }).waitFor();
      expect(await w.page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe(ar('map.zoomIn'));
      // Each marker's name says its events in Arabic (after the place's name, which is data).
      const labels = await w.page
        .locator('.leaflet-marker-icon[aria-label]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
      expect(labels.length).toBeGreaterThan(3);
      for (const label of labels) expect(label).toMatch(/حدث|أحداث|حدثان|حدثًا/);
      expect(await w.page.locator('.timeline-count').textContent()).toMatch(/^يظهر \d+ من \d+ حدث/);
      expect(await w.page.locator('.timeline-date strong').textContent()).toMatch(
        /^الأحداث حتى \d+ (يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}$/,
      );
      expect(await englishIn(w.page, CORE)).toEqual([]);
      expect(await outside(w.page)).toEqual([]);
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await axe(w.page)).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    });

    it(`${size.name}: the help dialog (Keys) lists the keys in Arabic`, async () => {
      const w = await openPage(browser, '#lang=ar', { viewport: size, bypassCSP: true });
      await ready(w.page);
      // A phone's header has no Keys button (no keyboard): there, the "؟" key of an Arabic layout opens it.
      const keys = w.page.getByRole('button', { name: ar('app.keys') });
      if (await keys.isVisible()) await keys.click();
      else await w.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: '؟', code: 'Slash', shiftKey: true })));
      const dialog = w.page.getByRole('dialog', { name: ar('core.help.title') });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(ar('core.keys.event.what'));
      expect(await englishIn(w.page, ['dialog[open]'])).toEqual([]);
      expect(await outside(w.page)).toEqual([]);
      await shot(w.page, `core-ar-${size.name}-help`);
      expect(await axe(w.page)).toEqual([]);
      await dialog.getByRole('button', { name: ar('core.help.close') }).click();
      await expect.poll(() => w.page.locator('dialog[open]').count()).toBe(0);
      await w.context.close();
    });

    it(`${size.name}: a broken link opens the map with a notice in Arabic`, async () => {
      const w = await openPage(browser, '#lang=ar&e=nope', { viewport: size });
      await ready(w.page);
      const notice = w.page.locator('.notice');
      await expect.poll(() => notice.textContent()).toContain('حدث غير معروف «nope»');
      expect(await notice.textContent()).toContain('تعذّر استخدام جزء من هذا الرابط');
      await notice.getByRole('button', { name: ar('core.notice.dismiss') }).waitFor();
      expect(await englishIn(w.page, CORE)).toEqual([]);
      expect(await outside(w.page)).toEqual([]);
      await shot(w.page, `core-ar-${size.name}-notice`);
      await w.context.close();
    });
  }

  it('the timeline runs right to left: marks, veil, slider and keys agree', async () => {
    const w = await openPage(browser, '#lang=ar', { viewport: { width: 1366, height: 768 } });
    await ready(w.page);
    const slider = w.page.getByRole('slider', { name: ar('time.upTo') });
    const box = (await slider.boundingBox())!;
    // The earliest event's mark is at the right, the latest at the left.
    const marks = await w.page
      .locator('.timeline-marks .mark')
      .evaluateAll((els) =>
        els.map((e) => ({ x: e.getBoundingClientRect().right, start: parseFloat((e as HTMLElement).style.insetInlineStart) })),
      );
    expect(marks.length).toBeGreaterThan(5);
    const earliest = marks.reduce((a, b) => (b.start < a.start ? b : a));
    const latest = marks.reduce((a, b) => (b.start > a.start ? b : a));
    expect(earliest.x).toBeGreaterThan(latest.x);
    // Home: the first day, the cursor at the right; the veil covers the rest.
    await slider.focus();
    await w.page.keyboard.press('Home');
    expect(Number(await slider.inputValue())).toBe(0);
    expect(await veilEdge(w.page)).toBeGreaterThan(box.x + box.width - 20);
    // The arrow pointing into the timeline (left, in Arabic) moves a day later, and the cursor drawn with it.
    await w.page.keyboard.press('ArrowLeft');
    expect(Number(await slider.inputValue())).toBe(1);
    await w.page.keyboard.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBe(0);
    // End: the last day, the cursor at the left end.
    await w.page.keyboard.press('End');
    const max = Number(await slider.getAttribute('max'));
    expect(Number(await slider.inputValue())).toBe(max);
    expect(await veilEdge(w.page)).toBeLessThan(box.x + 20);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^\d+ [\u0600-\u06FF]+ \d{4}$/);
    // A click on the slider puts the cursor where it is drawn: the veil starts under the pointer.
    for (const share of [0.25, 0.6]) {
      const x = box.x + box.width * share;
      await w.page.mouse.click(x, box.y + box.height / 2);
      await expect.poll(async () => Math.abs((await veilEdge(w.page)) - x)).toBeLessThan(12);
    }
    await shot(w.page, 'core-ar-projector-timeline');
    // Page Down is always the next event; the left bracket is next in Arabic, by the key's place (e.code).
    await w.page.keyboard.press('Home');
    await slider.press('PageDown');
    const afterPageDown = Number(await slider.inputValue());
    expect(afterPageDown).toBeGreaterThan(0);
    await w.page.locator('.timeline-date').click();
    await w.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ج', code: 'BracketLeft', bubbles: true })));
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(afterPageDown);
    await w.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'د', code: 'BracketRight', bubbles: true })));
    await expect.poll(async () => Number(await slider.inputValue())).toBe(afterPageDown);
    // K plays on an Arabic layout too (it types ن there).
    await w.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ن', code: 'KeyK', bubbles: true })));
    await w.page.getByRole('button', { name: ar('time.pause') }).waitFor();
    await w.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ن', code: 'KeyK', bubbles: true })));
    await w.page.getByRole('button', { name: ar('time.play'), exact: true }).waitFor();
    await w.context.close();
  });

  it('the tabs follow the reading direction: the left arrow is the next tab', async () => {
    const w = await openPage(browser, '#lang=ar', { viewport: { width: 1366, height: 768 } });
    await ready(w.page);
    await w.page.getByRole('tab', { name: ar('core.tab.event') }).focus();
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(() => w.page.getByRole('tab', { name: ar('core.tab.report') }).getAttribute('aria-selected')).toBe('true');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.getByRole('tab', { name: ar('core.tab.event') }).getAttribute('aria-selected')).toBe('true');
    await w.context.close();
  });

  it('the header switch turns the page to Arabic, remembered across a reload, and a shared link keeps its language', async () => {
    const w = await openPage(browser, '', { viewport: { width: 1366, height: 768 } });
    await ready(w.page);
    expect(await w.page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    // The switch names the other language in its own words: "عربي" in the English page.
    await w.page.getByRole('button', { name: message('en', 'app.language.switchTo') }).click();
    await expect.poll(() => w.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await w.page.getByRole('tab', { name: ar('core.tab.places') }).waitFor();
    expect(await w.page.locator('.timeline-count').textContent()).toMatch(/^يظهر/);
    await expect.poll(() => w.page.evaluate(() => location.hash)).toContain('lang=ar');
    // Remembered: the address without any language opens in Arabic again.
    await w.page.goto(new URL('./', w.page.url()).toString().replace(/#.*$/, ''));
    await w.page.reload();
    await ready(w.page);
    expect(await w.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // A choice made in Arabic is a link in Arabic; opened elsewhere (no memory), it speaks Arabic.
    await w.page.getByRole('tab', { name: ar('core.tab.table') }).click();
    await expect.poll(() => w.page.evaluate(() => location.hash)).toMatch(/lang=ar.*tab=table|tab=table.*lang=ar/);
    const link = await w.page.evaluate(() => location.hash);
    const other = await openPage(browser, link, { viewport: { width: 1366, height: 768 } });
    await ready(other.page);
    expect(await other.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await other.page.getByRole('tab', { name: ar('core.tab.table') }).getAttribute('aria-selected')).toBe('true');
    await other.context.close();
    await w.context.close();
  });
});
