/**
 * Embedding: the snippet the tours tab gives, pasted into another page, shows the compact view
 * (map, timeline, the tour's step, "Open the full map") from the built site; no panel.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, ready, shot } from './harness';
import { rowCue } from './inspect';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A host page (a learning platform's, say) holding the snippet; returns the embedded frame. */
async function host(page: Page, snippet: string): Promise<Frame> {
  await page.setContent(`<!doctype html><html><body style="margin:20px"><h1>Lesson 4</h1>${snippet}</body></html>`);
  const element = await page.waitForSelector('iframe');
  const frame = (await element.contentFrame())!;
  await ready(frame as unknown as Page);
  return frame;
}

async function snippetFromToursTab(label: RegExp): Promise<string> {
  const w = await openPage(browser, '#tab=tours');
  await ready(w.page);
  await w.page.getByRole('button', { name: label }).first().click();
  const code = await w.page.getByRole('textbox', { name: label }).first().inputValue();
  await w.context.close();
  return code;
}

describe('an embedded tour or view', () => {
  it('the tour’s snippet shows the map, the timeline and the step, with a link to the full map', async () => {
    const snippet = await snippetFromToursTab(/^Embed code \(iframe\)/);
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/[^"]+#tour=who-said-what&amp;embed=1" title="Who said what[^"]*" width="100%" height="600"/,
    );
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const frame = await host(page, snippet);
    expect(await frame.locator('.panel').count()).toBe(0);
    expect(await frame.locator('.timeline').count()).toBe(1);
    expect(await frame.locator('.embed-count').textContent()).toBe('Step 1 of 14');
    // In English, the tour's own English title, marked so.
    expect(await frame.locator('.embed-title').getAttribute('lang')).toBe('en');
    const full = frame.getByRole('link', { name: 'Open the full map' });
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await full.getAttribute('href')).toMatch(/[#&]tour=who-said-what&step=drones(&|$)/);
    expect(await full.getAttribute('href')).not.toMatch(/embed=1/);
    await frame.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => frame.locator('.embed-count').textContent()).toBe('Step 2 of 14');
    expect(await full.getAttribute('href')).not.toMatch(/embed=1/);
    // The map fills the frame above the timeline; nothing wider than the frame.
    const box = await (await page.$('iframe'))!.boundingBox();
    const map = await frame.locator('.map-area').boundingBox();
    await shot(page, 'embed-tour-1024');
    expect(map!.height).toBeGreaterThan(200);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(box!.height).toBe(600);
    await shot(page, 'embed-tour-1024');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a view’s snippet, on a phone, in Arabic', async () => {
    const snippet = await snippetFromToursTab(/^Embed code for this view/);
    expect(snippet).toMatch(/embed=1/);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const frame = await host(page, snippet.replace('#', '#lang=ar&'));
    expect(await frame.locator('.panel').count()).toBe(0);
    // The embed's bar loads when shown: wait for it.
    await expect.poll(() => frame.getByRole('link', { name: 'افتح الخريطة كاملة' }).count()).toBe(1);
    // The map's title in Arabic, as the data gives it, marked so.
    expect(await frame.locator('.embed-title').textContent()).toBe('من قال ماذا: العراق وسوريا، يونيو 2014 – مارس 2015');
    expect(await frame.locator('.embed-title').getAttribute('lang')).toBe('ar');
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // The timeline's controls scroll sideways: their far edge (the left, in Arabic) fades until the end.
    expect(await rowCue(frame, '.timeline-bar', 'start')).toEqual({ overflows: true, fades: ['left'] });
    await shot(page, 'embed-view-phone-ar');
    expect(await rowCue(frame, '.timeline-bar', 'end')).toEqual({ overflows: true, fades: ['right'] });
    await context.close();
  });
});
