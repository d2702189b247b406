/**
 * `npx tsx bench/step-series.ts [dist] [events] [places] [cursor|window]` (after a build): the app's
 * 60 steps one by one, measured as bench:browser measures them (its MEASURE), each with the date
 * line, the timeline's and the map's heights and the date box's width — a slow step that resized the
 * map shows here (this is how the window mode's 60-150 ms steps were found). PROFILE=1 adds a CPU
 * profile of the steps (self and total time by function).
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM, FLAGS, servePreview } from '../e2e/chromium.ts';
import { syntheticMap } from '../geo/core/synthetic/synthetic.ts';
import { openWithMap } from './steps.ts';

const [dist = 'dist', events = '1000', places = '500', mode = 'window'] = process.argv.slice(2);
const src = readFileSync('bench/browser.bench.ts', 'utf8');
const MEASURE = /const MEASURE = `([\s\S]*?)`;/.exec(src)![1];

async function main(): Promise<void> {
  const server = await servePreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(MEASURE);
    const map = syntheticMap({ events: Number(events), places: Number(places) });
    const start = map.events[0].when.start;
    await openWithMap(page, server.url, map, `#t=${start}`);
    await page
      .waitForFunction(() => performance.getEntriesByName('basemap-world').length > 0, null, { timeout: 30_000 })
      .catch(() => undefined);
    await page.waitForTimeout(Number(process.env.SETTLE ?? 1000));
    if (mode === 'window') {
      const to = new Date(Date.parse(`${start}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      await page.evaluate((hash) => (location.hash = hash), `#mode=window&f=${start}&t=${to}`);
      await page.waitForFunction(() => document.querySelectorAll('.timeline-inputs input').length === 2);
    }
    if (process.env.PROFILE) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      (globalThis as { cdp?: unknown }).cdp = cdp;
    }
    const works: number[] = [];
    for (let i = 0; i < 60; i++) {
      const f = (await page.evaluate(
        `window.__measure(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: ']', code: 'BracketRight', bubbles: true })))`,
      )) as { work: number; frame: number };
      works.push(f.work);
      const label = await page.evaluate(() =>
        [
          document.querySelector('.timeline-date strong')?.textContent,
          document.querySelector('.timeline')?.getBoundingClientRect().height,
          document.querySelector('.leaflet-container')?.getBoundingClientRect().height,
          document.querySelector('.timeline-date')?.getBoundingClientRect().width,
        ].join(' | '),
      );
      console.log(i, f.work.toFixed(1), f.frame.toFixed(1), label);
    }
    const cdp = (globalThis as { cdp?: { send(m: string): Promise<unknown> } }).cdp;
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: {
          nodes: {
            id: number;
            parent?: number;
            children?: number[];
            callFrame: { functionName: string; url: string; lineNumber: number };
          }[];
          samples: number[];
          timeDeltas: number[];
        };
      };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const dt = profile.timeDeltas[i] / 1000;
        const name = (n: number) => {
          const f = byId.get(n)!.callFrame;
          return `${f.url.split('/').pop() || '(native)'}:${f.lineNumber} ${f.functionName || '(anon)'}`;
        };
        self.set(name(id), (self.get(name(id)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const k = name(n);
          if (!seen.has(k)) {
            seen.add(k);
            total.set(k, (total.get(k) ?? 0) + dt);
          }
        }
      });
      const top = (m: Map<string, number>) =>
        [...m]
          .filter(([k]) => !k.includes('(idle)') && !k.includes('(root)'))
          .sort((a, b) => b[1] - a[1])
          .slice(0, 30);
      console.log('self ms over all steps');
      for (const [k, v] of top(self)) console.log(v.toFixed(1).padStart(8), k);
      console.log('total ms over all steps');
      for (const [k, v] of top(total)) console.log(v.toFixed(1).padStart(8), k);
    }
    const s = [...works].sort((a, b) => a - b);
    console.log('median', s[29].toFixed(1), 'p95', s[57].toFixed(1));
  } finally {
    await browser.close();
    server.stop();
  }
}
void main();
