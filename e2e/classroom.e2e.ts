/** The teacher's flows: presenting with a clicker, tours of one's own, autoplay, the handout, offline. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BASE_URL, launch, nextUntilLater, openPage, ready, shot } from './harness';
import { message } from './inspect';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const count = (page: Page) => page.locator('.presentation-count').textContent();

/** Whether the element's top edge is inside the window. */
const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < innerHeight - 20;
    });

describe('presentation mode', () => {
  it('P enters it, the clicker keys step, Home returns, Esc leaves', async () => {
    const w = await openPage(browser, '', { viewport: { width: 1920, height: 1080 } });
    await ready(w.page);
    await w.page.keyboard.press('p');
    await expect.poll(() => count(w.page)).toBe('Step 1 of 14');
    expect(await w.page.locator('.panel').count()).toBe(0);
    // Each step of the built-in tour takes two presses: its claims, then what was later known.
    for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown', ' ']) await w.page.keyboard.press(key);
    expect(await count(w.page)).toBe('Step 4 of 14');
    await w.page.keyboard.press('PageUp');
    expect(await w.page.locator('.presentation-later').isVisible()).toBe(true);
    await w.page.keyboard.press('ArrowLeft');
    await w.page.keyboard.press('ArrowLeft');
    expect(await count(w.page)).toBe('Step 2 of 14');
    for (let i = 0; i < 3; i++) await w.page.keyboard.press('ArrowRight');
    // Step 4 is Speicher: the map goes there, time moves to its day, its claims show with chain and stance.
    expect(await w.page.locator('.presentation-where').textContent()).toMatch(/^Camp Speicher · 14 June 2014/);
    expect(await w.page.locator('.timeline-date strong').textContent()).toBe('Events up to 14 June 2014');
    expect(await w.page.locator('.presentation-claim').count()).toBe(2);
    expect(await w.page.locator('.presentation-claim .stance').first().textContent()).toBe('Fact');
    expect(w.page.url()).toMatch(/tour=who-said-what&step=speicher&present=1/);
    // Projector type: claim text at least 24 px at 1080p.
    const size = await w.page
      .locator('.presentation-claim blockquote')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    // The notes are for the presenter view (N, see presentation.e2e.ts), never on the projected screen.
    expect(await w.page.getByRole('region', { name: 'Presenter notes' }).count()).toBe(0);
    await shot(w.page, 'present-speicher');
    await w.page.keyboard.press('Home');
    expect(await count(w.page)).toBe('Step 1 of 14');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('.presentation').count()).toBe(0);
    expect(await w.page.locator('.panel').count()).toBe(1);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('every step has its own link, which opens that step presented', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=the-picture-changes&present=1', {
      viewport: { width: 1920, height: 1080 },
    });
    await expect.poll(() => count(w.page)).toBe('Step 14 of 14');
    expect(await w.page.locator('.presentation-where').textContent()).toMatch(/^Tikrit/);
    await shot(w.page, 'present-last-step');
    await w.context.close();
  });

  it('autoplay advances on its own and any key pauses it', async () => {
    const w = await openPage(browser, '#tour=who-said-what&step=drones&present=1', { viewport: { width: 1600, height: 900 } });
    await expect.poll(() => count(w.page)).toBe('Step 1 of 14');
    await w.page.clock.install();
    await w.page.getByRole('button', { name: 'Autoplay' }).click();
    // Each page stays for its reading time, which the progress bar tells.
    const left = (await w.page.getByRole('progressbar').getAttribute('aria-valuetext'))?.match(/^(\d+) seconds/)?.[1];
    // After the claims (each page for its reading time), autoplay reveals what was later known, in its turn.
    await nextUntilLater(w.page, async () => {
      const now = (await w.page.getByRole('progressbar').getAttribute('aria-valuetext'))?.match(/^(\d+) seconds/)?.[1] ?? left;
      await w.page.clock.runFor(Number(now) * 1000 + 100);
    });
    expect(await count(w.page)).toBe('Step 1 of 14');
    expect(await w.page.getByRole('button', { name: 'Pause autoplay' }).count()).toBe(1);
    await w.page.keyboard.press('x');
    await expect.poll(() => w.page.getByRole('button', { name: 'Autoplay', exact: true }).count()).toBe(1);
    await w.page.clock.runFor(20_000);
    expect(await count(w.page)).toBe('Step 1 of 14');
    expect(await w.page.locator('.presentation-later').isVisible()).toBe(true);
    await w.context.close();
  });
});

