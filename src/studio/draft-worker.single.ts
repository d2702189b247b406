/**
 * The single file's drafter worker: bundled into the page and started from a blob: URL (allowed by
 * the single file's policy, worker-src blob:), so drafting runs off the page even from file://.
 */
import DraftWorker from './draft.worker.ts?worker&inline';

export const startDraftWorker = (): Worker => new DraftWorker();
