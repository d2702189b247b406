/**
 * Reads, checks and keeps an imported file off the main thread (src/io/import-job.ts), so a
 * million-row CSV never freezes the page: the page gets progress, a summary, and the stored map's
 * record.
 */
import { importJob, type ImportMessage, type ImportRequest } from './import-job';

const handle = importJob((m: ImportMessage) => self.postMessage(m));
self.onmessage = (e: MessageEvent<ImportRequest>) => void handle(e.data);
