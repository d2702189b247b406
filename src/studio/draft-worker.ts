/**
 * Starts the drafter's worker. The single-file build swaps this module for draft-worker.single.ts,
 * which carries the same worker inside the page (a blob), so that file has nothing beside it.
 */
export const startDraftWorker = (): Worker => new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