describe('tours of one’s own', () => {
  it('a teacher makes a tour, shares it by link, exports it and imports it again', async () => {
    const w = await openPage(browser, '#e=amerli-siege-broken&tab=tours');
    await ready(w.page);
    await w.page.getByRole('button', { name: 'New tour from the selected event' }).click();
    const mine = w.page.locator('.tour.mine');
    await mine.getByLabel('Title').fill('Sieges and strikes');
    await mine.getByLabel('Caption').first().fill('Amerli, as DEBKAfile tells it.');
    // Add a second step from another event, then put it first.
    await w.page.evaluate(() => (location.hash = '#e=raqqa-strike&tab=tours'));
    await expect.poll(() => w.page.locator('.tour.mine').count()).toBe(1);
    await w.page.getByRole('button', { name: 'Add the selected event as a step' }).click();
    await w.page.getByRole('button', { name: 'Move step 2 up' }).click();
    const captions = await w.page.locator('.tour.mine textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(captions[0]).toMatch(/Raqqa/);
    expect(captions).toContain('Amerli, as DEBKAfile tells it.');
    const note = 'Ask who counted the dead before you show the answer.';
    await mine.getByLabel('Notes').first().fill(note);
    // Share by link, for students: a fresh browser opens it, and no note is anywhere in the page.
    await w.page.locator('.tour.mine').getByRole('button', { name: 'Link for students (no notes)' }).click();
    const link = await w.page.getByLabel('Link for students (no notes): the link').inputValue();
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await page2.goto(link);
    await expect.poll(() => page2.locator('.notice').textContent()).toMatch(/Sieges and strikes/);
    expect(await page2.locator('.tour.mine input').first().inputValue()).toBe('Sieges and strikes');
    // The reader lands on the shared tour, not on the built-in one above it.
    await expect.poll(() => inView(page2, '.tour.mine')).toBe(true);
    const everything = () =>
      page2.evaluate(
        () =>
          document.documentElement.outerHTML +
          [...document.querySelectorAll('textarea, input')].map((e) => (e as HTMLInputElement).value).join(' ') +
          JSON.stringify(localStorage),
      );
    expect(await everything()).not.toContain('who counted the dead');
    // Nor in its handout (the teacher's copy, which prints notes) or presentation.
    await page2.evaluate(() => (location.hash += '&handout=1'));
    await page2.getByLabel('Teacher’s copy, with the notes').check();
    expect(await everything()).not.toContain('who counted the dead');
    await other.close();
    // The teacher's link carries the notes.
    await w.page.locator('.tour.mine').getByRole('button', { name: 'Link for the teacher (with notes)' }).click();
    const teacherLink = await w.page.getByLabel('Link for the teacher (with notes): the link').inputValue();
    const other2 = await browser.newContext();
    const page3 = await other2.newPage();
    await page3.goto(teacherLink);
    await expect
      .poll(() => page3.locator('.tour.mine textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)))
      .toContain(note);
    await other2.close();
    // Export, then import the file in a fresh browser.
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByRole('button', { name: 'Export file' }).click()]);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = `${ARTIFACTS}exported-tour.json`;
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).steps).toHaveLength(2);
    const fresh = await openPage(browser, '#tab=tours');
    await ready(fresh.page);
    // The live region is there before the import, so that its message is announced.
    // (The Tours tab loads when first opened.)
    await expect.poll(() => fresh.page.locator('.tour-import [role="status"]').count()).toBe(1);
    await fresh.page.getByLabel(/Import a tour file/).setInputFiles(file);
    await expect.poll(() => fresh.page.getByRole('status').filter({ hasText: 'Imported' }).count()).toBe(1);
    // The message stands where the person is looking: in view, just below the file control.
    expect(await inView(fresh.page, '.tour-import .import-ok')).toBe(true);
    const control = (await fresh.page.getByLabel(/Import a tour file/).boundingBox())!;
    const message = (await fresh.page.locator('.tour-import .import-ok').boundingBox())!;
    expect(message.y - (control.y + control.height)).toBeLessThan(60);
    await fresh.page.getByRole('button', { name: 'Go to the tour' }).click();
    await expect
      .poll(() => fresh.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('Sieges and strikes');
    expect(await fresh.page.locator('.tour.mine input').first().inputValue()).toBe('Sieges and strikes');
    await shot(fresh.page, 'tour-imported');
    await fresh.context.close();
    await w.context.close();
  });

  it('a tour file that cannot be used says why in the reader’s language: not JSON, Latin-1 bytes, a step naming an event the map lacks', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const files = {
      notJson: `${ARTIFACTS}tour-not-json.json`,
      latin1: `${ARTIFACTS}tour-latin-1.json`,
      unknown: `${ARTIFACTS}tour-unknown-event.json`,
    };
    writeFileSync(files.notJson, 'title: not a tour');
    writeFileSync(files.latin1, Buffer.from('{"title":"Tikr\xeet","steps":[]}', 'latin1'));
    writeFileSync(files.unknown, JSON.stringify({ title: 'Lost', steps: [{ id: 's1', event: 'no-such-event', caption: 'Where?' }] }));
    const w = await openPage(browser, '#lang=ar&tab=tours');
    await ready(w.page);
    const input = w.page.locator('.tour-import input[type=file]');
    const errors = async (file: string) => {
      await input.setInputFiles(file);
      await w.page.locator('.tour-import .import-error li').first().waitFor();
      const lines = await w.page.locator('.tour-import .import-error li').allTextContents();
      for (const line of lines) {
        expect(line, 'Arabic words').toMatch(/[\u0600-\u06ff]/);
        expect(line, 'no English sentence').not.toMatch(/\b(the|which|expected|file)\b/i);
      }
      return lines;
    };
    expect(await errors(files.notJson)).toEqual([message('ar', 'core.tourFile.notJson')]);
    expect((await errors(files.latin1)).length).toBeGreaterThan(0);
    expect((await errors(files.unknown)).join(' ')).toContain('no-such-event');
    await shot(w.page, 'tour-import-error-ar');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('the editor shows each step’s event, place and date, chooses claims with checkboxes, previews a step, and opens with a title step', async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const w = await openPage(browser, '#e=iran-drone-flights-iraq&tab=tours', { viewport });
      await ready(w.page);
      await w.page.getByRole('button', { name: 'New tour from the selected event' }).click();
      // Focus lands on the new tour's title, in view, ready to be renamed.
      await expect.poll(() => w.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('My tour');
      await expect.poll(() => inView(w.page, '.tour.mine .tour-title-edit input')).toBe(true);
      const mine = w.page.locator('.tour.mine');
      expect(await mine.locator('.tour-step-subject').first().textContent()).toBe(
        'Iranian surveillance drones over Iraq · Iraq · between 1 and 25 June 2014',
      );
      const boxes = mine.getByRole('group', { name: 'Claims shown in step 1' }).getByRole('checkbox');
      expect(await boxes.count()).toBeGreaterThanOrEqual(2);
      expect(await boxes.nth(0).isChecked()).toBe(true);
      expect(await boxes.nth(1).isChecked()).toBe(true);
      await boxes.nth(1).uncheck();
      // The last claim shown cannot be unticked: a step shows at least one.
      await expect.poll(() => boxes.nth(0).isDisabled()).toBe(true);
      await mine.getByRole('button', { name: 'Start with a title step' }).click();
      expect(await mine.locator('.tour-step-subject').first().textContent()).toMatch(/^Title step/);
      await mine.getByLabel('Caption').first().fill('Who flies drones over Iraq, and who says so?');
      await shot(w.page, `tour-editor-${viewport.width}`);
      // Preview the event step: presented, with only the claim left ticked.
      await mine.getByRole('button', { name: /^Preview step 2/ }).click();
      await expect.poll(() => count(w.page)).toBe('Step 2 of 2');
      expect(await w.page.locator('.presentation-claim').count()).toBe(1);
      expect(await w.page.locator('.presentation-where').textContent()).toMatch(/^Iraq/);
      await w.page.getByRole('button', { name: 'Back', exact: true }).click();
      await expect.poll(() => count(w.page)).toBe('Step 1 of 2');
      expect(await w.page.locator('.presentation-caption').textContent()).toBe('Who flies drones over Iraq, and who says so?');
      expect(await w.page.locator('.presentation-claim').count()).toBe(0);
      await shot(w.page, `tour-title-step-presented-${viewport.width}`);
      await w.page.keyboard.press('Escape');
      await expect.poll(() => w.page.locator('.tour.mine').count()).toBe(1);
      // The handout prints the title step's caption first.
      await w.page.getByRole('button', { name: 'Handout', exact: true }).first().click();
      expect(await w.page.locator('.handout-step th').first().textContent()).toBe('1. Who flies drones over Iraq, and who says so?');
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    }
  });

  it('a bad tour file gets a clear message and changes nothing', async () => {
    const w = await openPage(browser, '#tab=tours');
    await ready(w.page);
    mkdirSync(ARTIFACTS, { recursive: true });
    const bad = `${ARTIFACTS}bad-tour.json`;
    writeFileSync(
      bad,
      JSON.stringify({ title: 'Broken', steps: [{ event: 'no-such-event' }, { event: 'raqqa-strike', claims: ['r001-c01'] }] }),
    );
    await w.page.getByLabel(/Import a tour file/).setInputFiles(bad);
    const alert = w.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/nothing changed/);
    expect(await alert.textContent()).toMatch(/no-such-event/);
    expect(await alert.textContent()).toMatch(/r001-c01/);
    expect(await w.page.locator('.tour.mine').count()).toBe(0);
    writeFileSync(bad, 'this is not json');
    await w.page.getByLabel(/Import a tour file/).setInputFiles(bad);
    await expect.poll(() => alert.textContent()).toMatch(/not valid JSON/);
    await w.context.close();
  });
});

