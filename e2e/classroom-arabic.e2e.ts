/**
 * The classroom in Arabic, right to left: the built-in tour presented on projectors (the next key
 * in reading order, ← in Arabic; what was later known revealed after each step's claims), the
 * presenter view, the handout printed to PDF (both copies), the tours on a phone. Every element in
 * the screen, axe, controls found by the Arabic catalogue, and no English word outside names,
 * quotes and data.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openPage, shot } from './harness';
import { axe, englishWords, message, outside } from './inspect';

const ar = (key: string, values?: Record<string, number>) => message('ar', key, values);
const TOUR = '#tour=who-said-what&lang=ar';

/** The built-in tour's own words in Arabic, as the data gives them (the build wrote public/data/map.json). */
interface Words {
  title: string;
  steps: { id: string; caption: string; translations: { ar: { caption: string } } }[];
  translations: { ar: { title: string } };
}
const BUILT_IN = (JSON.parse(readFileSync(new URL('../public/data/map.json', import.meta.url), 'utf8')) as { tours: Words[] }).tours[0];
const CAPTIONS = BUILT_IN.steps.map((s) => s.translations.ar.caption);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * English words shown inside `root`, outside data: text marked with its language (lang="en":
 * captions, notes, titles, later-known notes), names (<bdi>), quotes (<blockquote>, a claim's
 * hedges), addresses, key caps (<kbd>), the paper map's names (<svg>). Hidden text does not count;
 * a tour file's extension (.json) names a format, not a word.
 */
const english = (page: Page, root: string) =>
  englishWords(page, {
    roots: root,
    data: '[lang="en"], bdi, blockquote, kbd, svg, cite, .source-url, .chain, .hedges, [hidden]',
    allowed: ['.json'],
  });

/** Elements past the screen's sides; on a slide (as tall as the projector's screen), past its bottom edge too. */
const past = (page: Page) => outside(page, { bottom: '.presentation' });

const count = (page: Page) => page.locator('.presentation-count').textContent();
const laterShown = (page: Page) => page.locator('.presentation-later').isVisible();

