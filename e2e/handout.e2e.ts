/**
 * The handout on paper: printed to PDF at A4 and US Letter with print media, its text read back
 * (pdfjs-dist) and its pages turned into PNGs to look at (poppler's pdftoppm, when installed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BASE_URL, launch, openPage, shot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Prints the page to PDF, writes PNG pages when pdftoppm is there, and returns the text of each page. */
async function printed(page: Page, name: string, format: 'A4' | 'Letter'): Promise<string[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}${name}.pdf`;
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format });
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', file, `${ARTIFACTS}${name}-page`]);
  } catch {
    // PNGs are for people to look at; the assertions below read the PDF itself.
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

/** Text without white space: the PDF splits words at ligatures ("o ffi cials") and at line ends. */
const squashed = (s: string) => s.replace(/\s+/g, '');

describe('the handout on paper', () => {
  for (const format of ['A4', 'Letter'] as const) {
    it(`prints the tour's questions, a key to the stances and no internal ids on ${format}`, async () => {
      const w = await openPage(browser, '#tour=who-said-what&handout=1');
      await w.page.waitForSelector('.handout .locator-map');
      const captions = await w.page.locator('.handout-step th').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(captions).toHaveLength(14);
      // Students get the teacher's questions, not the answers.
      for (const caption of captions) expect(caption.trim()).toMatch(/\?$/);
      const pages = await printed(w.page, `handout-${format.toLowerCase()}`, format);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages.length).toBeLessThanOrEqual(8);
      const raw = pages.join(' ');
      const text = squashed(raw);
      for (const caption of captions) expect(text).toContain(squashed(caption));
      for (const stance of ['Fact', 'Attributed', 'Hedged', 'Denial']) expect(text).toMatch(new RegExp(stance, 'i'));
      // Place and country names on the map, with their numbers.
      expect(text).toMatch(/Mosul.*IRAQ|IRAQ.*Mosul/);
      expect(await w.page.locator('.locator-map').getAttribute('aria-label')).toMatch(/4 Camp Speicher · 10–12, 14 Tikrit.*9 Mosul/);
      // Students never meet a report's or a claim's internal id.
      expect(raw).not.toMatch(/\br\d{3}(-c\d+)?\b/);
      // The students' copy has no teacher's notes.
      expect(text).not.toMatch(/Teacher’scopy/);
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    });
  }

  it('the teacher’s copy, chosen before printing, adds every step’s notes', async () => {
    const w = await openPage(browser, '#tour=who-said-what&handout=1');
    await w.page.getByLabel('Teacher’s copy, with the notes').check();
    await expect.poll(() => w.page.locator('.handout-notes').count()).toBe(14);
    const raw = (await printed(w.page, 'handout-teacher-a4', 'A4')).join(' ');
    const text = squashed(raw);
    expect(text).toMatch(/Teacher’scopy/);
    expect(text).toMatch(/perpetrators/);
    expect(raw).not.toMatch(/\br\d{3}(-c\d+)?\b/);
    await w.context.close();
  });

  it('the exercise “Who says so?” prints for students (no sources) and with its key (sources ticked, chains)', async () => {
    const w = await openPage(browser, '#tour=who-said-what&handout=1');
    await w.page.getByLabel('What to print').selectOption('exercise');
    const questions = w.page.locator('.exercise-sheet-question');
    await expect.poll(() => questions.count()).toBeGreaterThanOrEqual(10);
    const n = await questions.count();
    // The students' sheet: every quote, boxes to tick, no chain and nothing ticked.
    expect(await w.page.locator('.exercise-sheet .chain').count()).toBe(0);
    expect(await w.page.locator('.exercise-sheet .exercise-right').count()).toBe(0);
    const students = await printed(w.page, 'exercise-sheet-a4', 'A4');
    expect(students.length).toBeGreaterThanOrEqual(2);
    expect(squashed(students.join(' '))).toContain(squashed('Who says so?'));
    expect(students.join(' ')).not.toMatch(/\br\d{3}(-c\d+)?\b/);
    await w.page.emulateMedia({ media: 'screen' });
    await shot(w.page, 'exercise-sheet-students');
    // The key: one source and one stance ticked per question, and the chain of each.
    await w.page.getByLabel('With the key').check();
    await expect.poll(() => w.page.locator('.exercise-sheet .chain').count()).toBe(n);
    expect(await w.page.locator('.exercise-sheet li.exercise-right').count()).toBe(2 * n);
    const key = squashed((await printed(w.page, 'exercise-key-a4', 'A4')).join(' '));
    expect(key).toContain(squashed('Who says so? — the key'));
    await w.page.emulateMedia({ media: 'screen' });
    await shot(w.page, 'exercise-sheet-key');
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('what was later known: on the teacher’s copy with full citations; on the students’ only when asked', async () => {
    const w = await openPage(browser, '#tour=who-said-what&handout=1');
    await w.page.waitForSelector('.handout .locator-map');
    expect(await w.page.locator('.handout-later-notes').count()).toBe(0);
    await w.page.getByLabel('With what was later known').check();
    await expect.poll(() => w.page.locator('.handout-later-notes').count()).toBe(14);
    expect(await w.page.locator('.handout-notes').count()).toBe(0);
    await w.page.getByLabel('With what was later known').uncheck();
    await w.page.getByLabel('Teacher’s copy, with the notes').check();
    await expect.poll(() => w.page.locator('.handout-later-notes').count()).toBe(14);
    const raw = (await printed(w.page, 'handout-teacher-later-a4', 'A4')).join(' ');
    const text = squashed(raw);
    // Its own heading, the day it became known, and each source's outlet, title, date and address.
    expect(text).toMatch(/LATERKNOWN|Laterknown/);
    expect(text).toMatch(/Known10March2015/);
    expect(text).toContain(squashed('DefenseTech (Military.com)'));
    expect(text).toContain(squashed('“Report: Iran Drone Crashes West of Tikrit”'));
    expect(text).toContain('defensetech.org/2015/03/10/report-iran-drone-crashes-west-of-tikrit/');
    await w.context.close();
  });

  // Another machine's fonts: the same page with the map's type forced to other families.
  const FONT_STACKS = ['', '"DejaVu Serif", serif', '"DejaVu Sans Mono", monospace'];
  for (const stack of FONT_STACKS) {
    it(`every dot on the paper map is labelled beside it, over no other label, dot or country name${stack ? `, in ${stack}` : ''}`, async () => {
      for (const [path, labels] of [
        ['#tour=who-said-what&handout=1', 6],
        ['#handout=1', 10],
      ] as const) {
        const w = await openPage(browser, 'about:blank', { bypassCSP: true });
        if (stack)
          await w.page.addInitScript((family) => {
            document.addEventListener('DOMContentLoaded', () => {
              const style = document.createElement('style');
              style.textContent = `.locator-map text { font-family: ${family} !important; }`;
              document.head.append(style);
            });
          }, stack);
        await w.page.goto(new URL(path, BASE_URL).toString());
        await w.page.waitForSelector('.handout .locator-map > text.lm-pin-n');
        await w.page.evaluate(() => document.fonts.ready);
        const found = await w.page.locator('.locator-map').evaluate((svg) => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
          };
          const dots = [...svg.querySelectorAll('circle[data-mark]')].map((e) => ({ mark: e.getAttribute('data-mark'), ...box(e) }));
          const texts = [...svg.querySelectorAll(':scope > text.lm-pin-n')].map((e) => ({
            mark: e.getAttribute('data-mark'),
            text: e.textContent ?? '',
            ...box(e),
          }));
          const countries = [...svg.querySelectorAll(':scope > text.lm-country')].map((e) => ({ text: e.textContent ?? '', ...box(e) }));
          type B = { x0: number; y0: number; x1: number; y1: number };
          const over = (a: B, b: B) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
          const gap = (a: B, b: B) => Math.hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));
          const far = texts.flatMap((t) => {
            const dot = dots.find((d) => d.mark === t.mark)!;
            const d = gap(t, dot);
            return d > 24 ? [`${t.text}: ${Math.round(d)} px from its dot`] : [];
          });
          const overlapping = [
            ...texts.flatMap((a, i) =>
              texts
                .slice(i + 1)
                .filter((b) => over(a, b))
                .map((b) => `${a.text} / ${b.text}`),
            ),
            ...texts.flatMap((a) => dots.filter((d) => over(a, d)).map((d) => `${a.text} / dot ${d.mark}`)),
            ...texts.flatMap((a) => countries.filter((c) => over(a, c)).map((c) => `${a.text} / ${c.text}`)),
          ];
          const unlabelled = dots.filter((d) => !texts.some((t) => t.mark === d.mark)).map((d) => d.mark);
          return { labels: texts.length, named: texts.filter((t) => /[A-Za-z]/.test(t.text)).length, far, overlapping, unlabelled };
        });
        const where = `${path} ${stack}`;
        expect(found.labels, where).toBeGreaterThanOrEqual(labels);
        expect(found.named, where).toBeGreaterThanOrEqual(labels - 2);
        expect(found.far, where).toEqual([]);
        expect(found.overlapping, where).toEqual([]);
        expect(found.unlabelled, where).toEqual([]);
        const name = `handout-map-${path.includes('tour') ? 'tour' : 'all'}${stack ? `-${stack.includes('Mono') ? 'mono' : 'serif'}` : ''}`;
        await w.page.locator('.locator-map').screenshot({ path: `${ARTIFACTS}${name}.png` });
        await w.context.close();
      }
    });
  }
});

