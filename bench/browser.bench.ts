/**
 * `npm run bench:browser` (after `npm run build`): the app in real Chromium (headless, software
 * rendering, as the browser tests run it) on synthetic maps of 1,000 / 10,000 / 100,000 events,
 * side by side with leaflet.timeline 1.6 on the same points and the same steps. Prints figures
 * and ratios; asserts nothing. Each configuration runs RUNS times, each in a fresh browser; the
 * machine is shared, so read medians and ranges, and trust the ratios over absolute times.
 *
 * Per slider step (60 steps, to each next event's day, in cursor mode and with a 30-day window):
 *   work   main-thread time: the synchronous update, any task it queued, and the next frame's
 *          rendering (a message posted from requestAnimationFrame runs after the frame is drawn)
 *   frame  from the step to the second animation frame after it
 * PEER=bare: leaflet.timeline without its slider control; DIST=dir: another build of the app.
 * Also: load (data received → interactive map), JS heap after load (after a GC), selecting the
 * busiest place, and opening the table.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, FLAGS, servePreview } from '../e2e/chromium.ts';
import { syntheticMap } from '../geo/core/synthetic/synthetic.ts';
import type { MapData } from '../geo/core/model/contract.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const STEPS = 60;
const CONFIGS = (process.env.CONFIGS ?? '1000:500,10000:500,100000:5000')
  .split(',')
  .map((c) => c.split(':').map(Number) as [number, number]);
const require = createRequire(import.meta.url);
/**
 * leaflet.timeline steps through its slider control (range input and date, as the app's step moves
 * its own input and date): PEER=bare steps the layer alone, as this bench did until 3 December 2026.
 */
const PEER_SLIDER = process.env.PEER !== 'bare';
/** The built site to measure (DIST=… to compare two builds). */
const DIST = process.env.DIST ?? 'dist';