describe('the presentation in Arabic on classroom projectors', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1366, height: 768 },
  ]) {
    it(`${size.width}×${size.height}: the whole tour, stepped with ← (next in Arabic), each step revealing what was later known`, async () => {
      const w = await openPage(browser, `${TOUR}&present=1`, { viewport: size, bypassCSP: true });
      await expect.poll(() => count(w.page), { timeout: 15_000 }).toBe('الخطوة 1 من 14');
      expect(await w.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      // The slide's controls, by their Arabic names.
      const controls = w.page.getByRole('navigation', { name: ar('classroom.controls') });
      for (const name of ['classroom.back', 'classroom.next', 'classroom.autoplay', 'classroom.presenterView', 'classroom.leave'] as const)
        expect(await controls.getByRole('button', { name: ar(name), exact: true }).count(), name).toBe(1);
      // The forward arrow points the way Arabic reads: to the left.
      const arrow = await controls
        .getByRole('button', { name: ar('classroom.next'), exact: true })
        .locator('.reading-arrow')
        .evaluate((el) => getComputedStyle(el).transform);
      expect(arrow).toMatch(/^matrix\(-1/);
      expect(await axe(w.page)).toEqual([]);
      let revealed = 0;
      for (let step = 1; step <= 14; step++) {
        for (let pageNo = 1; ; pageNo++) {
          const where = `${size.width} step ${step} page ${pageNo}`;
          expect(await count(w.page), where).toBe(`الخطوة ${step} من 14`);
          expect(await past(w.page), where).toEqual([]);
          expect(await english(w.page, '.presentation'), where).toEqual([]);
          // The tour's title and the step's question in Arabic, marked as Arabic (the question shows on every page).
          expect(await w.page.locator('.presentation-tour').textContent(), where).toBe(BUILT_IN.translations.ar.title);
          const caption = w.page.locator('.presentation-caption');
          if (await caption.isVisible()) {
            expect(await caption.textContent(), where).toBe(CAPTIONS[step - 1]);
            expect(await caption.getAttribute('lang'), where).toBe('ar');
          }
          const later = await laterShown(w.page);
          if (size.width === 1024 && (step === 1 || step === 4 || step === 14))
            await shot(w.page, `ar-present-1024-step-${step}-page-${pageNo}`);
          if (size.width === 1366 && step === 4) await shot(w.page, `ar-present-1366-step-${step}-page-${pageNo}`);
          if (later) {
            revealed++;
            // Its own heading, apart from the claims, the note in the map's Arabic, marked so.
            expect(await w.page.getByRole('heading', { name: ar('classroom.later.heading') }).isVisible()).toBe(true);
            expect(await w.page.locator('.presentation-later .later-known-note').first().getAttribute('lang')).toBe('ar');
            expect(await w.page.locator('.presentation-later .later-known-date').first().textContent()).toMatch(/^عُرف بتاريخ /);
            expect(await w.page.locator('.presentation-claim .later-known').count()).toBe(0);
          }
          if (step === 14 && later) break;
          const before = `${await count(w.page)} ${later} ${await w.page.locator('.presentation-more').textContent()}`;
          // ← is next in a right-to-left page; the clicker's Page Down too.
          await w.page.keyboard.press(pageNo % 2 ? 'ArrowLeft' : 'PageDown');
          await expect
            .poll(
              async () => `${await count(w.page)} ${await laterShown(w.page)} ${await w.page.locator('.presentation-more').textContent()}`,
            )
            .not.toBe(before);
          if (later) break;
        }
      }
      expect(revealed).toBe(14);
      // → goes back in Arabic: from the last step's reveal to its claims.
      await w.page.keyboard.press('ArrowRight');
      await expect.poll(() => laterShown(w.page)).toBe(false);
      expect(await count(w.page)).toBe('الخطوة 14 من 14');
      expect(await w.page.locator('.presentation-more').textContent()).toContain(ar('classroom.laterFollows'));
      // Letters by their place on the keyboard: the A key of an Arabic layout types "ش", and starts autoplay.
      await w.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ش', code: 'KeyA', bubbles: true })));
      await expect.poll(() => w.page.getByRole('button', { name: ar('classroom.pauseAutoplay') }).count()).toBe(1);
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    }, 240_000);
  }
});

describe('the presenter view in Arabic', () => {
  it('shows the notes and what was later known with all its sources, in Arabic, and follows the clicker', async () => {
    const w = await openPage(browser, `${TOUR}&step=speicher&present=1`, { viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await expect.poll(() => count(w.page), { timeout: 15_000 }).toBe('الخطوة 4 من 14');
    const [presenter] = await Promise.all([
      w.context.waitForEvent('page'),
      w.page.getByRole('button', { name: ar('classroom.presenterView'), exact: true }).click(),
    ]);
    await presenter.setViewportSize({ width: 1366, height: 768 });
    const notes = presenter.getByRole('region', { name: ar('classroom.presenter.notes.label') });
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toMatch(/perpetrators/);
    expect(await presenter.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const later = notes.getByRole('region', { name: ar('classroom.later.heading') });
    expect(await later.locator('.later-known-citations li').count()).toBeGreaterThan(0);
    expect(await later.textContent()).toMatch(/https?:\/\//);
    expect(await presenter.getByRole('region', { name: ar('classroom.next') }).textContent()).toContain(
      ar('classroom.presenter.nextLater'),
    );
    expect(await english(presenter, 'main')).toEqual([]);
    // The question in Arabic; the teacher's notes as written (English: the data gives no Arabic for them).
    expect(await presenter.locator('.presenter-caption').textContent()).toBe(CAPTIONS[3]);
    expect(await presenter.locator('.presenter-caption').getAttribute('lang')).toBe('ar');
    expect(await presenter.locator('.presenter-tour').textContent()).toBe(BUILT_IN.translations.ar.title);
    expect(await past(presenter)).toEqual([]);
    await shot(presenter, 'ar-presenter-view');
    expect(await axe(presenter)).toEqual([]);
    // ← in the presenter view is next too: it reveals, then goes on.
    await presenter.keyboard.press('ArrowLeft');
    await expect
      .poll(() => presenter.locator('.presenter-count').textContent())
      .toBe(`الخطوة 4 من 14${ar('classroom.presenter.laterShown')}`);
    await expect.poll(() => laterShown(w.page)).toBe(true);
    await presenter.getByRole('button', { name: ar('classroom.next'), exact: true }).click();
    await expect.poll(() => count(w.page)).toBe('الخطوة 5 من 14');
    await presenter.keyboard.press('Escape');
    await expect.poll(() => presenter.getByRole('status').textContent()).toBe(ar('classroom.presenter.ended'));
    expect(await english(presenter, 'main')).toEqual([]);
    await w.context.close();
  }, 60_000);
});

/**
 * Prints to PDF; writes PNG pages to look at; returns each page's text, read back by pdf.js. pdf.js
 * gives Arabic glyph by glyph in the order they are drawn (right to left, so reversed) and in
 * presentation forms: each page's text is given both ways, the glyphs normalised (NFKC).
 */
async function printed(
  page: Page,
  name: string,
): Promise<{ text: string; reversed: string; arabicLines: { left: number; right: number }[] }[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}${name}.pdf`;
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4' });
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${ARTIFACTS}${name}-page`]);
  } catch {
    // PNGs are for people to look at; the assertions read the PDF itself.
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const width = p.getViewport({ scale: 1 }).width;
    const items = (await p.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [{ str: item.str.normalize('NFKC'), x: (item.transform[4] as number) / width, y: item.transform[5] as number }]
        : [],
    );
    pages.push({
      text: items.map((g) => g.str).join(' '),
      reversed: [...items]
        .reverse()
        .map((g) => g.str)
        .join(' '),
      arabicLines: arabicLines(items),
    });
  }
  return pages;
}

