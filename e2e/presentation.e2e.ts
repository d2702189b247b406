/**
 * The presentation on classroom screens: every step fits (smaller type, never under a floor) or
 * pages through with the clicker, with a cue that more follows; the controls stay in view; the
 * presenter view follows in a second window; focus stays on the slide.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, nextUntilLater, openPage, ready, shot } from './harness';
import { overlapping, settledLabels } from './labels';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
/** Who said it, on a projector: never under 20 px (as the page is seen: a 4K screen magnifies it). */
const WHO = {
  name: '.presentation .asserter-name',
  kind: '.presentation .asserter-meta',
  stance: '.presentation .stance',
  outlet: '.presentation-claim-meta bdi',
  count: '.presentation-count',
  title: '.presentation-tour',
  'map label': '.place-label',
};
const CLICKER = ['PageDown', 'ArrowRight', ' '];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  count: string;
  cue: string | null;
  outside: string[];
  cut: boolean;
  claims: string[];
  allClaims: string[];
  controls: string[];
  smallestQuote: number;
  /** What was later known, revealed on the slide. */
  later: boolean;
  /** The smallest type of each part of who said it, in pixels on the screen. */
  who: Record<string, number>;
  question: boolean;
  titleCut: boolean;
  focus: string;
  /** The page's magnification (2 on a 4K projector). */
  zoom: number;
}

