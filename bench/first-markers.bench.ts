/**
 * `npm run bench:first-markers` (after `npx vite build && npx vite build --mode single`): how soon
 * the built-in map shows its first markers from a cold load, in fresh headless Chromium browsers,
 * for the site (dist/, through `vite preview`) and for the single file from file://. Also when
 * the world basemap is drawn (the `basemap-world` mark, where the build has one) and the single
 * file's size. Prints medians and ranges; asserts nothing. The machine is shared: read medians.
 * `BASELINE=folder` (holding another build's dist/ and dist-single/) measures that build too, run
 * for run in turn with this one, so both meet the same load on the machine.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, servePreview } from '../e2e/chromium.ts';

const RUNS = Number(process.env.RUNS ?? 7);

/** Records, inside the page, when the first place marker enters the document. */
const WATCH = `(() => {
  const seen = () => {
    if (window.__firstMarker === undefined && document.querySelector('.leaflet-marker-icon[aria-label]')) {
      window.__firstMarker = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
};
const line = (label: string, xs: number[]) =>
  xs.length
    ? `  ${label.padEnd(36)} median ${median(xs).toFixed(0)} ms (runs ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`
    : `  ${label.padEnd(36)} —`;

async function run(url: string, viewport: { width: number; height: number }): Promise<{ first: number; world: number | null }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as { __firstMarker?: number }).__firstMarker !== undefined, null, { timeout: 60_000 });
    const first = await page.evaluate(() => (window as unknown as { __firstMarker: number }).__firstMarker);
    // The world layer, where there is one, comes after the first markers: wait a little for it.
    const world = await page
      .waitForFunction(() => performance.getEntriesByName('basemap-world').length > 0, null, { timeout: 5_000 })
      .then(() => page.evaluate(() => performance.getEntriesByName('basemap-world')[0].startTime))
      .catch(() => null);
    return { first, world };
  } finally {
    await browser.close();
  }
}

interface Build {
  label: string;
  folder: string;
  site: string;
  single: string;
  figures: { site: number[]; siteWorld: number[]; single: number[]; singleWorld: number[] };
}

const serve = (folder: string) => servePreview(resolve(folder, 'dist'));

async function main(): Promise<void> {
  const folders = [
    { label: 'this build', folder: '.' },
    ...(process.env.BASELINE ? [{ label: 'baseline', folder: process.env.BASELINE }] : []),
  ];
  for (const { folder } of folders) {
    if (!existsSync(resolve(folder, 'dist/index.html')) || !existsSync(resolve(folder, 'dist-single/index.html'))) {
      console.error(`No build in ${folder}: npx vite build && npx vite build --mode single`);
      process.exit(1);
    }
  }
  const servers = await Promise.all(folders.map((f) => serve(f.folder)));
  const builds: Build[] = folders.map((f, i) => ({
    ...f,
    site: servers[i].url,
    single: pathToFileURL(resolve(f.folder, 'dist-single/index.html')).toString(),
    figures: { site: [], siteWorld: [], single: [], singleWorld: [] },
  }));
  const viewport = { width: 1366, height: 768 };
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const { site, single, figures } of builds) {
        const a = await run(site, viewport);
        figures.site.push(a.first);
        if (a.world !== null) figures.siteWorld.push(a.world);
        const b = await run(single, viewport);
        figures.single.push(b.first);
        if (b.world !== null) figures.singleWorld.push(b.world);
      }
      process.stdout.write('.');
    }
  } finally {
    for (const s of servers) s.stop();
  }
  for (const { label, folder, figures } of builds) {
    const file = resolve(folder, 'dist-single/index.html');
    const bytes = statSync(file).size;
    const gzip = gzipSync(readFileSync(file)).length;
    console.log(`\n${label} (${folder}): cold load, ${RUNS} fresh browsers each, ${viewport.width}×${viewport.height}:`);
    console.log(line('site: first markers', figures.site));
    console.log(line('site: world basemap drawn', figures.siteWorld));
    console.log(line('single file: first markers', figures.single));
    console.log(line('single file: world basemap drawn', figures.singleWorld));
    console.log(`  single file: ${bytes.toLocaleString('en')} bytes (${gzip.toLocaleString('en')} gzipped)`);
  }
}

void main();
