/**
 * A view that fails does not blank the page: the presentation and the studio, when their code
 * cannot be downloaded (a lost connection after the page loaded), each say which view failed and
 * why, with a way back; the map and the timeline beside them keep working.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot } from './harness';
import { message } from './inspect';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The lazily loaded view's code fails to arrive, as over a connection lost after the first screen. */
async function cut(page: Page, chunk: RegExp): Promise<void> {
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
}

async function markers(page: Page): Promise<number> {
  return page.locator('.leaflet-marker-icon[aria-label]').count();
}

describe('one view fails, the page works', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`the presentation says it could not be shown, the map and timeline still answer, and Back returns to the panel (${lang})`, async () => {
      const w = await openPage(browser, lang === 'ar' ? '#lang=ar' : '', { viewport: { width: 1024, height: 768 } });
      await ready(w.page);
      await cut(w.page, /\/assets\/Presentation-[^/]*\.js$/);
      await w.page.getByRole('button', { name: message(lang, 'app.present'), exact: true }).click();
      const alert = w.page.locator('.view-error[data-view="presentation"]');
      await alert.waitFor();
      expect(await alert.locator('h2').textContent()).toBe(message(lang, 'app.viewError.title', { view: 'presentation' }));
      expect(await alert.textContent()).toContain(message(lang, 'app.viewError.rest', { view: 'presentation' }));
      await shot(w.page, `view-error-presentation-${lang}`);
      // The map and the timeline beside it still work.
      expect(await markers(w.page)).toBeGreaterThan(0);
      const slider = w.page.locator('.timeline input[type="range"]').first();
      await slider.focus();
      await w.page.keyboard.press('Home');
      const first = await slider.inputValue();
      await w.page.keyboard.press('End');
      expect(await slider.inputValue()).not.toBe(first);
      await alert.getByRole('button', { name: message(lang, 'app.backToMap') }).click();
      await w.page.locator('.view-error').waitFor({ state: 'detached' });
      expect(await w.page.locator('.panel').count()).toBe(1);
      expect(w.consoleErrors.some((e) => /Presentation/.test(e))).toBe(true);
      await w.context.close();
    });
  }

  it('the studio says it could not open and that the work is kept; Back returns to the map', async () => {
    const w = await openPage(browser, '', { viewport: { width: 1280, height: 720 } });
    await ready(w.page);
    await cut(w.page, /\/assets\/Studio-[^/]*\.js$/);
    await w.page.getByRole('button', { name: message('en', 'app.studio'), exact: true }).click();
    const alert = w.page.locator('.view-error[data-view="studio"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(message('en', 'app.studioError.kept'));
    await shot(w.page, 'view-error-studio-en');
    await alert.getByRole('button', { name: message('en', 'app.backToMap') }).click();
    await ready(w.page);
    expect(await w.page.locator('.view-error').count()).toBe(0);
    await w.context.close();
  });
});