/** What the slide shows now: which claims and controls are wholly on screen, and what is not. */
function look(page: Page): Promise<Seen> {
  return page.evaluate((who) => {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const slide = document.querySelector<HTMLElement>('.presentation')!;
    const body = slide.querySelector<HTMLElement>('.presentation-body')!;
    const inView = (r: DOMRect) => r.left >= -0.5 && r.top >= -0.5 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5;
    const shown = (el: Element) => el.checkVisibility() && el.getClientRects().length > 0;
    const outside = [...slide.querySelectorAll('*'), slide]
      .filter((el) => shown(el) && !inView(el.getBoundingClientRect()))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.slice(0, 30)}`);
    const b = body.getBoundingClientRect();
    const quotes = [...slide.querySelectorAll('.presentation-claim blockquote')];
    const cue = slide.querySelector<HTMLElement>('.presentation-more')!;
    return {
      count: slide.querySelector('.presentation-count')!.textContent!,
      cue: shown(cue) ? cue.textContent : null,
      outside,
      cut: body.scrollHeight > body.clientHeight + 1,
      claims: quotes
        .filter((q) => {
          const r = q.getBoundingClientRect();
          return shown(q) && inView(r) && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
        })
        .map((q) => q.textContent!),
      allClaims: quotes.map((q) => q.textContent!),
      controls: [...slide.querySelectorAll('.presentation-controls button')]
        .filter((el) => shown(el) && inView(el.getBoundingClientRect()))
        .map((el) => el.getAttribute('aria-label') ?? el.textContent!),
      smallestQuote: Math.min(...quotes.filter(shown).map((q) => parseFloat(getComputedStyle(q).fontSize))),
      later: [...slide.querySelectorAll('.presentation-later')].some(shown),
      who: Object.fromEntries(
        Object.entries(who).flatMap(([part, selector]) => {
          const sizes = [...document.querySelectorAll(selector)]
            .filter(shown)
            .map((el) => parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom);
          return sizes.length ? [[part, Math.min(...sizes)]] : [];
        }),
      ),
      question: [...slide.querySelectorAll('.presentation-caption')].some(shown),
      titleCut: (() => {
        const title = slide.querySelector('.presentation-tour')!;
        return title.scrollWidth > title.clientWidth + 1;
      })(),
      focus: document.activeElement === document.body ? 'body' : (document.activeElement?.tagName ?? 'nothing'),
      zoom: document.documentElement.currentCSSZoom,
    };
  }, WHO);
}

const state = async (page: Page) => {
  const s = await look(page);
  return `${s.count} ${s.cue}`;
};

describe('every step of the tour on classroom screens', () => {
  for (const size of SIZES) {
    it(`${size.width}×${size.height}: every claim and control is on screen at some page, reached by the clicker`, async () => {
      const w = await openPage(browser, '#tour=who-said-what&present=1', { viewport: size });
      await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 1 of 14');
      // The first slide is fitted to the screen once the map's names are laid out at their drawn
      // size (a 4K screen's page zoom comes with it): the check starts once that has settled.
      await expect.poll(async () => (await look(w.page)).outside, { timeout: 10_000 }).toEqual([]);
      let presses = 0;
      let paged = 0;
      let revealed = 0;
      for (let step = 1; step <= 14; step++) {
        const claims = new Set<string>();
        let all: readonly string[] | undefined;
        for (let pageNo = 1; ; pageNo++) {
          const seen = await look(w.page);
          const where = `${size.width}×${size.height} step ${step} page ${pageNo}`;
          expect(seen.count, where).toBe(`Step ${step} of 14`);
          expect(seen.outside, where).toEqual([]);
          expect(seen.cut, `${where}: text cut off at the bottom`).toBe(false);
          expect(seen.controls, where).toEqual(['Back', 'Next', 'Autoplay', 'Presenter view', 'Leave']);
          // The readable floor: claim text never under 20 px on a projector, and who said it neither.
          if (seen.claims.length) expect(seen.smallestQuote, where).toBeGreaterThanOrEqual(20);
          for (const [part, px] of Object.entries(seen.who)) expect(px, `${where}: ${part}`).toBeGreaterThanOrEqual(20);
          if (seen.claims.length) expect(Object.keys(seen.who).sort(), where).toEqual(Object.keys(WHO).sort());
          // The question stays on every page of its claims; the title is whole; focus stays on the slide.
          if (!seen.later) expect(seen.question, `${where}: the question`).toBe(true);
          expect(seen.titleCut, `${where}: the tour's title cut`).toBe(false);
          expect(seen.focus, `${where}: focus`).not.toBe('body');
          // A 4K projector shows what 1080p shows, twice the size.
          expect(seen.zoom, where).toBe(size.width === 3840 ? 2 : 1);
          for (const c of seen.claims) claims.add(c);
          all = seen.allClaims;
          if (size.width === 1024 || (size.width >= 1280 && step === 1))
            await shot(w.page, `present-${size.width}-step-${step}-page-${pageNo}`);
          const more = seen.cue !== null && /^▼ More: page \d+ of \d+$/.test(seen.cue);
          // After the claims, one more press reveals what was later known.
          const laterNext = seen.cue === '▼ Next: what was later known';
          if (seen.later) {
            expect(seen.cue, where).toBeNull();
            revealed++;
          } else if (pageNo > 1 || more) expect(seen.cue, where).toMatch(more ? /More/ : /later known/);
          if (pageNo === 1 && more) paged++;
          if (step === 14 && seen.later) break;
          const before = `${await state(w.page)} ${seen.later}`;
          await w.page.keyboard.press(CLICKER[presses++ % CLICKER.length]);
          await expect.poll(async () => `${await state(w.page)} ${(await look(w.page)).later}`).not.toBe(before);
          if (!more && !laterNext) break;
        }
        expect(all?.length).toBeGreaterThan(0);
        expect([...claims].sort(), `${size.width}×${size.height} step ${step}: every claim seen`).toEqual([...(all ?? [])].sort());
      }
      // Small projectors need pages for some steps; a 1080p screen (and a 4K one) fits every step at full size.
      if (size.width >= 1920) expect(paged).toBe(0);
      if (size.width === 1024) expect(paged).toBeGreaterThan(0);
      expect(revealed, 'every step reveals what was later known').toBe(14);
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    }, 180_000);
  }

  it('at 1024×768 each side of the contradiction of step 4 is on screen with its question', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=speicher&present=1', { viewport: { width: 1024, height: 768 } });
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 4 of 14');
    const sides = [/at least 800/, /1,700/];
    for (;;) {
      const seen = await look(w.page);
      if (seen.later) break;
      const question = await w.page.locator('.presentation-caption').textContent();
      // The question, not its answer, on every page.
      expect(question).toMatch(/^How many trainees were killed at Camp Speicher.*\?$/);
      for (let i = sides.length - 1; i >= 0; i--) if (seen.claims.some((c) => sides[i].test(c))) sides.splice(i, 1);
      await w.page.keyboard.press('PageDown');
      await expect.poll(async () => JSON.stringify(await look(w.page))).not.toBe(JSON.stringify(seen));
    }
    expect(sides).toEqual([]);
    await w.context.close();
  });

  it('back from a step’s first page shows the previous step’s last page', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=airlift&present=1', { viewport: { width: 1024, height: 768 } });
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 2 of 14');
    await w.page.keyboard.press('PageUp');
    // The end of step 1 is what was later known; before it, its last page of claims.
    await expect.poll(() => state(w.page)).toBe('Step 1 of 14 null');
    expect((await look(w.page)).later).toBe(true);
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(() => state(w.page)).toBe('Step 1 of 14 ▼ Next: what was later known');
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(() => state(w.page)).toMatch(/^Step 1 of 14 ▼ More: page \d+ of/);
    await w.context.close();
  });

  it('Home, End and the clicker keys work on every page, and focus stays on the slide', async () => {
    const w = await openPage(browser, '#tour=who-said-what&present=1', { viewport: { width: 1024, height: 768 } });
    await expect.poll(() => state(w.page)).toMatch(/^Step 1 of 14 ▼ More: page 1 of/);
    await w.page.keyboard.press('PageDown');
    await expect.poll(() => state(w.page)).toMatch(/^Step 1 of 14 ▼ (More: page 2 of|Next: what was later known)/);
    await w.page.keyboard.press('Home');
    await expect.poll(() => state(w.page)).toMatch(/^Step 1 of 14 ▼ More: page 1 of/);
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('End');
    await expect.poll(() => state(w.page)).toMatch(/^Step 14 of 14 ▼ More: page 1 of/);
    await w.page.keyboard.press('PageDown');
    await expect.poll(() => state(w.page)).toMatch(/^Step 14 of 14 ▼ Next/);
    await w.page.keyboard.press('Home');
    await expect.poll(() => state(w.page)).toMatch(/^Step 1 of 14 ▼ More: page 1 of/);
    await w.page.keyboard.press('End');
    await w.page.keyboard.press('PageUp');
    await expect.poll(() => state(w.page)).toMatch(/^Step 13 of 14/);
    await w.page.keyboard.press('ArrowLeft');
    expect((await look(w.page)).focus).toBe('H2');
    await w.context.close();
  });

  it('a 4K projector shows the map as 1080p shows it: the same places named, no more groups', async () => {
    const labels = async (size: { width: number; height: number }) => {
      const w = await openPage(browser, '#tour=who-said-what&step=speicher&present=1', { viewport: size });
      await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 4 of 14');
      // The map has flown to the step's place when its view stops changing.
      let seen = '';
      await expect
        .poll(
          async () => {
            const before = seen;
            seen = (await w.page.locator('.place-label').allTextContents()).sort().join(' | ');
            return seen !== '' && seen === before;
          },
          { interval: 500 },
        )
        .toBe(true);
      await shot(w.page, `present-map-${size.width}`);
      await w.context.close();
      return seen;
    };
    expect(await labels({ width: 3840, height: 2160 })).toBe(await labels({ width: 1920, height: 1080 }));
  });

  it('on a phone the slide fits under the map, its controls in view', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=speicher&present=1', { viewport: { width: 390, height: 844 } });
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 4 of 14');
    for (;;) {
      const seen = await look(w.page);
      expect(seen.outside).toEqual([]);
      expect(seen.cut).toBe(false);
      expect(seen.controls).toHaveLength(5);
      await shot(w.page, `present-phone-${seen.cue?.match(/page (\d+)/i)?.[1] ?? 1}`);
      if (!seen.cue?.startsWith('▼')) break;
      await w.page.keyboard.press('PageDown');
    }
    await w.context.close();
  });
});

