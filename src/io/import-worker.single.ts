/**
 * The single file's import worker: bundled into the page and started from a blob: URL (allowed by
 * the single file's policy, worker-src blob:), so an import runs off the page even from file://.
 */
import ImportWorker from './import.worker.ts?worker&inline';

export const startImportWorker = (): Worker => new ImportWorker();
