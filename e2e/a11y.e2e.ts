/** Every view passes axe-core's checks (WCAG 2 A/AA rules) with no serious or critical finding. */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VIEWS = [
  ['the first view', ''],
  ['an event', '#e=speicher-massacre'],
  ['a report', '#tab=report&r=r003'],
  ['a place', '#tab=places&p=tikrit'],
  ['the table', '#tab=table'],
  ['the tours', '#tab=tours'],
  ['a presented step', '#tour=who-said-what&step=speicher&present=1'],
  ['the handout', '#tour=who-said-what&handout=1'],
  ['a phone', '#e=tikrit-offensive-begins'],
  ['the download menu', ''],
  ['the maps dialog', ''],
  ['a report on a phone', '#tab=report&r=r003'],
  ['the table on a phone', '#tab=table'],
  ['the places on a phone', '#tab=places&p=tikrit'],
  ['the tours on a phone', '#tab=tours'],
  ['a report on a projector', '#tab=report&r=r000'],
  ['the sources', '#tab=find'],
  ['a search', '#tab=find'],
  ['a compact event', '#e=tikrit-offensive-begins&p=tikrit'],
  ['the filters', ''],
  ['a search on a phone', '#tab=find'],
] as const;

const SIZE: Record<string, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  projector: { width: 1024, height: 768 },
};

/** Opens what a view needs beyond its link. */
const OPEN: Record<string, (page: import('playwright-core').Page) => Promise<void>> = {
  'the download menu': (page) => page.locator('.panel .downloads summary').click(),
  'the maps dialog': (page) => page.getByRole('button', { name: 'Maps' }).click(),
  'a search': (page) => page.getByRole('searchbox', { name: /Search the reports/ }).fill('drones'),
  'a search on a phone': (page) => page.getByRole('searchbox', { name: /Search the reports/ }).fill('kerry'),
  'a compact event': (page) => page.getByRole('checkbox', { name: /Compact/ }).check(),
  'the filters': (page) => page.locator('.panel .filters summary').click(),
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core)', () => {
  it.each(VIEWS)('%s has no serious or critical violations', async (name, path) => {
    const size = name.endsWith('phone') ? SIZE.phone : name.endsWith('projector') ? SIZE.projector : undefined;
    const w = await openPage(browser, path, { ...(size ? { viewport: size } : {}), bypassCSP: true });
    await w.page.waitForSelector(name === 'the handout' ? '.handout' : '.leaflet-marker-icon[aria-label]');
    await OPEN[name]?.(w.page);
    await w.page.addScriptTag({ path: AXE });
    const violations = await w.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
    });
    expect(violations).toEqual([]);
    await w.context.close();
  });
});
