/**
 * `npx tsx bench/step-profile.ts [dist] [events] [places]` (after a build): where the time of a
 * slider step goes. Opens the built app in headless Chromium on a synthetic map (10,000 events over
 * 500 places by default), makes 60 steps ("]", each followed by two frames) and prints Chromium's
 * own counters over them (script, style, layout, and how many style recalculations and layouts),
 * per step, and the JavaScript that took the most time, by chunk (a CPU profile).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, servePreview } from '../e2e/chromium.ts';
import { syntheticMap } from '../geo/core/synthetic/synthetic.ts';
import { openWithMap, pressSteps } from './steps.ts';

const STEPS = 60;
const [dist = 'dist', events = '10000', places = '500'] = process.argv.slice(2);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

async function main(): Promise<void> {
  const server = await servePreview(dist);
  const base = server.url;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const map = syntheticMap({ events: Number(events), places: Number(places) });
    await openWithMap(page, base, map, `#t=${map.events[0].when.start}`);
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const metrics = async () =>
      Object.fromEntries(
        ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [
          m.name,
          m.value,
        ]),
      );
    const before = await metrics();
    await cdp.send('Profiler.start');
    await pressSteps(page, STEPS);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const after = await metrics();
    const per = (name: string, scale = 1000) => ((after[name] - before[name]) * scale) / STEPS;
    console.log(
      `${dist}: ${Number(events).toLocaleString('en')} events over ${Number(places).toLocaleString('en')} places, ${STEPS} steps`,
    );
    console.log(
      `  per step: script ${per('ScriptDuration').toFixed(2)} ms, style ${per('RecalcStyleDuration').toFixed(2)} ms (${per('RecalcStyleCount', 1).toFixed(1)} recalcs), layout ${per('LayoutDuration').toFixed(2)} ms (${per('LayoutCount', 1).toFixed(1)} layouts), all tasks ${per('TaskDuration').toFixed(2)} ms`,
    );
    // Self time by chunk (file) and function.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const { functionName, url } = byId.get(id)!.callFrame;
      const key = `${url.split('/').pop() || '(native)'} ${functionName || '(anonymous)'}`;
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
    });
    const top = [...self].filter(([k]) => !k.includes('(idle)')).sort((a, b) => b[1] - a[1]);
    console.log('  JavaScript and the engine, self time per step (ms):');
    for (const [k, ms] of top.slice(0, 12)) console.log(`    ${(ms / STEPS).toFixed(2).padStart(6)}  ${k}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

void main();
