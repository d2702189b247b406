/**
 * Both builds carry a Content-Security-Policy with no remote origin and no eval, and the app runs
 * under it with no violation: loading, a step of the slider, an import (a worker), a download.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BASE_URL, launch, ready } from './harness';

const SINGLE = new URL('../dist-single/index.html', import.meta.url).pathname;
const IMPORTS = new URL('../geo/core/import/fixtures/', import.meta.url).pathname;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function watch(url: string): Promise<{ page: Page; violations: string[]; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await ready(page);
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, violations, errors, close: () => context.close() };
}

const policyOf = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');

describe('Content-Security-Policy', () => {
  it('the site runs under its policy: load, a step, an import in a worker, a download', async () => {
    const w = await watch(`${BASE_URL}#t=2014-09-30`);
    const policy = await policyOf(w.page);
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    await w.page.getByRole('slider', { name: 'Show events up to' }).press('ArrowRight');
    await w.page.getByRole('button', { name: 'Maps' }).click();
    const [chooser] = await Promise.all([w.page.waitForEvent('filechooser'), w.page.getByRole('button', { name: 'Open a file…' }).click()]);
    await chooser.setFiles(`${IMPORTS}good.csv`);
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(w.page);
    const menu = w.page.locator('.panel .downloads');
    await menu.locator('summary').click();
    await Promise.all([w.page.waitForEvent('download'), menu.getByRole('button', { name: /GeoJSON/ }).click()]);
    expect(await w.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('the single file allows only its own inline script and style, by hash, and runs under it', async () => {
    expect(existsSync(SINGLE)).toBe(true);
    const html = readFileSync(SINGLE, 'utf8');
    expect(html).toMatch(/script-src 'sha256-[^']+'/);
    const w = await watch(pathToFileURL(SINGLE).toString());
    expect(await policyOf(w.page)).not.toMatch(/unsafe-eval|unsafe-inline|'self'|https?:/);
    await w.page.getByRole('slider', { name: 'Show events up to' }).press('ArrowRight');
    // An import runs in the worker the file carries inside (a blob), with no file beside it.
    const workers: string[] = [];
    w.page.on('worker', (worker) => workers.push(worker.url()));
    await w.page.getByRole('button', { name: 'Maps' }).click();
    const [chooser] = await Promise.all([w.page.waitForEvent('filechooser'), w.page.getByRole('button', { name: 'Open a file…' }).click()]);
    await chooser.setFiles(`${IMPORTS}good.csv`);
    await expect.poll(() => w.page.evaluate(() => location.hash), { timeout: 20_000 }).toMatch(/m=c-/);
    await ready(w.page);
    expect(workers.length).toBe(1);
    expect(workers[0]).toMatch(/^blob:/);
    expect(await w.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(w.violations).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.close();
    writeFileSync(`${ARTIFACTS}csp-single.txt`, (html.match(/Content-Security-Policy" content="([^"]+)"/) ?? [])[1] ?? '');
  });
});
