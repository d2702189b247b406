/**
 * Real-browser harness: Debian's Chromium through playwright-core, against the built site
 * served by `vite preview` (see e2e/global-setup.ts). Every page records console errors,
 * failed requests and any request that leaves the local server.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM, FLAGS } from './chromium';

/** The served site, from e2e/global-setup.ts. */
export const BASE_URL = inject('baseUrl');
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
export { CHROMIUM };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

export async function openPage(
  browser: Browser,
  path = '',
  options: {
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    base?: string;
    bypassCSP?: boolean;
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'reduce',
    // Only for tools the test injects (axe-core): the app itself always runs under its policy.
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const base = options.base ?? BASE_URL;
  const origin = base.startsWith('file:') ? 'file://' : new URL(base).origin;
  const watched: Watched = { page, context, consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watched.consoleErrors.push(String(e)));
  page.on('requestfailed', (r) => watched.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) watched.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url);
  });
  await page.goto(new URL(path, base).toString());
  return watched;
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}${name}.png`;
  await page.screenshot({ path: file });
  return file;
}

/** Waits until the app has loaded its data and drawn the map. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('.leaflet-marker-icon[aria-label]', { timeout: 15_000 });
}

/** Clicks a place's marker; a marker shared with nearby places is opened (zoomed into) first. */
export async function clickPlace(page: Page, name: string): Promise<void> {
  const marker = () => page.locator(`.leaflet-marker-icon[aria-label^="${name}"]`);
  if ((await marker().getAttribute('aria-label'))?.includes('zoom in')) {
    await marker().click();
    await expect.poll(async () => (await marker().getAttribute('aria-label')) ?? 'zoom in').not.toMatch(/zoom in/);
  }
  await marker().click();
}

/** A tour of one's own, shared by link (as share.ts encodes it): a title step, then an event step. */
export const SHARED_TOUR = Buffer.from(
  JSON.stringify({
    id: 'my-shared-tour',
    title: 'Drones',
    description: '',
    steps: [
      { id: 's1', event: null, claims: [], caption: 'Who flies drones over Iraq?', notes: '', to: '2015-03-31' },
      { id: 's2', event: 'iran-drone-flights-iraq', claims: ['r001-c03'], caption: 'Who says so?', notes: 'Ask.', to: '2014-06-25' },
    ],
  }),
).toString('base64url');

/** Selects the studio's report text from one offset to another, as a mouse drag would. */
export async function selectText(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const spans = [...document.querySelectorAll<HTMLElement>('.studio-textbody [data-start]')];
      const at = (n: number) => {
        const s = spans.find((x) => Number(x.dataset.start) <= n && Number(x.dataset.end) >= n)!;
        return { node: s.firstChild!, offset: n - Number(s.dataset.start) };
      };
      const r = document.createRange();
      const from = at(a);
      const to = at(b);
      r.setStart(from.node, from.offset);
      r.setEnd(to.node, to.offset);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
    },
    [start, end],
  );
}

/**
 * Presses the clicker's next key until the step shows what was later known: a step of several
 * pages reveals it after its last page (how many pages depends on the screen). Fails past `most`.
 */
export async function nextUntilLater(page: Page, press: () => Promise<void>, most = 5): Promise<void> {
  for (let i = 0; i < most; i++) {
    await press();
    try {
      await expect.poll(() => page.locator('.presentation-later').isVisible(), { timeout: 1500 }).toBe(true);
      return;
    } catch {
      // another page of the step first
    }
  }
  throw new Error(`what was later known did not show after ${most} presses`);
}