describe('map names at projector size', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`1024×768 ${lang}: the names are drawn at projector size and none covers another, at the first step and a zoomed one`, async () => {
      const hash = `${lang === 'ar' ? 'lang=ar&' : ''}tour=who-said-what&present=1`;
      const w = await openPage(browser, `#${hash}`, { viewport: { width: 1024, height: 768 } });
      await ready(w.page);
      for (const step of ['drones', 'speicher']) {
        await w.page.evaluate((h) => (location.hash = h), `${hash}&step=${step}`);
        const number = step === 'drones' ? 1 : 4;
        await expect.poll(() => w.page.locator('.presentation-count').textContent()).toMatch(new RegExp(`^(Step|الخطوة) ${number} `));
        const labels = await settledLabels(w.page);
        const where = `${lang} step ${step}`;
        const countries = labels.filter((l) => l.kind === 'country');
        // Names are still there to read (the first step shows the region, the other a close-up),
        // in the projector's 20 px type the layout had to allow for.
        if (step === 'drones') expect(countries.length, `${where}: country names shown`).toBeGreaterThanOrEqual(3);
        expect(Math.min(...labels.map((l) => l.fontSize)), where).toBeGreaterThanOrEqual(20);
        expect(overlapping(labels), where).toEqual([]);
        await shot(w.page, `present-names-${lang}-${step}`);
      }
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    });
  }
});

