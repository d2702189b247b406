/** Every view passes axe-core's checks (WCAG 2 A/AA rules) with no serious or critical finding. */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, SHARED_TOUR } from './harness';
import { axe } from './inspect';

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
  ['the tour editor', `#share=${SHARED_TOUR}`],
  ['the tour editor on a phone', `#share=${SHARED_TOUR}`],
  ['a teacher’s handout of one’s own tour', `#share=${SHARED_TOUR}`],
  ['a report on a projector', '#tab=report&r=r000'],
  ['the studio', ''],
  ['the studio review on a projector', ''],
  ['the studio review on a phone', ''],
  ['the sources', '#tab=find'],
  ['a search', '#tab=find'],
  ['a compact event', '#e=tikrit-offensive-begins&p=tikrit'],
  ['the filters', ''],
  ['a search on a phone', '#tab=find'],
  ['the exercise on a phone', '#tour=who-said-what&exercise=1'],
  ['the exercise’s answer on a phone', '#lang=ar&tour=who-said-what&exercise=1'],
  ['an embedded tour', '#tour=who-said-what&embed=1'],
] as const;

const SIZE: Record<string, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  projector: { width: 1024, height: 768 },
};

async function studio(page: import('playwright-core').Page, review: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Studio' }).click();
  await page.getByRole('textbox', { name: 'Outlet' }).fill('The Northern Ledger');
  if (!review) return;
  await page.locator('input[type=date]').fill('2014-12-18');
  await page
    .getByRole('textbox', { name: 'Report text' })
    .fill(readFileSync(new URL('./fixtures/studio/northern-ledger.txt', import.meta.url), 'utf8'));
  await page.getByRole('button', { name: 'Draft the claims' }).click();
  await page.locator('.studio-claim .claim-summary').nth(2).click();
}

/** Opens what a view needs beyond its link. */
const OPEN: Record<string, (page: import('playwright-core').Page) => Promise<void>> = {
  'the download menu': (page) => page.locator('.panel .downloads summary').click(),
  'the maps dialog': (page) => page.getByRole('button', { name: 'Maps' }).click(),
  'the studio': (page) => studio(page, false),
  'the studio review on a projector': (page) => studio(page, true),
  'the studio review on a phone': (page) => studio(page, true),
  // The editor of the shared tour, with a title step and a step's claim checkboxes.
  'the tour editor': (page) => page.locator('.tour.mine .tour-step-claims').waitFor(),
  'the tour editor on a phone': (page) => page.locator('.tour.mine .tour-step-claims').waitFor(),
  'a teacher’s handout of one’s own tour': async (page) => {
    await page.getByRole('button', { name: 'Handout', exact: true }).first().click();
    await page.getByLabel('Teacher’s copy, with the notes').check();
  },
  'a search': (page) => page.getByRole('searchbox', { name: /Search the reports/ }).fill('drones'),
  'a search on a phone': (page) => page.getByRole('searchbox', { name: /Search the reports/ }).fill('kerry'),
  'a compact event': (page) => page.getByRole('checkbox', { name: /Compact/ }).check(),
  'the filters': (page) => page.locator('.panel .filters summary').click(),
  // The answer shown, in Arabic: the chain, the stance and the report's words.
  'the exercise’s answer on a phone': async (page) => {
    await page.locator('.exercise-choices').nth(0).locator('label').first().click();
    await page.locator('.exercise-choices').nth(1).locator('label').first().click();
    await page.locator('.exercise-actions button').click();
    await page.locator('.exercise-answer .chain').waitFor();
  },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core)', () => {
  it.each(VIEWS)('%s has no serious or critical violations', async (name: string, path: string) => {
    const size = name.endsWith('phone') ? SIZE.phone : name.endsWith('projector') ? SIZE.projector : undefined;
    const w = await openPage(browser, path, { ...(size ? { viewport: size } : {}), bypassCSP: true });
    await w.page.waitForSelector(
      name === 'the handout' ? '.handout' : name.startsWith('the exercise') ? '.exercise-choices' : '.leaflet-marker-icon[aria-label]',
    );
    await OPEN[name]?.(w.page);
    expect(await axe(w.page)).toEqual([]);
    await w.context.close();
  });
});
