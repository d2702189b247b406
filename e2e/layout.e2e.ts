/**
 * Every element inside the screen, at the sizes people have: phones of 360–414 px and classroom
 * projectors. An element may reach past the screen only inside a box that clips or scrolls it
 * (the map, a wide table's scroller). On phones, the controls a finger uses are 44 px tall.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, openPage, ready, shot } from './harness';
import { outside, rowCue } from './inspect';

const SIZES = [
  { name: 'phone-360', width: 360, height: 780 },
  { name: 'phone-390', width: 390, height: 844 },
  { name: 'phone-414', width: 414, height: 896 },
  { name: 'projector-1024', width: 1024, height: 768 },
  { name: 'projector-1280', width: 1280, height: 720 },
];
const VIEWS = [
  ['first', ''],
  ['event', '#e=tikrit-offensive-begins'],
  ['report', '#tab=report&r=r003'],
  ['table', '#tab=table'],
  ['tours', '#tab=tours'],
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('layout at real screen sizes', () => {
  for (const size of SIZES) {
    it(`${size.name}: no element reaches past the screen in any view`, async () => {
      const w = await openPage(browser, '', { viewport: { width: size.width, height: size.height } });
      for (const [name, hash] of VIEWS) {
        await w.page.evaluate((h) => (location.hash = h), hash);
        await ready(w.page);
        await w.page.waitForTimeout(200);
        expect(await outside(w.page), `${size.name} ${name}`).toEqual([]);
        expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        if (size.name === 'phone-390') await shot(w.page, `layout-${size.name}-${name}`);
      }
      if (size.width < 500) {
        const small = await w.page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.header-button, .tabs [role="tab"], .timeline-bar > button, .timeline-bar select')]
            .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44)
            .map((el) => el.textContent?.trim()),
        );
        expect(small).toEqual([]);
      }
      await w.context.close();
    });
  }
});

describe('the studio at real screen sizes', () => {
  const text = readFileSync(new URL('./fixtures/studio/northern-ledger.txt', import.meta.url), 'utf8');
  for (const size of SIZES) {
    it(`${size.name}: the report form and the review with a claim open stay inside the screen`, async () => {
      const w = await openPage(browser, '', { viewport: { width: size.width, height: size.height } });
      await ready(w.page);
      await w.page.getByRole('button', { name: 'Studio' }).click();
      await w.page.getByRole('textbox', { name: 'Outlet' }).fill('The Northern Ledger');
      await w.page.locator('input[type=date]').fill('2014-12-18');
      await w.page.getByRole('textbox', { name: 'Report text' }).fill(text);
      expect(await outside(w.page), `${size.name} studio form`).toEqual([]);
      await w.page.getByRole('button', { name: 'Draft the claims' }).click();
      const card = w.page.locator('.studio-claim').nth(3);
      await card.locator('.claim-summary').click();
      await card.locator('.claim-actions').scrollIntoViewIfNeeded();
      expect(await outside(w.page), `${size.name} studio review`).toEqual([]);
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      if (size.width < 500) {
        const small = await w.page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.studio button:not(.link-button)')]
            .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 44)
            .map((el) => el.textContent?.trim()),
        );
        expect(small, 'studio buttons a finger can hit').toEqual([]);
        await shot(w.page, `layout-${size.name}-studio`);
      }
      await w.context.close();
    });
  }
});

const PHONES = SIZES.filter((s) => s.width < 500);

/**
 * Every control on the first screen that a finger can reach, and the area that takes its tap: its
 * box, or the larger area drawn around it (`::before`) where the mark itself stays small. A control
 * whose middle is under something else, or scrolled out of its row, is listed apart.
 */
function fingerTargets(page: Page): Promise<{ total: number; small: string[]; covered: string[] }> {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const target = (el: Element) => (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label')) || el;
    const hitBox = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el, '::before');
      if (s.content === 'none' || s.position !== 'absolute') return r;
      const px = (v: string) => parseFloat(v) || 0;
      return new DOMRect(r.left + px(s.left), r.top + px(s.top), r.width - px(s.left) - px(s.right), r.height - px(s.top) - px(s.bottom));
    };
    const clipped = (el: Element, x: number, y: number) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (!/auto|scroll|hidden/.test(getComputedStyle(p).overflowX)) continue;
        const r = p.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) return true;
      }
      return false;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24)}”`;
    const seen = new Set<Element>();
    const out = { total: 0, small: [] as string[], covered: [] as string[] };
    const selector = 'button, a[href], input, select, summary, [role=button], [role=tab], [role=separator][tabindex], .leaflet-marker-icon';
    for (const found of document.querySelectorAll(selector)) {
      const el = target(found);
      if (seen.has(el) || !el.checkVisibility() || el.closest('[inert], .visually-hidden')) continue;
      seen.add(el);
      // A link inside a line of text (the map's credits) is exempt, as in WCAG's target size.
      if (el.closest('.leaflet-control-attribution')) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width === 0 || x < 0 || y < 0 || x > vw || y > vh || clipped(el, x, y)) continue;
      out.total++;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(el === hit || el.contains(hit))) out.covered.push(`${name(el)} under ${hit ? name(hit) : 'nothing'}`);
      const box = hitBox(el);
      if (box.width < 43.5 || box.height < 43.5) out.small.push(`${name(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return out;
  });
}

