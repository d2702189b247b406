/** Serves the built site (dist/) with `vite preview` for the browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

let server: ChildProcess | null = null;

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

export async function setup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  // Started directly (not through npx) so that its PID is the server's own.
  server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], { stdio: 'ignore' });
  await waitFor('http://127.0.0.1:4173/', 20_000);
}

export async function teardown(): Promise<void> {
  server?.kill();
}
