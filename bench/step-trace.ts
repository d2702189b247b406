/**
 * `npx tsx bench/step-trace.ts [dist] [events] [places] [mode]` (after a build): a Chromium trace of
 * 30 slider steps ("]", two frames each), summed per step by trace event on the page's main thread
 * and on the compositor and raster threads — what the native "(program)" time of a step is: paint
 * (and which areas), raster, layerize, commit, style, layout. mode: cursor (default) or window.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, servePreview } from '../e2e/chromium.ts';
import { syntheticMap } from '../geo/core/synthetic/synthetic.ts';
import { openWithMap, pressSteps } from './steps.ts';

const STEPS = 30;
const [dist = 'dist', events = '10000', places = '500', mode = 'cursor'] = process.argv.slice(2);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { clip?: number[]; layerId?: number; nodeId?: number } };
}

async function main(): Promise<void> {
  const server = await servePreview(dist);
  const base = server.url;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const map = syntheticMap({ events: Number(events), places: Number(places) });
    if (process.env.INIT) await page.addInitScript(process.env.INIT);
    const start = map.events[0].when.start;
    const to = new Date(Date.parse(`${start}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    await openWithMap(page, base, map, mode === 'window' ? `#mode=window&f=${start}&t=${to}` : `#t=${start}`);
    // An experiment: what a step costs without some part of the page (e.g. hide an element).
    // Until the page is still: the panel has followed, the basemap is drawn (SETTLE ms, 3 s by default).
    await page.waitForTimeout(Number(process.env.SETTLE ?? 3000));
    if (process.env.BEFORE_STEPS) await page.evaluate(process.env.BEFORE_STEPS);
    await page.waitForTimeout(300);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink',
        'cc',
        'viz',
        'gpu',
        'toplevel',
        'benchmark',
        'v8.execute',
      ],
    });
    await pressSteps(page, STEPS);
    const buffer = await browser.stopTracing();
    const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
    const threads = new Map<string, string>();
    for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    // Self time per event name per thread (complete events; nested events subtract from parents).
    const byThread = new Map<string, Map<string, { total: number; self: number; n: number }>>();
    const complete = traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
    const grouped = new Map<string, TraceEvent[]>();
    for (const e of complete) {
      const k = `${e.pid}:${e.tid}`;
      if (!grouped.has(k)) grouped.set(k, []);
      grouped.get(k)!.push(e);
    }
    for (const [k, list] of grouped) {
      const name = threads.get(k) ?? k;
      if (!/CrRendererMain|Compositor|Raster|VizCompositor|CrBrowserMain|CrGpuMain/.test(name)) continue;
      list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const stats = new Map<string, { total: number; self: number; n: number }>();
      const stack: { e: TraceEvent; child: number }[] = [];
      const close = (upTo: number) => {
        while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= upTo) {
          const { e, child } = stack.pop()!;
          const s = stats.get(e.name) ?? { total: 0, self: 0, n: 0 };
          s.total += e.dur!;
          s.self += e.dur! - child;
          s.n++;
          stats.set(e.name, s);
          if (stack.length) stack[stack.length - 1].child += e.dur!;
        }
      };
      for (const e of list) {
        close(e.ts);
        stack.push({ e, child: 0 });
      }
      close(Infinity);
      byThread.set(`${name} (${k})`, stats);
    }
    console.log(`${dist}: ${Number(events).toLocaleString('en')} events, ${mode}, ${STEPS} steps; per step, ms (total / self, count)`);
    for (const [t, stats] of byThread) {
      const top = [...stats].sort((a, b) => b[1].total - a[1].total).slice(0, 28);
      const sum = [...stats].reduce((s, [n, v]) => (n === 'ThreadControllerImpl::RunTask' || n === 'RunTask' ? s + v.total : s), 0);
      console.log(`\n ${t}  RunTask total ${(sum / 1000 / STEPS).toFixed(2)}`);
      for (const [n, v] of top)
        console.log(
          `   ${(v.total / 1000 / STEPS).toFixed(2).padStart(6)} / ${(v.self / 1000 / STEPS).toFixed(2).padStart(6)}  ${(v.n / STEPS).toFixed(1).padStart(5)}  ${n}`,
        );
    }
    // The page's main thread in thread time (CPU), less sensitive to a busy machine than wall time.
    const main = complete.filter((e) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.tdur !== undefined);
    const cpu = (name: string) => main.filter((e) => e.name === name).reduce((n, e) => n + e.tdur!, 0) / 1000 / STEPS;
    console.log(
      `\n main thread, CPU per step: all tasks ${cpu('ThreadControllerImpl::RunTask').toFixed(2)} ms; ` +
        [
          'FunctionCall',
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'Layerize',
          'Commit',
          'Canvas2DResourceProvider::ProduceCanvasResource',
          'ProxyMain::BeginMainFrame::commit',
        ]
          .map((n) => `${n} ${cpu(n).toFixed(2)}`)
          .join(', '),
    );
    for (const name of (process.env.TRACE_LIST ?? '').split(',').filter(Boolean)) {
      const ds = complete.filter((e) => e.name === name).map((e) => (e.dur! / 1000).toFixed(2));
      console.log(`\n ${name}: ${ds.length} events, ms: ${ds.slice(0, 40).join(' ')}`);
    }
    // What a layout started from (its roots' boxes) and how many objects it touched: LAYOUT=1.
    if (process.env.LAYOUT)
      for (const e of complete.filter((x) => x.name === 'Layout').slice(0, 6)) console.log(`\n Layout: ${JSON.stringify(e.args)}`);
    // Paint areas on the main thread.
    const paints = traceEvents.filter((e) => e.name === 'Paint' && e.args?.data?.clip);
    const areas = new Map<string, number>();
    for (const p of paints) {
      const c = p.args!.data!.clip!;
      const xs = [c[0], c[2], c[4], c[6]];
      const ys = [c[1], c[3], c[5], c[7]];
      const k = `${Math.min(...xs)},${Math.min(...ys)} ${Math.max(...xs) - Math.min(...xs)}×${Math.max(...ys) - Math.min(...ys)} node ${p.args!.data!.nodeId}`;
      areas.set(k, (areas.get(k) ?? 0) + 1);
    }
    console.log('\n Paint rectangles (count over all steps):');
    for (const [k, n] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`   ${String(n).padStart(4)}  ${k}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

void main();
