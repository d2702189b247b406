/**
 * `npx tsx bench/draft-gap.mts <address of a served build> [repeated|varied] [--profile]`: pastes
 * 200,000 characters (a report repeated, or the reports' sentences varied) into the studio, presses
 * Draft the claims, and prints the worst gap between two 10 ms timers until the drafted review shows,
 * the whole time, and the three worst gaps. `--profile` writes the page's CPU profile to
 * draft-gap.cpuprofile. Serve a build first: `npx vite build && npx vite preview --port 4602`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS } from '../e2e/chromium.ts';
import { repeatedText, variedText } from './long-text.ts';
const url = process.argv[2];
const kind = process.argv[3] ?? 'repeated';
const folder = new URL('../geo/reports/', import.meta.url);
const reports = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, folder), 'utf8'));
// Under the studio's limit of 200,000 characters (varied text overshoots the length it is asked for).
const text = kind === 'repeated' ? repeatedText(reports[3], 200_000) : variedText(reports, 199_000);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(url);
await page.waitForSelector('.leaflet-marker-icon[aria-label]', { timeout: 30000 });
await page.getByRole('button', { name: 'Studio' }).click();
await page.getByRole('textbox', { name: 'Outlet' }).fill('Reuters');
await page.locator('input[type=date]').fill('2015-03-02');
await page.getByRole('textbox', { name: 'Report text' }).fill(text);
await page.evaluate(() => {
  const w = window as unknown as { gaps: [number, number][] };
  w.gaps = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    w.gaps.push([now, now - last]);
    last = now;
  }, 10);
});
await page.waitForTimeout(300);
const profile = process.argv.includes('--profile') ? await page.context().newCDPSession(page) : null;
if (profile) {
  await profile.send('Profiler.enable');
  await profile.send('Profiler.start');
}
const t0 = await page.evaluate(() => performance.now());
await page.getByRole('button', { name: 'Draft the claims' }).click({ noWaitAfter: true });
await page.waitForFunction(() => /The drafter proposes/.test(document.querySelector('.studio-notice')?.textContent ?? ''), null, {
  timeout: 600000,
  polling: 500,
});
const r = await page.evaluate((t0) => {
  const w = window as unknown as { gaps: [number, number][] };
  const during = w.gaps.filter(([t]) => t > t0);
  return {
    worst: Math.max(...during.map(([, g]) => g)),
    total: performance.now() - t0,
    sorted: during
      .map(([, g]) => g)
      .sort((a, b) => b - a)
      .slice(0, 3),
  };
}, t0);
console.log(kind, text.length, JSON.stringify(r));
if (profile) {
  const { profile: p } = await profile.send('Profiler.stop');
  writeFileSync('draft-gap.cpuprofile', JSON.stringify(p));
}
await browser.close();