describe('the handout', () => {
  it('prints a small map, a timeline and a table with full citations', async () => {
    const w = await openPage(browser, '#tour=who-said-what&handout=1');
    await w.page.waitForSelector('.handout');
    expect(await w.page.locator('.locator-map .lm-pin, .locator-map .lm-area').count()).toBeGreaterThanOrEqual(6);
    expect(await w.page.locator('.locator-map').textContent()).toMatch(/10–12, 14/);
    expect(await w.page.locator('.handout-table tbody').count()).toBe(14);
    expect(await w.page.locator('.handout-sources li').count()).toBe(4);
    expect(await w.page.locator('.handout-sources').textContent()).toMatch(/Breitbart News.*2014.*confirmed.*breitbart\.com/s);
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = `${ARTIFACTS}handout.pdf`;
    await w.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // PNG pages to look at, when poppler's pdftoppm is installed.
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${ARTIFACTS}handout-page`]);
    } catch {
      // optional
    }
    await w.context.close();
  });
});

describe('offline, in one file', () => {
  const single = new URL('../dist-single/index.html', import.meta.url).pathname;

  it('opens from file:// with no network, shows the map and runs the tour', async () => {
    expect(existsSync(single), 'npm run build:single writes dist-single/index.html').toBe(true);
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const url = pathToFileURL(single).toString();
    await page.goto(url);
    await ready(page);
    expect(await page.locator('.place-label', { hasText: 'Mosul' }).count()).toBe(1);
    await page.keyboard.press('p');
    for (let i = 1; i <= 14; i++) {
      await expect.poll(() => page.locator('.presentation-count').textContent()).toBe(`Step ${i} of 14`);
      if (i === 1 || i === 14) await shot(page, `single-file-step-${i}`);
      await nextUntilLater(page, () => page.keyboard.press('ArrowRight'));
      await page.keyboard.press('ArrowRight');
    }
    expect(requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('links from the offline file', () => {
  it('say that they work on this computer only', async () => {
    const single = new URL('../dist-single/index.html', import.meta.url).pathname;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(single).toString()}#tab=tours`);
    await ready(page);
    await page.getByRole('button', { name: 'Step link' }).first().click();
    expect(await page.getByLabel('Step link: the link').first().inputValue()).toMatch(/^file:/);
    expect(await page.getByRole('note').filter({ hasText: 'on this computer only' }).count()).toBe(1);
    await context.close();
  });
});