/** The printed lines holding Arabic letters (glyphs on one baseline): where their Arabic starts and ends, 0–1 of the page's width. */
function arabicLines(items: { str: string; x: number; y: number }[]): { left: number; right: number }[] {
  const lines = new Map<number, { left: number; right: number }>();
  for (const g of items.filter((i) => /[\u0600-\u06ff]/.test(i.str))) {
    const y = Math.round(g.y);
    const line = lines.get(y);
    lines.set(y, line ? { left: Math.min(line.left, g.x), right: Math.max(line.right, g.x) } : { left: g.x, right: g.x });
  }
  return [...lines.values()];
}

/** Does the printed text hold these words (in either order of drawing)? */
const has = (pages: { text: string; reversed: string }[], words: string) => {
  const w = words.replace(/\s+/g, '');
  return pages.some((p) => p.text.replace(/\s+/g, '').includes(w) || p.reversed.replace(/\s+/g, '').includes(w));
};

describe('the handout in Arabic, printed right to left', () => {
  it('the students’ copy: Arabic headings set from the right, no later-known notes unless asked', async () => {
    const w = await openPage(browser, `${TOUR}&handout=1`, { viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await w.page.waitForSelector('.handout .locator-map');
    expect(await w.page.locator('.handout-later-notes').count()).toBe(0);
    // The paper map is never mirrored: its labels read as in English, places that share a mark apart,
    // each in Arabic where GeoNames gives the name (Camp Speicher has none).
    expect(await w.page.locator('.lm-pin-n').allTextContents()).toContain('4 قاعدة سبايكر · 10–12, 14 تكريت');
    expect(await english(w.page, '.handout, .handout-toolbar .handout-copy')).toEqual([]);
    // The tour's title and every step's question in Arabic, as the data gives them.
    expect(await w.page.locator('.handout h1').textContent()).toBe(BUILT_IN.translations.ar.title);
    expect(await w.page.locator('.handout-step th > span[lang="ar"]').allTextContents()).toEqual(CAPTIONS);
    expect(await past(w.page)).toEqual([]);
    expect(await axe(w.page)).toEqual([]);
    await shot(w.page, 'ar-handout-screen');
    // Right to left on paper: the table's first column (the claim) is at the right of the page.
    await w.page.emulateMedia({ media: 'print' });
    const column = await w.page
      .locator('.handout-table thead th')
      .first()
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { start: r.right / document.documentElement.clientWidth, text: el.textContent };
      });
    expect(column).toEqual({ start: expect.closeTo(1, 1) as number, text: ar('classroom.handout.claim') });
    const pages = await printed(w.page, 'ar-handout-students');
    expect(has(pages, ar('classroom.handout.sources'))).toBe(true);
    expect(has(pages, ar('classroom.handout.claim'))).toBe(true);
    expect(has(pages, ar('classroom.later.heading'))).toBe(false);
    // The questions are printed in Arabic.
    expect(has(pages, CAPTIONS[4])).toBe(true);
    // Arabic lines start at the right: on the first page more lines of Arabic reach the right
    // margin than the left one. (Not where the glyphs sit on average: names are Arabic too now, set
    // where their place is on the paper map or in a table's middle column.)
    const lines = pages[0].arabicLines;
    const fromRight = lines.filter((l) => l.right > 0.85).length;
    expect(fromRight).toBeGreaterThanOrEqual(3);
    expect(fromRight).toBeGreaterThan(lines.filter((l) => l.left < 0.15).length);
    // Asked for: the students' copy prints what was later known too.
    await w.page.emulateMedia({ media: 'screen' });
    await w.page.getByLabel(ar('classroom.handout.laterChoice')).check();
    await expect.poll(() => w.page.locator('.handout-later-notes').count()).toBe(14);
    expect(await w.page.locator('.handout-notes').count()).toBe(0);
    await w.context.close();
  }, 90_000);

  it('the teacher’s copy: the notes and what was later known with full citations, in Arabic', async () => {
    const w = await openPage(browser, `${TOUR}&handout=1`, { viewport: { width: 1366, height: 768 } });
    await w.page.waitForSelector('.handout .locator-map');
    await w.page.getByLabel(ar('classroom.handout.teacherCopyChoice')).check();
    await expect.poll(() => w.page.locator('.handout-later-notes').count()).toBe(14);
    expect(await w.page.getByLabel(ar('classroom.handout.laterChoice')).isDisabled()).toBe(true);
    expect(await english(w.page, '.handout')).toEqual([]);
    await w.page.locator('.handout-later').first().scrollIntoViewIfNeeded();
    await shot(w.page, 'ar-handout-teacher-screen');
    const pages = await printed(w.page, 'ar-handout-teacher');
    const all = pages.map((p) => p.text).join(' ');
    expect(has(pages, ar('classroom.handout.teacherCopy'))).toBe(true);
    expect(has(pages, ar('classroom.later.heading'))).toBe(true);
    expect(all.replace(/\s+/g, '')).toContain('defensetech.org/2015/03/10/report-iran-drone-crashes-west-of-tikrit/');
    expect(all).toMatch(/perpetrators/);
    await w.context.close();
  }, 90_000);
});

describe('the tours on a phone, in Arabic', () => {
  it('390×844: every element in the screen, axe, Arabic controls, no English outside data', async () => {
    const w = await openPage(browser, '#tab=tours&lang=ar', { viewport: { width: 390, height: 844 }, bypassCSP: true });
    await w.page.waitForSelector('.tours-view');
    const tours = w.page.locator('.tours-view');
    expect(await tours.getByRole('button', { name: ar('classroom.tours.presentP') }).count()).toBe(1);
    expect(await tours.getByRole('button', { name: ar('classroom.tours.handout'), exact: true }).count()).toBe(1);
    expect(await tours.getByRole('button', { name: ar('classroom.tours.preview.label', { n: 1 }) }).count()).toBe(1);
    expect(await english(w.page, '.tours-view')).toEqual([]);
    expect(await past(w.page)).toEqual([]);
    expect(await axe(w.page)).toEqual([]);
    await shot(w.page, 'ar-tours-390');
    await w.page.locator('.tour-steps li').nth(3).scrollIntoViewIfNeeded();
    await shot(w.page, 'ar-tours-390-steps');
    await w.context.close();
  });
});
