/**
 * Names and the data's words in Arabic: the map's labels, the panel and the places index show the
 * places' Arabic names (from GeoNames, in the data), the voices' Arabic forms where the data gives
 * one (the own name in a title), and the vocabularies' Arabic words (stance, kind of source,
 * affiliation, precision); `lang=en` shows the English ones. At a phone's and a projector's size,
 * with the element-box check and axe, and screenshots.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapData } from '../geo/core/model/contract';
import { launch, openPage, ready, shot } from './harness';
import { axe, englishWords, keptNames, outside } from './inspect';

const map = JSON.parse(readFileSync(new URL('../public/data/map.json', import.meta.url), 'utf8')) as MapData;
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1366, height: 768 },
];

/** The data's words, as the build wrote them: what each view must show. */
const ar = (vocab: keyof MapData['meta']['vocabularies'], id: string) =>
  map.meta.vocabularies[vocab].find((t) => t.id === id)!.translations!.ar.label;
const en = (vocab: keyof MapData['meta']['vocabularies'], id: string) => map.meta.vocabularies[vocab].find((t) => t.id === id)!.label;
const place = (id: string) => map.places.find((p) => p.id === id)!;
const voice = (id: string) => map.asserters.find((a) => a.id === id)!;
/** Own names the data gives no Arabic form for: the only Latin words the checked elements may show. */
const KEPT = keptNames();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, size: { width: number; height: number }) {
  const w = await openPage(browser, path, { viewport: size, bypassCSP: true });
  await ready(w.page);
  await w.page.waitForTimeout(300);
  return w;
}

const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));

const NAMES = '.place-label, .event-where strong, .asserter-name, .asserter-meta, .stance, .place-index li span:first-child, #place-title';

/**
 * Latin words (3+ letters) in the names and the data's words, shown or not, once the names the
 * data keeps in every language are taken out; without what is not this test's: a stance's hedges
 * (words quoted from the report) and the "anonymous" badge (a word of the claim card's own, in
 * the catalogue's ui area).
 */
const englishIn = (page: Page) => englishWords(page, { roots: NAMES, data: '.hedges, .anon-badge', allowed: KEPT, hidden: true });

/** The names' boxes past the screen's sides, or above its top outside the panel (which scrolls). */
const past = (page: Page) => outside(page, { selector: NAMES, top: { except: '.panel' } });

describe('names and the data’s words in Arabic', () => {
  for (const size of SIZES) {
    it(`${size.name} ${size.width}×${size.height}: an event at Tikrit in Arabic`, async () => {
      const w = await open('#lang=ar&e=tikrit-offensive-begins', size);
      const { page } = w;
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);

      // The map: Tikrit's marker is named in Arabic, on the map (when its label fits) and for screen readers.
      const tikrit = place('tikrit').names!.ar!;
      expect(tikrit).toBe('تكريت');
      await expect
        .poll(() => page.locator('.leaflet-marker-icon[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
        .toContainEqual(expect.stringMatching(new RegExp(`^${tikrit}`)));
      const labels = await texts(page, '.place-label');
      expect(
        labels.some((l) => /[\u0600-\u06FF]/.test(l)),
        labels.join(' | '),
      ).toBe(true);
      expect(labels.filter((l) => /^(Tikrit|Mosul|Baghdad|Raqqa|Iraq|Syria|Iran)\b/.test(l))).toEqual([]);

      // The panel: the place in Arabic (its own name in the title), the stance and the kinds of source in Arabic.
      const where = page.locator('.event-where strong').first();
      await expect.poll(() => where.textContent()).toBe(tikrit);
      expect(await where.getAttribute('title')).toBe('Tikrit');
      const stances = await texts(page, '.claim-card .stance');
      expect(stances.length).toBeGreaterThan(0);
      expect(stances.some((s) => s.startsWith(ar('stance', 'attributed')) || s.startsWith(ar('stance', 'fact')))).toBe(true);
      const metas = (await texts(page, '.asserter-meta')).join(' ');
      expect(metas).toContain(ar('kind', 'outlet'));
      expect(metas).not.toContain(en('kind', 'outlet').toLowerCase());
      // A voice keeps its name, in the Arabic form in common use where there is one, with its own name beside.
      const beast = page.locator('.asserter-name', { hasText: voice('daily-beast').names!.ar! }).first();
      expect(await beast.getAttribute('title')).toBe('The Daily Beast');
      expect(await beast.getAttribute('dir')).toBe('auto');

      expect(await englishIn(page)).toEqual([]);
      expect(await past(page)).toEqual([]);
      await shot(page, `names-arabic-${size.name}-event`);
      expect(await axe(page)).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    });

    it(`${size.name} ${size.width}×${size.height}: the places index and a place in Arabic`, async () => {
      const w = await open('#lang=ar&tab=places&p=tikrit', size);
      const { page } = w;
      const title = page.locator('#place-title');
      await expect.poll(() => title.textContent()).toContain('تكريت');
      expect(await title.textContent()).toContain(ar('precision', 'city'));
      expect(await title.locator('span').first().getAttribute('title')).toBe('Tikrit');
      const index = await texts(page, '.place-index li button > span:first-child');
      for (const id of ['tikrit', 'mosul', 'raqqa', 'iraq']) expect(index).toContain(place(id).names!.ar);
      // A place GeoNames has no Arabic name for, by the form Arabic news media write.
      expect(index).toContain('آمرلي');
      expect(await englishIn(page)).toEqual([]);
      expect(await past(page)).toEqual([]);
      await shot(page, `names-arabic-${size.name}-places`);
      expect(await axe(page)).toEqual([]);
      await w.context.close();
    });
  }

  it('finds a voice by its Arabic form and a claim by an Arabic place name', async () => {
    const w = await open('#lang=ar&tab=find', SIZES[1]);
    const { page } = w;
    await page.getByRole('searchbox').first().fill('البنتاغون');
    await expect.poll(() => texts(page, '.voice-name')).toContainEqual(expect.stringContaining('البنتاغون'));
    await shot(page, 'names-arabic-projector-find');
    await w.context.close();
  });

  it('in English, the same views show the English names and words', async () => {
    const w = await open('#lang=en&e=tikrit-offensive-begins', SIZES[1]);
    const { page } = w;
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await expect.poll(() => page.locator('.event-where strong').first().textContent()).toBe('Tikrit');
    expect(await page.locator('.event-where strong').first().getAttribute('title')).toBeNull();
    expect((await texts(page, '.place-label')).some((l) => l.startsWith('Tikrit') || l.startsWith('Baghdad'))).toBe(true);
    expect((await texts(page, '.place-label')).some((l) => /[\u0600-\u06FF]/.test(l))).toBe(false);
    const stances = await texts(page, '.claim-card .stance');
    expect(stances.some((s) => s.startsWith(en('stance', 'attributed')) || s.startsWith(en('stance', 'fact')))).toBe(true);
    expect((await texts(page, '.asserter-meta')).join(' ')).toContain(en('kind', 'outlet').toLowerCase());
    expect(await texts(page, '.asserter-name')).toContain('The Daily Beast');
    await shot(page, 'names-english-projector-event');
    await w.context.close();
  });
});
