/** What the step benchmarks share: a synthetic map served as the site's data, and N slider steps as a reader presses "]". */
import type { Page } from 'playwright-core';
import type { MapData } from '../geo/core/model/contract.ts';

/** Opens the built site at `base` with `map` as its data, at `hash`; resolves once the map can be used. */
export async function openWithMap(page: Page, base: string, map: MapData, hash: string): Promise<void> {
  const json = JSON.stringify(map);
  await page.route('**/data/map.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
  await page.goto(`${base}${hash}`);
  await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, { timeout: 120_000 });
}

/** Presses "]" `steps` times, two frames apart (each step drawn before the next). */
export function pressSteps(page: Page, steps: number): Promise<unknown> {
  return page.evaluate(
    `new Promise((done) => {
      let left = ${steps};
      const one = () => {
        if (left-- === 0) return done();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: ']', code: 'BracketRight', bubbles: true }));
        requestAnimationFrame(() => requestAnimationFrame(one));
      };
      one();
    })`,
  );
}