describe('the presenter view', () => {
  it('opens in a second window with the notes, the next step and the time, and follows the clicker both ways', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=speicher&present=1', { viewport: { width: 1920, height: 1080 } });
    await ready(w.page);
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 4 of 14');
    // The projected window never shows the notes.
    expect(await w.page.locator('body').textContent()).not.toMatch(/perpetrators/);
    const [presenter] = await Promise.all([w.context.waitForEvent('page'), w.page.keyboard.press('n')]);
    const notes = presenter.getByRole('region', { name: 'Presenter notes' });
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toMatch(/perpetrators/);
    // What was later known is in the notes from the start, with its sources; next comes its reveal.
    expect(await notes.getByRole('region', { name: 'Later known' }).textContent()).toMatch(/Known .*https?:\/\//);
    expect(await presenter.getByRole('region', { name: 'Next' }).textContent()).toBe('NextWhat was later known, on the next press.');
    expect(await presenter.locator('.presenter-clock time').textContent()).toMatch(/^\d+:\d\d$/);
    expect(await w.page.locator('body').textContent()).not.toMatch(/perpetrators/);
    await shot(presenter, 'presenter-view-speicher');
    // A clicker in the projected window moves the presenter view…
    await w.page.keyboard.press('PageDown');
    await expect.poll(() => presenter.locator('.presenter-count').textContent()).toBe('Step 4 of 14 · later known shown');
    expect(await presenter.getByRole('region', { name: 'Next' }).textContent()).toMatch(/Step 5: Who broke the siege of Amerli/);
    await w.page.keyboard.press('PageDown');
    await expect.poll(() => presenter.locator('.presenter-count').textContent()).toMatch(/^Step 5 of 14/);
    expect(await notes.textContent()).toMatch(/anonymous badge/);
    // …and one in the presenter view moves the projected window.
    await presenter.keyboard.press('PageUp');
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 4 of 14');
    await expect.poll(() => presenter.locator('.presenter-count').textContent()).toMatch(/^Step 4 of 14/);
    await presenter.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 5 of 14');
    // The time runs.
    const first = await presenter.locator('.presenter-clock time').textContent();
    await expect.poll(() => presenter.locator('.presenter-clock time').textContent(), { timeout: 5_000 }).not.toBe(first);
    // Leaving in the presenter view ends the presentation in both.
    await presenter.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('.presentation').count()).toBe(0);
    await expect.poll(() => presenter.getByRole('status').textContent()).toMatch(/ended/);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('says so when it is opened on its own, with its controls off', async () => {
    const w = await openPage(browser, '?presenter#tour=who-said-what&step=speicher&present=1');
    await expect.poll(() => w.page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/Not connected/);
    expect(await w.page.getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);
    await w.context.close();
  });

  it('works from the single file opened over file://', async () => {
    const single = new URL('../dist-single/index.html', import.meta.url).pathname;
    expect(existsSync(single), 'npm run build:single writes dist-single/index.html').toBe(true);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, offline: true });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(single).toString()}#tour=who-said-what&step=speicher&present=1`);
    await expect.poll(() => page.locator('.presentation-count').textContent(), { timeout: 15_000 }).toBe('Step 4 of 14');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await expect
      .poll(() => presenter.getByRole('region', { name: 'Presenter notes' }).textContent(), { timeout: 15_000 })
      .toMatch(/perpetrators/);
    await nextUntilLater(page, () => presenter.keyboard.press('ArrowRight'));
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.presentation-count').textContent()).toBe('Step 5 of 14');
    await context.close();
  });
});