describe('limits and storage', () => {
  it('an oversized tour file answers at once, naming the limit', async () => {
    const w = await openPage(browser, '#tab=tours');
    await ready(w.page);
    mkdirSync(ARTIFACTS, { recursive: true });
    const big = `${ARTIFACTS}huge-tour.json`;
    const step = { event: 'raqqa-strike', claims: ['r002-c01'], caption: 'Why?', notes: '' };
    writeFileSync(big, JSON.stringify({ title: 'Huge', steps: Array.from({ length: 20_000 }, (_, i) => ({ ...step, id: `s${i}` })) }));
    const started = Date.now();
    await w.page.getByLabel(/Import a tour file/).setInputFiles(big);
    await expect.poll(() => w.page.getByRole('alert').textContent()).toMatch(/at most 200/);
    expect(Date.now() - started).toBeLessThan(3000);
    await w.context.close();
  });

  it('with storage full, a new tour stays open and the notice says it was not saved', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}#e=amerli-siege-broken&tab=tours`);
    await ready(page);
    await page.getByRole('button', { name: 'New tour from the selected event' }).click();
    await expect.poll(() => page.locator('.tour.mine').count()).toBe(1);
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/not saved .*full.*Export/);
    await context.close();
  });

  it('unreadable saved tours are set aside, offered as a download, and never written over', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('according-to.my-tours.v1', '\uFEFF{not json');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}#e=amerli-siege-broken&tab=tours`);
    await ready(page);
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/could not be read; they are kept aside/);
    await page.getByRole('button', { name: 'New tour from the selected event' }).click();
    await expect.poll(() => page.locator('.tour.mine').count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('according-to.my-tours.v1.unreadable'))).toBe('\uFEFF{not json');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the unreadable tours' }).click(),
    ]);
    expect(readFileSync(await file.path(), 'utf8')).toBe('\uFEFF{not json');
    await context.close();
  });
});