interface StepFigures {
  work: number[];
  frame: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

/**
 * The same measurement in both pages: `step()` makes one step; returns work and frame in ms.
 * The frame's clock starts in an animation-frame callback asked for BEFORE the step, so it runs
 * first in that frame: whatever the step itself deferred to requestAnimationFrame (Leaflet's
 * canvas renderer draws there) runs after it and is counted as work. (Until 3 December 2026 it
 * was asked for after the step, so a redraw the step had queued ran before the clock started:
 * leaflet.timeline's whole canvas redraw went uncounted, the app's synchronous one was counted.)
 */
const MEASURE = `window.__measure = (step) => new Promise((resolve) => {
  let t2 = 0;
  let t1 = 0;
  let queued = 0;
  requestAnimationFrame(() => {
    t2 = performance.now();
    const after = new MessageChannel();
    after.port1.onmessage = () => {
      const drawn = performance.now() - t2;
      requestAnimationFrame(() => resolve({ work: (t1 - t0) + queued + drawn, frame: performance.now() - t0 }));
    };
    after.port2.postMessage(0);
  });
  const t0 = performance.now();
  step();
  t1 = performance.now();
  const channel = new MessageChannel();
  // Up to the frame, if the frame came first (then the rest is counted in drawn).
  channel.port1.onmessage = () => { queued = (t2 > 0 ? Math.min(t2, performance.now()) : performance.now()) - t1; };
  channel.port2.postMessage(0);
});`;

/** The days the steps go to: each next distinct event start after `from`. */
function stepDays(map: MapData, from: string): string[] {
  const starts = [...new Set(map.events.map((e) => e.when.start))].sort();
  return starts.filter((d) => d > from).slice(0, STEPS);
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1048576;
}

async function appRun(browser: Browser, base: string, json: string, map: MapData): Promise<Record<string, number | StepFigures>> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.route('**/data/map.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
  await page.addInitScript(MEASURE);
  const start = map.events[0].when.start;
  const out: Record<string, number | StepFigures> = {};
  await page.goto(`${base}#t=${start}`);
  await page.waitForSelector('.leaflet-marker-icon[aria-label]', { timeout: 120_000 });
  // The app marks when the whole file has arrived and when the map is drawn and usable.
  await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, { timeout: 120_000 });
  out.load = await page.evaluate(
    () => performance.getEntriesByName('map-interactive')[0].startTime - performance.getEntriesByName('map-data-arrived')[0].startTime,
  );
  out.open = await page.evaluate(() => performance.getEntriesByName('map-interactive')[0].startTime);
  out.heap = await heapMB(page);
  // Steps are measured on a settled page, as the peer's are: the world's basemap loads after the map
  // is interactive (Basemap.tsx) and would otherwise land in the first steps (one of ~160 ms, then
  // ten slower while it is drawn). Until 3 December 2026 the steps began without waiting.
  await page
    .waitForFunction(() => performance.getEntriesByName('basemap-world').length > 0, null, { timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForTimeout(1000);
  for (const mode of ['cursor', 'window'] as const) {
    if (mode === 'window') {
      const from = map.events[0].when.start;
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      await page.evaluate((hash) => (location.hash = hash), `#mode=window&f=${from}&t=${to}`);
      await page.waitForFunction(() => document.querySelectorAll('.timeline-inputs input').length === 2);
      // The panel follows a new mode once it settles (SETTLE_MS): that render is not a step's.
      await page.waitForTimeout(500);
    }
    const figures: StepFigures = { work: [], frame: [] };
    for (let i = 0; i < STEPS; i++) {
      // "]" steps to the next event's day (the window slides, keeping its width).
      const f = await page.evaluate(() =>
        (window as unknown as { __measure: (s: () => void) => Promise<{ work: number; frame: number }> }).__measure(() =>
          window.dispatchEvent(new KeyboardEvent('keydown', { key: ']', code: 'BracketRight', bubbles: true })),
        ),
      );
      figures.work.push(f.work);
      figures.frame.push(f.frame);
    }
    out[mode] = figures;
  }
  // The busiest place: the named marker with the largest count.
  const t0 = Date.now();
  // A string, not a function: tsx would wrap a function's inner helpers in a __name the page lacks.
  const busiest = await page.evaluate(`(() => {
    const markers = [...document.querySelectorAll('.leaflet-marker-icon[aria-label]')];
    const count = (m) => Number(/: (\\d+) event/.exec(m.getAttribute('aria-label') ?? '')?.[1] ?? 0);
    markers.sort((a, b) => count(b) - count(a));
    markers[0]?.click();
    return markers[0]?.getAttribute('aria-label') ?? '';
  })()`);
  await page.waitForFunction(() => document.querySelector('#event-title, #place-title') !== null || location.hash.includes('map='), null, {
    timeout: 60_000,
  });
  out.select = Date.now() - t0;
  if (!busiest) out.select = NaN;
  const t1 = Date.now();
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.waitForSelector('.table-view tbody tr', { timeout: 60_000 });
  out.table = Date.now() - t1;
  await context.close();
  return out;
}

async function timelineRun(browser: Browser, map: MapData): Promise<Record<string, StepFigures>> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  // tsx names inner functions with a __name helper that a page does not have.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><div id="map" style="width:900px;height:600px"></div>');
  await page.addStyleTag({ path: require.resolve('leaflet/dist/leaflet.css') });
  await page.addScriptTag({ path: require.resolve('leaflet/dist/leaflet.js') });
  // Its UMD build (the package's exports do not list it, so by path).
  await page.addScriptTag({ path: 'node_modules/leaflet.timeline/dist/leaflet.timeline.js' });
  await page.addScriptTag({ content: MEASURE });
  const places = new Map(map.places.map((p) => [p.id, p.lngLat]));
  const points = map.events
    .filter((e) => e.place)
    .map((e) => ({ lngLat: places.get(e.place!)!, start: Date.parse(e.when.start), end: Date.parse(e.when.end) }));
  const out: Record<string, StepFigures> = {};
  for (const mode of ['cursor', 'window'] as const) {
    // Its best setup: canvas circle markers. Cursor mode = every event started by t (end at the
    // far future); a 30-day window = events active in [t - 30 days, t] (end pushed 30 days on).
    await page.evaluate(
      ({ points, mode, spanEnd, withSlider }) => {
        // Leaflet and the plugin as globals of the page, typed as far as used here.
        type Layer = { addTo(m: unknown): Layer; setTime(t: number): void };
        type Control = { addTo(m: unknown): Control; addTimelines(t: Layer): void; setTime(t: number): void };
        type LeafletGlobal = {
          map(id: string, o: object): { setView(c: number[], z: number): unknown };
          timeline(d: object, o: object): Layer;
          timelineSliderControl(o: object): Control;
          circleMarker(ll: unknown, o: object): unknown;
        };
        const w = window as unknown as { L: LeafletGlobal; __map?: { remove(): void }; __timeline?: Layer | Control };
        w.__map?.remove();
        const map = w.L.map('map', { preferCanvas: true }).setView([34, 41], 6);
        const features = points.map((p) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: p.lngLat },
          properties: { start: p.start, end: mode === 'cursor' ? spanEnd : p.end + 30 * 86_400_000 },
        }));
        const timeline = w.L.timeline(
          { type: 'FeatureCollection', features },
          { pointToLayer: (_: unknown, latlng: unknown) => w.L.circleMarker(latlng, { radius: 4 }) },
        );
        timeline.addTo(map);
        timeline.setTime(points[0]?.start ?? 0);
        w.__map = map as { remove(): void };
        w.__timeline = timeline;
        if (withSlider) {
          // Its own time UI, as the app has one: a range input and the date it shows (no ticks).
          const dateWords = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
          const control = w.L.timelineSliderControl({ formatOutput: (t: number) => dateWords.format(t), showTicks: false }).addTo(map);
          control.addTimelines(timeline);
          control.setTime(points[0]?.start ?? 0);
          w.__timeline = control;
        }
      },
      { points, mode, spanEnd: Date.parse('2100-01-01'), withSlider: PEER_SLIDER },
    );
    const figures: StepFigures = { work: [], frame: [] };
    for (const day of stepDays(map, map.events[0].when.start)) {
      const f = await page.evaluate((t) => {
        const w = window as unknown as {
          __timeline: { setTime: (t: number) => void };
          __measure: (s: () => void) => Promise<{ work: number; frame: number }>;
        };
        return w.__measure(() => w.__timeline.setTime(t));
      }, Date.parse(day));
      figures.work.push(f.work);
      figures.frame.push(f.frame);
    }
    out[mode] = figures;
  }
  await context.close();
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(`${DIST}/index.html`)) {
    console.error('bench:browser needs the built site: run `npm run build` first.');
    process.exit(1);
  }
  const server = await servePreview(DIST);
  const base = server.url;
  const rows: string[] = [];
  try {
    for (const [events, placeCount] of CONFIGS) {
      const map = syntheticMap({ events, places: placeCount });
      const json = JSON.stringify(map);
      const app: Record<string, number | StepFigures>[] = [];
      const peer: Record<string, StepFigures>[] = [];
      for (let run = 0; run < RUNS; run++) {
        for (const who of ['app', 'peer'] as const) {
          const browser = await chromium.launch({
            executablePath: CHROMIUM,
            headless: true,
            args: FLAGS,
          });
          try {
            if (who === 'app') app.push(await appRun(browser, base, json, map));
            else peer.push(await timelineRun(browser, map));
          } finally {
            await browser.close();
          }
        }
        process.stdout.write('.');
      }
      const num = (key: string) => app.map((r) => r[key] as number);
      const steps = (runs: Record<string, number | StepFigures>[], mode: string, what: keyof StepFigures) =>
        runs.map((r) => (r[mode] as StepFigures)[what]);
      const line = (label: string, xs: number[], unit = 'ms') =>
        `  ${label.padEnd(34)} median ${median(xs).toFixed(1)} ${unit} (runs ${range(xs)})`;
      rows.push(
        `\n${events.toLocaleString('en')} events over ${placeCount.toLocaleString('en')} places (${(json.length / 1048576).toFixed(1)} MB), ${RUNS} runs in fresh browsers`,
      );
      rows.push(line('load: data arrived → interactive map', num('load')));
      rows.push(line('open: page → interactive map', num('open')));
      rows.push(line('JS heap after load', num('heap'), 'MB'));
      rows.push(line('select the busiest place', num('select')));
      rows.push(line('open the table', num('table')));
      for (const mode of ['cursor', 'window'] as const) {
        for (const what of ['work', 'frame'] as const) {
          const ours = steps(app, mode, what);
          const theirs = steps(peer, mode, what);
          const m = (runs: number[][], f: (x: number[]) => number) => runs.map(f);
          const ourMed = median(m(ours, median));
          const ourP95 = median(m(ours, p95));
          const theirMed = median(m(theirs, median));
          const theirP95 = median(m(theirs, p95));
          rows.push(
            `  step ${mode === 'cursor' ? 'up to a day  ' : '30-day window'} ${what.padEnd(5)}  app median ${ourMed.toFixed(1)} / p95 ${ourP95.toFixed(1)} ms (p95 runs ${range(m(ours, p95))})` +
              `   leaflet.timeline median ${theirMed.toFixed(1)} / p95 ${theirP95.toFixed(1)} ms   ratio ${(theirMed / ourMed).toFixed(1)}× (p95 ${(theirP95 / ourP95).toFixed(1)}×)`,
          );
        }
      }
    }
  } finally {
    server.stop();
  }
  console.log(`\n${rows.join('\n')}\n`);
  console.log('ratio = leaflet.timeline ÷ app, from medians over runs: above 1 means the app is faster.');
}

void main();