describe('autoplay', () => {
  it('shows its progress, accessibly, for as long as the page takes to read', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=newport&present=1', { viewport: { width: 1920, height: 1080 } });
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 8 of 14');
    await w.page.clock.install();
    await w.page.getByRole('button', { name: 'Autoplay' }).click();
    const bar = w.page.getByRole('progressbar', { name: 'Autoplay: time on this page' });
    const left = Number((await bar.getAttribute('aria-valuetext'))?.match(/^(\d+) seconds/)?.[1]);
    expect(left).toBeGreaterThanOrEqual(6);
    await w.page.clock.runFor(3_000);
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    // Reduced motion: the bar does not animate, but it still moves.
    expect(await bar.locator('span').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    await w.page.clock.runFor(left * 1000);
    // The next page of step 8 is what was later known; autoplay reveals it in its turn.
    await expect.poll(() => w.page.locator('.presentation-later').isVisible()).toBe(true);
    expect(await w.page.locator('.presentation-count').textContent()).toBe('Step 8 of 14');
    await w.context.close();
  });

  it('animates the bar when motion is welcome', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=newport&present=1', {
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'no-preference',
    });
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 8 of 14');
    await w.page.getByRole('button', { name: 'Autoplay' }).click();
    const bar = w.page.getByRole('progressbar');
    expect(await bar.locator('span').evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
    await w.context.close();
  });
});

describe('focus in the presentation', () => {
  it('starts on the slide, stays in it under Tab, and returns to the Present button', async () => {
    const w = await openPage(browser, '', { viewport: { width: 1280, height: 720 } });
    await ready(w.page);
    const present = w.page.getByRole('button', { name: 'Present', exact: true });
    await present.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.locator('.presentation-count').textContent()).toBe('Step 1 of 14');
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.matches('.presentation h2, .presentation'))).toBe(true);
    const where = () =>
      w.page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body ? 'nothing' : el.closest('.presentation') ? 'inside' : `outside: ${el.outerHTML.slice(0, 80)}`;
      });
    const reached = new Set<string>();
    for (const key of [...Array<string>(12).fill('Tab'), ...Array<string>(12).fill('Shift+Tab')]) {
      await w.page.keyboard.press(key);
      const at = await where();
      expect(at, key).not.toMatch(/^outside/);
      reached.add(at);
    }
    expect(reached.has('inside')).toBe(true);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('.presentation').count()).toBe(0);
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.textContent)).toBe('Present');
    await w.context.close();
  });

  it('a step opened from a link focuses its heading; leaving focuses the Present button', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=raqqa&present=1', { viewport: { width: 1024, height: 768 } });
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.tagName), { timeout: 15_000 }).toBe('H2');
    await w.page.getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('aria-keyshortcuts'))).toBe('P');
    await w.context.close();
  });
});
