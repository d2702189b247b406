/**
 * Every way the README tells a person to open the app, walked as that person would: `npm start`
 * (the dev server, with hot reload), `npm run preview` after a build, and the single file from disk.
 * Each must show the map's markers with no page error and no console error. A green suite once hid
 * a blank `npm start` page (its policy blocked Vite's inline preamble); this file is why it cannot again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './chromium';
import { launch, openPage, ready, shot } from './harness';

const SINGLE = new URL('../dist-single/index.html', import.meta.url).pathname;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Served {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs an npm script as a person would type it (plus a free port), until it answers. */
async function serve(script: string[], port: number): Promise<Served> {
  // detached: the server gets its own process group, so stopping kills npm, sh and vite together.
  const child: ChildProcess = spawn('npm', [...script, '--', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  };
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`\`npm ${script.join(' ')}\` exited (${child.exitCode}) before serving:\n${log}`);
    try {
      if ((await fetch(url)).ok) return { url, output: () => log, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`\`npm ${script.join(' ')}\` did not answer at ${url} within 90 s:\n${log}`);
}

async function walk(url: string, name: string) {
  const w = await openPage(browser, '', { base: url, viewport: { width: 1366, height: 768 } });
  await ready(w.page);
  const markers = await w.page.locator('.leaflet-marker-icon[aria-label]').count();
  await shot(w.page, name);
  await w.context.close();
  return { markers, errors: w.consoleErrors, failed: w.failedRequests, foreign: w.foreignRequests };
}

describe("the README's ways to open the app", () => {
  it('`npm start` serves the map with hot reload, its markers drawn, no error in the page', async () => {
    const server = await serve(['start'], await freePort());
    try {
      const seen = await walk(server.url, 'run-npm-start');
      expect(seen.errors).toEqual([]);
      expect(seen.failed).toEqual([]);
      expect(seen.foreign).toEqual([]);
      expect(seen.markers).toBeGreaterThan(5);
      // Hot reload is live: the client that Vite injects is served, and the React preamble ran.
      expect((await fetch(`${server.url}@vite/client`)).ok).toBe(true);
      // No warning that looks like an error (npm's own note about this machine's `nodedir` aside).
      const output = server
        .output()
        .split('\n')
        .filter((line) => !/Unknown user config "nodedir"/.test(line));
      expect(output.join('\n')).not.toMatch(/warn|error/i);
    } finally {
      await server.stop();
    }
  }, 150_000);

  it('`npm run preview` (after `npm run build`) serves the built site with its strict policy', async () => {
    const server = await serve(['run', 'preview'], await freePort());
    try {
      const page = await (await fetch(server.url)).text();
      expect(page).toMatch(/Content-Security-Policy" content="[^"]*script-src 'self'/);
      expect(page).not.toMatch(/unsafe-inline|unsafe-eval/);
      const seen = await walk(server.url, 'run-npm-preview');
      expect(seen.errors).toEqual([]);
      expect(seen.failed).toEqual([]);
      expect(seen.markers).toBeGreaterThan(5);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('the single file opens from disk (file://), its markers drawn, no error in the page', async () => {
    const seen = await walk(pathToFileURL(SINGLE).toString(), 'run-single-file');
    expect(seen.errors).toEqual([]);
    expect(seen.markers).toBeGreaterThan(5);
    expect(seen.foreign).toEqual([]);
  });
});
