/**
 * Runs an import in a Web Worker, reporting progress. Where no worker can start (a browser that
 * refuses it), the same code runs here, loaded only then.
 */
import '../data/zod-csp';
import type { ImportResult } from '../../geo/core/import/import-file';
import { startImportWorker } from './import-worker';
import type { ImportMessage } from './import.worker';

export function runImport(name: string, file: Blob, onProgress: (fraction: number) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    const inPage = async () => {
      const { importBytes } = await import('../../geo/core/import/import-file');
      // Let the progress bar paint before the work starts.
      await new Promise((r) => setTimeout(r, 30));
      resolve(importBytes(name, new Uint8Array(await file.arrayBuffer()), onProgress));
    };
    try {
      worker = startImportWorker();
    } catch {
      inPage().catch(reject);
      return;
    }
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.fraction);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.result);
        else reject(new Error(m.message));
      }
    };
    // A worker that cannot load (file://, a strict policy) fails here: do the work in the page.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      inPage().catch(reject);
    };
    worker.postMessage({ name, file });
  });
}