/** Where the panel's heading (the event's title, or the list of a place's events) is on the screen. */
const panelHeading = (page: Page) =>
  page.evaluate(() => {
    const h = document.querySelector('.panel-body h2');
    const r = h?.getBoundingClientRect();
    return {
      text: h?.textContent ?? '',
      onScreen: !!r && r.top >= 0 && r.bottom <= innerHeight,
      mapHeight: document.querySelector('.map')!.getBoundingClientRect().height,
    };
  });

describe('phones: a finger, a bottom sheet, the map above it', () => {
  for (const size of PHONES) {
    it(`${size.name}: every control on the first screen takes a 44 px tap, and a tap on a place shows its events at once`, async () => {
      const context = await browser.newContext({ viewport: size, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(new URL('', BASE_URL).toString());
      await ready(page);
      await page.waitForTimeout(300);
      const targets = await fingerTargets(page);
      expect(targets.total).toBeGreaterThan(30);
      expect(targets.small, `${size.name}: under 44 px`).toEqual([]);
      // Two events on the same days share their marks' pixels at 360 px (Previous/Next event reach both).
      expect(
        targets.covered.filter((c) => !/^button\.mark .* under button\.mark/.test(c)),
        `${size.name}: under something else`,
      ).toEqual([]);
      // Elsewhere (places far outside the region) is on the map.
      expect(await page.getByRole('group', { name: 'Places outside the region' }).isVisible()).toBe(true);
      // A tap on a place: its events on the first screen, the map still above them.
      const mosul = page.locator('.leaflet-marker-icon[aria-label^="Mosul"]');
      const tap = async () => {
        const box = (await mosul.boundingBox())!;
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      };
      // On the narrowest phone Mosul shares its marker with Tal Afar: the first tap zooms in to part them.
      if ((await mosul.getAttribute('aria-label'))?.includes('zoom in')) {
        await tap();
        await expect.poll(async () => (await mosul.getAttribute('aria-label')) ?? 'zoom in').not.toMatch(/zoom in/);
      }
      await tap();
      await expect.poll(async () => (await panelHeading(page)).text).toMatch(/Mosul/);
      const seen = await panelHeading(page);
      expect(seen.onScreen, `${size.name}: the place's events on the first screen`).toBe(true);
      expect(seen.mapHeight).toBeGreaterThan(size.height * 0.25);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await shot(page, `layout-${size.name}-tap-place`);
      await context.close();
    });
  }

  it('a link to an event opens it on the first screen, under the map', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(new URL('#e=tikrit-offensive-begins', BASE_URL).toString());
    await ready(page);
    await expect.poll(async () => (await panelHeading(page)).text).toBe('Iraqi offensive on Tikrit begins');
    expect((await panelHeading(page)).onScreen).toBe(true);
    await context.close();
  });

  it('the sheet’s handle is dragged, tapped or moved with keys, between a peek, half and full', async () => {
    const w = await openPage(browser, '', { viewport: { width: 390, height: 844 } });
    await ready(w.page);
    const handle = w.page.getByRole('separator', { name: 'Panel height' });
    const height = async () => Math.round((await w.page.locator('.panel').boundingBox())!.height);
    const peek = await height();
    await handle.focus();
    await w.page.keyboard.press('ArrowUp');
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toMatch(/^Half/);
    const half = await height();
    await w.page.keyboard.press('End');
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toBe('Full height');
    const full = await height();
    expect(peek).toBeLessThan(half);
    expect(half).toBeLessThan(full);
    // The map stays above the sheet, even at full height.
    expect((await w.page.locator('.map').boundingBox())!.height).toBeGreaterThan(40);
    await w.page.keyboard.press('Home');
    await expect.poll(height).toBe(peek);
    // A drag up by half the screen settles on the nearest height.
    const box = (await handle.boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2, box.y - 150, { steps: 5 });
    await w.page.mouse.move(box.x + box.width / 2, box.y - 300, { steps: 5 });
    await w.page.mouse.up();
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toMatch(/^Half/);
    await shot(w.page, 'layout-phone-390-sheet-half');
    // A tap goes one height up.
    await handle.click();
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toBe('Full height');
    await w.context.close();
  });
});

describe('phones: rows that scroll sideways say so', () => {
  const ROWS = ['.header-actions', '.elsewhere', '.timeline-bar'];
  for (const lang of ['en', 'ar'] as const) {
    it(`390×844 ${lang}: the header, Elsewhere and the timeline fade at the edge where more lies, and not once scrolled to the end`, async () => {
      const w = await openPage(browser, lang === 'ar' ? '#lang=ar' : '', { viewport: { width: 390, height: 844 } });
      await ready(w.page);
      // The end of a row is on the right in English, on the left in Arabic.
      const [start, end] = lang === 'ar' ? ['right', 'left'] : ['left', 'right'];
      for (const row of ROWS) {
        const where = `${lang} ${row}`;
        const first = await rowCue(w.page, row, 'start');
        expect(first.overflows, `${where} is wider than the phone`).toBe(true);
        expect(first.fades, `${where} at its start`).toEqual([end]);
        await shot(w.page, `layout-cue-${lang}-start`);
        expect((await rowCue(w.page, row, 'end')).fades, `${where} at its end`).toEqual([start]);
        await shot(w.page, `layout-cue-${lang}-end`);
      }
      await w.context.close();
    });
  }

  it('a row that fits has no cue (a laptop)', async () => {
    const w = await openPage(browser, '', { viewport: { width: 1280, height: 720 } });
    await ready(w.page);
    for (const row of ['.header-actions', '.timeline-bar'])
      expect(await rowCue(w.page, row, 'start'), row).toEqual({ overflows: false, fades: [] });
    await w.context.close();
  });
});
