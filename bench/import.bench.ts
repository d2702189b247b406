/**
 * `npm run bench:import` (after `npm run build`): large CSV imports in real Chromium (headless, as
 * the browser tests run it). Two files from the project's synthetic generator, written to a temp
 * directory and removed afterwards: a 50 MB ACLED-style CSV (124,000 rows of every column) and a
 * lean one of 1,000,000 rows (only the columns a row needs, 68 MB). For each, RUNS fresh browsers:
 *
 *   gap (import)  the worst gap between two ticks of a 10 ms timer on the page, from choosing the
 *                 file until the map is kept (the first tick that finds the address naming it)
 *   gap (open)    the same from choosing the file until the map is drawn
 *   kept          choosing the file → the map is kept in the browser's storage (s)
 *   shown         choosing the file → the kept map drawn (s)
 *   reopen        a reload → the same map drawn again from storage (s), and its gap
 *
 * Prints medians and ranges and writes them to docs/bench-import.txt. Asserts nothing; the
 * machine is shared, so read the ranges. `RUNS=1 SIZES=50mb npm run bench:import` for one quick run.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, FLAGS, servePreview } from '../e2e/chromium.ts';
import { syntheticAcled, syntheticAcledLean } from '../geo/core/synthetic/synthetic-acled.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? '50mb,1m').split(',');
const FILES = [
  { id: '50mb', label: '50 MB ACLED-style CSV, 124,000 rows, every column', make: () => syntheticAcled(124_000) },
  { id: '1m', label: '1,000,000-row lean CSV (the columns a row needs)', make: () => syntheticAcledLean(1_000_000) },
].filter((f) => SIZES.includes(f.id));
const LIMIT = 15 * 60_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN;
};
const range = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

/** Starts (or restarts) the page's gap meter: a 10 ms timer that records its worst gap. */
const START_METER = `(() => {
  clearInterval(window.__meter?.id);
  const m = { max: 0, last: performance.now(), kept: -1 };
  m.id = setInterval(() => {
    const now = performance.now();
    if (m.kept < 0 && /[#&]m=c-/.test(location.hash)) m.kept = m.max;
    m.max = Math.max(m.max, now - m.last);
    m.last = now;
  }, 10);
  window.__meter = m;
})()`;
const READ_METER = `(() => { const m = window.__meter; const now = performance.now(); return Math.max(m.max, now - m.last); })()`;
/** The worst gap until the first tick that found the address naming the kept map. */
const READ_KEPT = `window.__meter.kept`;

const say = (what: string) => {
  if (process.env.VERBOSE) console.error(`  ${new Date().toISOString().slice(11, 19)} ${what}`);
};
const drawn = (page: Page) => page.waitForSelector('.leaflet-marker-icon[aria-label]', { timeout: LIMIT });

interface Run {
  gapImport: number;
  gapOpen: number;
  kept: number;
  shown: number;
  reopen: number;
  gapReopen: number;
  keptAfterReload: boolean;
}

async function run(base: string, file: string, rows: number): Promise<Run> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('console', (m) => m.text().startsWith('PROF') && say(m.text()));
    page.on('pageerror', (e) => console.error(`\npage error: ${String(e)}`));
    await page.goto(base);
    await drawn(page);
    await page.getByRole('button', { name: 'Maps' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('dialog', { name: 'Maps' }).getByRole('button', { name: 'Open a file…' }).click(),
    ]);
    await page.evaluate(START_METER);
    const t0 = Date.now();
    await chooser.setFiles(file);
    say('file chosen');
    await page.waitForFunction(() => /[#&]m=c-/.test(location.hash), null, { timeout: LIMIT, polling: 100 });
    const kept = (Date.now() - t0) / 1000;
    say(`kept in ${kept} s`);
    await page.waitForFunction(READ_KEPT + ' >= 0', null, { timeout: LIMIT, polling: 100 });
    const gapImport = (await page.evaluate(READ_KEPT)) as number;
    await page.waitForFunction((n) => document.querySelector('.timeline-count')?.textContent?.includes(n), rows.toLocaleString('en'), {
      timeout: LIMIT,
      polling: 100,
    });
    await drawn(page);
    const shown = (Date.now() - t0) / 1000;
    say(`shown in ${shown} s`);
    const gapOpen = (await page.evaluate(READ_METER)) as number;
    // A reload: the map comes back from the browser's storage.
    await page.addInitScript(START_METER);
    const t1 = Date.now();
    await page.reload();
    let keptAfterReload = true;
    try {
      await page.waitForFunction((n) => document.querySelector('.timeline-count')?.textContent?.includes(n), rows.toLocaleString('en'), {
        timeout: LIMIT,
        polling: 100,
      });
      await drawn(page);
    } catch {
      keptAfterReload = false;
    }
    const reopen = (Date.now() - t1) / 1000;
    say(`reopened in ${reopen} s`);
    const gapReopen = (await page.evaluate(READ_METER)) as number;
    await context.close();
    return { gapImport, gapOpen, kept, shown, reopen, gapReopen, keptAfterReload };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.error('bench:import needs the built site: run `npm run build` first.');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const server = await servePreview();
  const base = server.url;
  const out: string[] = [
    `bench:import, ${new Date().toISOString().slice(0, 10)}, headless Chromium (${CHROMIUM}), ${RUNS} runs each in a fresh browser.`,
    'gap = the worst gap between two ticks of a 10 ms timer on the page (the page answers within it).',
  ];
  try {
    for (const f of FILES) {
      const text = f.make();
      const rows = text.split('\n').length - 2;
      const file = join(dir, `${f.id}.csv`);
      writeFileSync(file, text);
      const runs: Run[] = [];
      for (let r = 0; r < RUNS; r++) {
        runs.push(await run(base, file, rows));
        process.stdout.write('.');
      }
      const line = (label: string, xs: number[], unit: string, digits: number) =>
        `  ${label.padEnd(40)} median ${median(xs).toFixed(digits)} ${unit} (runs ${range(xs, digits)})`;
      out.push(
        `\n${f.label} (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB)`,
        line(
          'worst gap, choosing → kept',
          runs.map((x) => x.gapImport),
          'ms',
          0,
        ),
        line(
          'worst gap, choosing → drawn',
          runs.map((x) => x.gapOpen),
          'ms',
          0,
        ),
        line(
          'time to a kept map',
          runs.map((x) => x.kept),
          's',
          1,
        ),
        line(
          'time to the kept map drawn',
          runs.map((x) => x.shown),
          's',
          1,
        ),
        line(
          'reload → drawn again from storage',
          runs.map((x) => x.reopen),
          's',
          1,
        ),
        line(
          'worst gap, reload → drawn',
          runs.map((x) => x.gapReopen),
          'ms',
          0,
        ),
        `  kept across the reload in ${runs.filter((x) => x.keptAfterReload).length} of ${runs.length} runs`,
        `  machine load (1-minute average, 2 cores) at the end: ${loadavg()[0].toFixed(1)}`,
      );
      // Each file's figures as soon as they are in: a long run cut short keeps what it measured.
      console.log(out.slice(out.lastIndexOf(`\n${f.label} (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB)`)).join('\n'));
    }
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const text = out.join('\n');
  if (FILES.length === 2 && RUNS >= 3) writeFileSync('docs/bench-import.txt', `${text}\n`);
}

await main();
