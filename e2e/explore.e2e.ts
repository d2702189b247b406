/** The reader's flows: time, selection, panel, report, filters, links, keyboard, phone. */
import type { Browser, Page } from 'playwright-core';
import { FORMAT } from '../geo/core/model/format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, clickPlace, launch, openPage, ready, shot, type Watched } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path = '', viewport?: { width: number; height: number }): Promise<Watched> {
  const w = await openPage(browser, path, viewport ? { viewport } : {});
  await ready(w.page);
  return w;
}

const countText = (page: Page) => page.locator('.timeline-count').textContent();
const shownCount = async (page: Page) => Number(/^(\d+) of/.exec((await countText(page)) ?? '')?.[1]);

describe('time', () => {
  it('moving the slider changes the count of events shown and the date in words', async () => {
    const w = await open();
    const slider = w.page.getByRole('slider', { name: 'Show events up to' });
    const before = await shownCount(w.page);
    await slider.fill('100');
    await expect.poll(() => shownCount(w.page)).toBeLessThan(before);
    expect(await w.page.locator('.timeline-date strong').textContent()).toBe('Events up to 9 September 2014');
    const tikrit = w.page.locator('.leaflet-marker-icon[aria-label^="Tikrit"]');
    expect(await tikrit.getAttribute('aria-label')).toMatch(/shown of/);
    await shot(w.page, 'time-september-2014');
    await w.context.close();
  });

  it('play advances the date from event to event, and pauses', async () => {
    const w = await open('#t=2014-06-30');
    const date = () => w.page.locator('.timeline-date strong').textContent();
    const start = await date();
    await w.page.getByRole('combobox', { name: 'Playback speed' }).selectOption('fast');
    await w.page.getByRole('button', { name: /Play/ }).click();
    await expect.poll(date, { timeout: 5000 }).not.toBe(start);
    await w.page.getByRole('button', { name: /Pause/ }).click();
    const paused = await date();
    await w.page.waitForTimeout(1200);
    expect(await date()).toBe(paused);
    await w.context.close();
  });

  it('the timeline zooms: a drag across it, then buttons to zoom out, pan and see the whole span', async () => {
    const w = await open('#t=2014-09-30');
    const strip = (await w.page.locator('.timeline-marks').boundingBox())!;
    await w.page.mouse.move(strip.x + strip.width * 0.25, strip.y + 8);
    await w.page.mouse.down();
    await w.page.mouse.move(strip.x + strip.width * 0.45, strip.y + 8, { steps: 4 });
    await w.page.mouse.up();
    const zoom = w.page.getByRole('group', { name: 'Timeline zoom' });
    await expect.poll(() => zoom.textContent()).toMatch(/Showing between .* August and .* October 2014/);
    expect(await shownCount(w.page)).toBe(23);
    await zoom.getByRole('button', { name: 'Later ›' }).click();
    expect(await zoom.textContent()).toMatch(/November 2014/);
    await zoom.getByRole('button', { name: 'Whole span' }).click();
    expect(await zoom.textContent()).toMatch(/Drag across the timeline/);
    await zoom.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom.textContent()).toMatch(/Showing between/);
    await w.context.close();
  });

  it('steps to the next and previous event with buttons and keys', async () => {
    const w = await open('#t=2014-06-30');
    await w.page.getByRole('button', { name: 'Next event' }).click();
    const next = await w.page.locator('.timeline-date strong').textContent();
    expect(next).not.toBe('Events up to 30 June 2014');
    await w.page.keyboard.press('[');
    expect(await w.page.locator('.timeline-date strong').textContent()).not.toBe(next);
    await w.context.close();
  });

  it('a window of two handles shows only the events that meet it', async () => {
    const w = await open();
    await w.page.getByRole('radio', { name: 'A window' }).check();
    await w.page.getByRole('slider', { name: 'Window end' }).fill('120');
    await w.page.getByRole('slider', { name: 'Window start' }).fill('90');
    expect(await w.page.locator('.timeline-date strong').textContent()).toBe('Events between 30 August and 29 September 2014');
    expect(await shownCount(w.page)).toBeGreaterThan(0);
    await shot(w.page, 'time-window');
    await w.context.close();
  });
});

