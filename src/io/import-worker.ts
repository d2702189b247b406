/**
 * Starts the import worker. The single-file build swaps this module for import-worker.single.ts,
 * which carries the same worker inside the page (a blob), so that file has nothing beside it.
 */
export const startImportWorker = (): Worker => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
