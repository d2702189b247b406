/**
 * `npx tsx bench/layers.ts [dist] [events] [places]` (after a build): the page's composited layers
 * after opening a synthetic map and two steps (size, whether it draws, the element), and how many.
 * BEFORE_STEPS=<script> runs in the page first (an experiment: hide or restyle something).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, servePreview } from '../e2e/chromium.ts';
import { syntheticMap } from '../geo/core/synthetic/synthetic.ts';
import { openWithMap, pressSteps } from './steps.ts';

const [dist = 'dist', events = '1000', places = '500'] = process.argv.slice(2);
async function main(): Promise<void> {
  const server = await servePreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const map = syntheticMap({ events: Number(events), places: Number(places) });
    await openWithMap(page, server.url, map, `#t=${map.events[0].when.start}`);
    await page.waitForTimeout(2000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.getDocument', { depth: -1 });
    let layers: {
      layerId: string;
      parentLayerId?: string;
      backendNodeId?: number;
      width: number;
      height: number;
      drawsContent: boolean;
      offsetX: number;
      offsetY: number;
    }[] = [];
    cdp.on('LayerTree.layerTreeDidChange', (e: { layers?: typeof layers }) => {
      if (e.layers) layers = e.layers;
    });
    await cdp.send('LayerTree.enable');
    if (process.env.BEFORE_STEPS) await page.evaluate(process.env.BEFORE_STEPS);
    await pressSteps(page, 2);
    await page.waitForTimeout(500);
    for (const l of layers) {
      let name = '';
      if (l.backendNodeId) {
        try {
          const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: l.backendNodeId })) as {
            node: { nodeName: string; attributes?: string[] };
          };
          const a = node.attributes ?? [];
          const cls = a[a.indexOf('class') + 1] ?? '';
          name = `${node.nodeName} ${a.includes('class') ? cls : ''}`;
        } catch {
          name = '?';
        }
      }
      console.log(
        `${l.layerId.padStart(4)} ${String(l.width).padStart(5)}×${String(l.height).padEnd(5)} at ${l.offsetX},${l.offsetY} draws ${l.drawsContent ? 'y' : 'n'} ${name}`,
      );
    }
    console.log(layers.length, 'layers');
  } finally {
    await browser.close();
    server.stop();
  }
}
void main();