describe('selection and the panel', () => {
  it('a marker opens its event (a place with several, the list of them): claims with chains and stance; "show in report" highlights the quote', async () => {
    const w = await open();
    // A place with one event opens it at once.
    await clickPlace(w.page, 'Amerli');
    await expect.poll(() => w.page.locator('h2#event-title').textContent()).toMatch(/Amerli/);
    // Tikrit shares its marker with nearby places at the first zoom: clickPlace opens the group, then the place,
    // whose several events are listed; the reader picks one.
    await clickPlace(w.page, 'Tikrit');
    await expect.poll(() => w.page.locator('#place-title').textContent()).toMatch(/^Tikrit/);
    expect(await w.page.locator('.place-detail .event-list li').count()).toBe(9);
    await w.page.locator('.place-detail .event-list li button').first().click();
    const panel = w.page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.locator('h2#event-title').count()).toBe(1);
    const card = panel.locator('.claim-card').first();
    expect(await card.locator('.chain li').count()).toBeGreaterThan(0);
    expect(await card.locator('.claim-meta .stance').first().textContent()).toMatch(/Fact|Attributed|Hedged|Denial/);
    await shot(w.page, 'event-tikrit');
    const quote = (await card.locator('.claim-quote').first().textContent())!.replace(/^“|”$/g, '').trim();
    await card.getByRole('button', { name: 'Show in report' }).first().click();
    const selected = w.page.locator('.report-text mark.claim.selected');
    await expect.poll(() => selected.count()).toBeGreaterThan(0);
    const highlighted = (await selected.allTextContents()).join('');
    expect(quote.startsWith(highlighted.trim().slice(0, 20))).toBe(true);
    expect(await w.page.locator('.claim-badge.selected').isVisible()).toBe(true);
    // Only the panel scrolls to the quote: the page (and its header) stays put.
    expect((await w.page.locator('.app-header').boundingBox())?.y).toBe(0);
    await shot(w.page, 'show-in-report');
    await w.context.close();
  });

  it('choosing a claim in the report selects its event on the map', async () => {
    const w = await open('#r=r002');
    await w.page.locator('[data-claim-badge="r002-c02"]').click();
    await expect.poll(() => w.page.locator('.leaflet-marker-icon.is-selected').count()).toBe(1);
    expect(await w.page.locator('.leaflet-marker-icon.is-selected').getAttribute('aria-label')).toMatch(/^Raqqa/);
    expect(w.page.url()).toContain('c=r002-c02');
    await w.context.close();
  });

  it('hovering a claim highlights its event on the map', async () => {
    const w = await open('#r=r002');
    await w.page.locator('[data-claim-badge="r002-c02"]').hover();
    await expect.poll(() => w.page.locator('.leaflet-marker-icon.is-hovered').count()).toBe(1);
    await w.context.close();
  });

  it('filters narrow the events and the counts follow', async () => {
    const w = await open();
    const before = await shownCount(w.page);
    await w.page.getByText('Filters').click();
    await w.page.getByRole('checkbox', { name: /^Denial/ }).check();
    await expect.poll(() => shownCount(w.page)).toBeLessThan(before);
    expect(await countText(w.page)).toMatch(/hidden by filters/);
    expect(w.page.url()).toContain('fs=denial');
    await w.page.getByRole('tab', { name: 'Table' }).click();
    // (The Table tab loads when first opened.)
    await w.page.locator('.table-view tbody tr').first().waitFor();
    const rows = await w.page.locator('.table-view tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await w.page.locator('.table-view tbody td:nth-child(3)').allTextContents()).toEqual(Array(rows).fill('Denial'));
    await w.context.close();
  });

  it('the places index lists events by place and flies the map there', async () => {
    const w = await open();
    await w.page.getByRole('tab', { name: 'Places' }).click();
    await w.page.locator('.place-index button', { hasText: 'Amerli' }).click();
    await expect.poll(() => w.page.locator('#place-title').textContent()).toMatch(/^Amerli/);
    expect(await w.page.locator('.place-detail .event-list li').count()).toBeGreaterThan(0);
    await w.context.close();
  });
});

