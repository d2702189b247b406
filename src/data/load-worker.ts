/**
 * Starts the worker that fetches and checks the map. The single-file build swaps this module for
 * load-worker.single.ts: its data is inside the page, so it needs no worker (and ships none).
 */
export const startLoadWorker = (): Worker => new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
