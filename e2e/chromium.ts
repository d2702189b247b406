/**
 * What every Chromium run of this project shares (browser tests and benchmarks): Debian's
 * chromium, the flags this machine needs, and a free local port for `vite preview`.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Serves a built site (`outDir`, dist/ by default) with `vite preview` on a free port, for the
 * benchmarks: resolves once it answers; `stop` ends the server.
 */
export async function servePreview(outDir = 'dist'): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir];
  const server = spawn('node_modules/.bin/vite', args, { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, stop: () => server.kill() };
}