describe('the question the app must answer', () => {
  it('what happened in Tikrit, June 2014 – March 2015, who says so, and where do the reports disagree?', async () => {
    const w = await open('#tab=places&p=tikrit');
    const detail = w.page.locator('.place-detail');
    const events = detail.locator('.event-list li');
    expect(await events.count()).toBeGreaterThanOrEqual(6);
    const titles = await detail.locator('.event-list-title').allTextContents();
    expect(titles).toContain('Iraqi offensive on Tikrit begins');
    expect(await detail.textContent()).toMatch(/Also within 30 km: Camp Speicher/);
    const disagreements = detail.locator('.disagreements li');
    expect(await disagreements.count()).toBeGreaterThan(3);
    expect(await detail.locator('.disagreements').textContent()).toMatch(/contradicts.*1,700/s);
    // Who says so: an event's claims carry their chains.
    await detail.getByRole('button', { name: /Iraqi offensive on Tikrit begins/ }).click();
    expect(await w.page.locator('.claims-of-report').count()).toBe(2);
    expect(await w.page.locator('.claim-card .anon-badge').count()).toBeGreaterThan(0);
    await shot(w.page, 'question-tikrit');
    await w.context.close();
  });
});

describe('links', () => {
  it('a copied link restores the view, and back and forward walk the choices', async () => {
    const w = await open();
    await w.page.getByRole('tab', { name: 'Reports' }).click();
    await w.page.getByRole('button', { name: /The Daily Beast/ }).click();
    await w.page.locator('[data-claim-badge="r003-c05"]').click();
    const link = w.page.url();
    const again = await open(link.slice(link.indexOf('#')));
    expect(await again.page.locator('.claim-badge.selected').getAttribute('data-claim-badge')).toBe('r003-c05');
    expect(await again.page.getByRole('tab', { name: 'Reports' }).getAttribute('aria-selected')).toBe('true');
    await again.context.close();
    await w.page.goBack();
    await expect.poll(() => w.page.locator('.claim-badge.selected').count()).toBe(0);
    await w.page.goForward();
    await expect.poll(() => w.page.locator('.claim-badge.selected').count()).toBe(1);
    await w.context.close();
  });

  it('a broken link is ignored with a short notice, never a blank page', async () => {
    const w = await open('#e=atlantis&t=yesterday&map=oops');
    expect(await w.page.getByRole('status').filter({ hasText: 'could not be used' }).textContent()).toMatch(/atlantis/);
    expect(await shownCount(w.page)).toBeGreaterThan(0);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('data that cannot load gets a page that says so in words', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/data/map.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(BASE_URL);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/map\.json.*missing/);
    expect(await alert.textContent()).toMatch(/npm run build:data/);
    await context.close();
  });

  it('data of the right syntax but the wrong shape or format names the file and what is wrong', async () => {
    const cases: [string, RegExp][] = [
      ['[]', /map\.json.*damaged/],
      [JSON.stringify({ format: 1 }), new RegExp(`map\\.json.*format 1.*reads format ${FORMAT}`)],
    ];
    for (const [body, expected] of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.route('**/data/map.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await page.goto(BASE_URL);
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(expected);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('keyboard and phone', () => {
  it('the first Tab reaches a skip link that takes the keyboard to the details panel', async () => {
    const w = await open('#e=tikrit-offensive-begins');
    await w.page.keyboard.press('Tab');
    const skip = w.page.getByRole('link', { name: 'Skip to the details panel' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await w.page.keyboard.press('Enter');
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('panel-body');
    expect(await w.page.evaluate(() => location.hash)).toContain('e=tikrit-offensive-begins');
    await w.context.close();
  });

  it('a keyboard-only reader reaches a marker, opens it and reads its claims', async () => {
    const w = await open();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await w.page.keyboard.press('Tab');
      found = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Amerli') ?? false);
    }
    expect(found).toBe(true);
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.locator('#event-title').count()).toBe(1);
    expect(await w.page.getByRole('status').filter({ hasText: 'Selected:' }).textContent()).toMatch(/Amerli/);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('#event-title').count()).toBe(0);
    await w.context.close();
  });

  it('on a phone the panel is a bottom sheet under the map and the timeline', async () => {
    const w = await open('#e=tikrit-offensive-begins', { width: 390, height: 844 });
    const map = (await w.page.locator('.map-area').boundingBox())!;
    const panel = (await w.page.locator('.panel').boundingBox())!;
    expect(panel.y).toBeGreaterThan(map.y + map.height - 1);
    expect(panel.width).toBeGreaterThan(380);
    expect(await w.page.locator('#event-title').isVisible()).toBe(true);
    await shot(w.page, 'phone');
    await w.context.close();
  });
});