describe('no internal ids where readers look', () => {
  it('every event’s panel, every report and the table name outlets, never report or claim ids', async () => {
    const w = await openPage(browser, '#tab=table');
    await w.page.waitForSelector('.leaflet-marker-icon[aria-label]');
    const ids = /\br\d{3}(-c\d+)?\b/;
    const seen: string[] = [];
    // The table's visible text and its accessible names (a screen reader reads both).
    const table = await w.page.locator('#panel-body').evaluate((el) => el.textContent ?? '');
    expect(table).not.toMatch(ids);
    for (const id of ['r000', 'r001', 'r002', 'r003']) {
      await w.page.evaluate((r) => (location.hash = `#tab=report&r=${r}`), id);
      await expect.poll(() => w.page.locator('#panel-body').textContent()).toMatch(/Blasting|Breitbart|DEBKA|Daily Beast/);
      const text = (await w.page.locator('#panel-body').textContent()) ?? '';
      expect(text.match(ids)?.[0] ?? null, `report ${id}`).toBeNull();
    }
    const events = await w.page.evaluate(async () => {
      const res = await fetch('data/map.json');
      return ((await res.json()) as { events: { id: string }[] }).events.map((e) => e.id);
    });
    expect(events.length).toBeGreaterThan(30);
    for (const id of events) {
      await w.page.evaluate((e) => (location.hash = `#e=${e}`), id);
      await expect.poll(() => w.page.locator('#event-title').count()).toBe(1);
      const text = (await w.page.locator('#panel-body').textContent()) ?? '';
      if (ids.test(text)) seen.push(`${id}: ${text.match(ids)![0]}`);
    }
    expect(seen).toEqual([]);
    await w.context.close();
  });
});
