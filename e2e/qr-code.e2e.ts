/**
 * The QR code that opens a tour on students' phones: drawn on the handout's header and over the
 * presentation when the page is served from an address phones can reach (simulated: a school's
 * host name whose requests the browser answers from the local server), and a sentence saying why
 * there is none from localhost and from file://. The QR library is not in the first visit's script.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, openPage, shot } from './harness';

const SCHOOL = 'http://maps.school.example';
/** A tour of one's own that opens with a title step, as a shared link carries it. */
const TITLED = Buffer.from(
  JSON.stringify({
    id: 'my-titled',
    title: 'Drones',
    description: '',
    steps: [
      { id: 's1', event: null, claims: [], caption: 'Who flies drones over Iraq?', notes: 'Secret answer: Iran.', to: '2015-03-31' },
      { id: 's2', event: 'iran-drone-flights-iraq', claims: ['r001-c03'], caption: 'Who says so?', notes: '', to: '2014-06-25' },
    ],
  }),
).toString('base64url');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page served as if from the school's server: every request to it is answered by the local one. */
async function fromSchool(
  hash: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ page: Page; close: () => Promise<void>; foreign: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const local = new URL(BASE_URL).origin;
  const foreign: string[] = [];
  await context.route(`${SCHOOL}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(SCHOOL, local) });
    await route.fulfill({ response });
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(SCHOOL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(`${SCHOOL}/${hash}`);
  return { page, close: () => context.close(), foreign };
}

const codeName = /^QR code that opens this tour on a phone: http:\/\/maps\.school\.example\/#tab=tours&tour=who-said-what$/;

describe('a QR code for students’ phones', () => {
  it('the handout’s header carries the code of the students’ link, drawn as SVG, nothing fetched', async () => {
    const { page, close, foreign } = await fromSchool('#tour=who-said-what&handout=1');
    const code = page.getByRole('img', { name: codeName });
    await expect.poll(() => code.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => code.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    // The header holds it; the students' link names the tour and carries no notes.
    expect(await page.locator('.handout > header .tour-code svg').count()).toBe(1);
    const box = await code.boundingBox();
    expect(box!.width).toBeGreaterThan(80);
    await shot(page, 'qr-handout-en');
    expect(foreign).toEqual([]);
    await close();
  });

  it('in Arabic, the code sits at the header’s line end (the left)', async () => {
    const { page, close } = await fromSchool('#lang=ar&tour=who-said-what&handout=1');
    const code = page.locator('.handout > header .tour-code svg');
    await expect.poll(() => code.count(), { timeout: 15_000 }).toBe(1);
    const h1 = await page.locator('.handout > header h1').boundingBox();
    const box = await code.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(h1!.x + 1);
    await shot(page, 'qr-handout-ar');
    await close();
  });

  it('a title slide shows the code, large enough to scan from the back; the tours tab shows it on demand', async () => {
    const { page, close } = await fromSchool(`#share=${TITLED}&present=1`, { width: 1920, height: 1080 });
    const code = page
      .locator('.presentation')
      .getByRole('img', { name: /^QR code that opens this tour on a phone: http:\/\/maps\.school\.example\/#share=/ });
    await expect.poll(() => code.count(), { timeout: 15_000 }).toBe(1);
    expect((await code.boundingBox())!.width).toBeGreaterThanOrEqual(250);
    // The students' link: the tour travels in it without the teacher's note.
    const name = (await code.getAttribute('aria-label'))!;
    const carried = Buffer.from(/#share=([A-Za-z0-9_-]+)/.exec(name)![1], 'base64url').toString();
    expect(carried).toContain('Who flies drones over Iraq?');
    expect(carried).not.toContain('Secret answer');
    await shot(page, 'qr-title-slide-1920');
    await close();
    const tours = await fromSchool('#tab=tours');
    await tours.page.locator('.tour').first().getByRole('button', { name: 'QR code for phones' }).click();
    await expect.poll(() => tours.page.getByRole('img', { name: codeName }).count()).toBe(1);
    await tours.close();
  });

  it('from localhost, a sentence says why there is no code', async () => {
    const w = await openPage(browser, '#tour=who-said-what&handout=1');
    await expect
      .poll(() => w.page.locator('.handout > header [role="note"]').textContent(), { timeout: 15_000 })
      .toMatch(/an address only this computer can reach/);
    expect(await w.page.locator('.handout .tour-code svg').count()).toBe(0);
    await w.context.close();
  });

  it('from file://, a sentence says why there is no code', async () => {
    const single = new URL('../dist-single/index.html', import.meta.url).pathname;
    expect(existsSync(single)).toBe(true);
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(single).toString()}#tour=who-said-what&handout=1`);
    await expect
      .poll(() => page.locator('.handout > header [role="note"]').textContent(), { timeout: 15_000 })
      .toMatch(/opened from a file on this computer/);
    expect(await page.locator('.handout .tour-code svg').count()).toBe(0);
    await context.close();
  });

  it('the QR library is not in the first visit’s script: it loads when a code is drawn', () => {
    const dist = new URL('../dist/', import.meta.url).pathname;
    const entry = /<script[^>]+src="\/?([^"]+\.js)"/.exec(readFileSync(`${dist}index.html`, 'utf8'))![1];
    const mark = 'code length overflow';
    expect(readFileSync(`${dist}${entry}`, 'utf8')).not.toContain(mark);
    const chunks = readdirSync(`${dist}assets`).filter(
      (f) => f.endsWith('.js') && readFileSync(`${dist}assets/${f}`, 'utf8').includes(mark),
    );
    expect(chunks).toHaveLength(1);
  });
});
