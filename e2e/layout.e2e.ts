/**
 * Every element inside the screen, at the sizes people have: phones of 360–414 px and classroom
 * projectors. An element may reach past the screen only inside a box that clips or scrolls it
 * (the map, a wide table's scroller). On phones, the controls a finger uses are 44 px tall.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot } from './harness';
import { outside } from './inspect';

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
