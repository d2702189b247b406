/**
 * Runs an import in a Web Worker (src/io/import-job.ts): the file is read, checked and, when
 * kept, stored there; the page gets progress, a summary and the stored map's record. Where no
 * worker can start (a browser that refuses it), the same code runs here, loaded only then.
 */
import '../data/zod-csp';
import type { ImportSummary } from '../store/store';
import { startImportWorker } from './import-worker';
import type { ImportMessage, ImportRequest } from './import-job';

export type KeepOutcome = Extract<ImportMessage, { type: 'kept' } | { type: 'notKept' }>;

export interface ImportRun {
  /** The file's problems and counts, once checked. */
  checked: Promise<ImportSummary>;
  /** Stores the checked map (its good rows) as a new collection. */
  keep(onProgress: (fraction: number) => void): Promise<KeepOutcome>;
  /** Stops the work and lets the map go. */
  cancel(): void;
}

export function runImport(name: string, file: Blob, onProgress: (fraction: number) => void): ImportRun {
  let settle: { resolve(m: ImportMessage): void; reject(e: Error): void } | null = null;
  let onSaving: (fraction: number) => void = () => {};
  let send: (r: ImportRequest) => void;
  let stop = () => {};
  const next = () => new Promise<ImportMessage>((resolve, reject) => (settle = { resolve, reject }));
  const receive = (m: ImportMessage) => {
    if (m.type === 'progress') onProgress(m.fraction);
    else if (m.type === 'saving') onSaving(m.fraction);
    else settle?.resolve(m);
  };
  const inPage = async () => {
    const { importJob } = await import('./import-job');
    const handle = importJob(receive);
    send = (r) => void handle(r);
    stop = () => {};
    // Let the progress bar paint before the work starts.
    await new Promise((r) => setTimeout(r, 30));
    send({ type: 'start', name, file });
  };
  const first = next();
  try {
    const worker = startImportWorker();
    send = (r) => worker.postMessage(r);
    stop = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<ImportMessage>) => receive(e.data);
    // A worker that cannot load (file://, a strict policy) fails here: do the work in the page.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      inPage().catch((error: Error) => settle?.reject(error));
    };
    send({ type: 'start', name, file });
  } catch {
    inPage().catch((error: Error) => settle?.reject(error));
  }
  const answer = async <T extends ImportMessage['type']>(wanted: readonly T[], reply: Promise<ImportMessage>) => {
    const m = await reply;
    if (m.type === 'failed') {
      stop();
      throw new Error(m.message);
    }
    if (!(wanted as readonly string[]).includes(m.type)) throw new Error(`unexpected ${m.type}`);
    return m as Extract<ImportMessage, { type: T }>;
  };
  return {
    checked: answer(['checked'], first).then((m) => m.summary),
    async keep(progress) {
      onSaving = progress;
      const reply = next();
      send({ type: 'keep' });
      const m = await answer(['kept', 'notKept'], reply);
      stop();
      return m;
    },
    cancel: () => stop(),
  };
}
