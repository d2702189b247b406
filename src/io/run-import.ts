/**
 * Runs an import in a Web Worker, reporting progress. Where no worker can start (a browser that
 * refuses it), the same code runs here, loaded only then.
 */
import '../data/zod-csp';
import type { ImportResult } from '../../geo/core/import/import-file';
import { runInWorker } from '../data/run-worker';
import { startImportWorker } from './import-worker';
import type { ImportInput } from './import.worker';

export function runImport(name: string, file: Blob, onProgress: (fraction: number) => void): Promise<ImportResult> {
  return runInWorker<ImportInput, ImportResult, number>({
    start: startImportWorker,
    input: { name, file },
    onProgress,
    inPage: async (input, progress) => {
      const { importText } = await import('../../geo/core/import/import-file');
      return importText(input.name, await input.file.text(), progress);
    },
  }).result;
}
