/**
 * Runs one piece of work in a Web Worker, with its progress and a way to stop it: the import of a
 * file and the studio's drafter both run this way, so the page answers while they work. Where no
 * worker can start (a browser that refuses it), the same code runs in the page, loaded only then;
 * it cannot be stopped half way there, but its result is then ignored.
 * The worker's side is `serveWork` (worker-serve.ts): one message in, progress, then the result.
 */

/** What a worker posts back. */
export type WorkerMessage<R, P> = { type: 'progress'; progress: P } | { type: 'done'; result: R } | { type: 'failed'; message: string };

/** Thrown (as the promise's rejection) when a run is cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'Cancelled';
  }
}

export interface WorkerRun<R> {
  result: Promise<R>;
  /** Stops the work: the worker ends at once and `result` rejects with Cancelled. */
  cancel: () => void;
}

export function runInWorker<I, R, P>(options: {
  start: () => Worker;
  input: I;
  onProgress: (progress: P) => void;
  /** The same work, in the page: for a browser where no worker starts. */
  inPage: (input: I, onProgress: (progress: P) => void) => Promise<R>;
}): WorkerRun<R> {
  const { start, input, onProgress, inPage } = options;
  let worker: Worker | undefined;
  let stopped = false;
  let reject: (e: unknown) => void = () => {};
  const result = new Promise<R>((resolve, fail) => {
    reject = fail;
    const here = async () => {
      // Let a progress bar paint before the work starts.
      await new Promise((r) => setTimeout(r, 30));
      if (stopped) return;
      const r = await inPage(input, (p) => !stopped && onProgress(p));
      if (!stopped) resolve(r);
    };
    try {
      worker = start();
    } catch {
      here().catch(fail);
      return;
    }
    const w = worker;
    w.onmessage = (e: MessageEvent<WorkerMessage<R, P>>) => {
      const m = e.data;
      if (stopped) return;
      if (m.type === 'progress') onProgress(m.progress);
      else {
        w.terminate();
        if (m.type === 'done') resolve(m.result);
        else fail(new Error(m.message));
      }
    };
    // A worker that cannot load (file://, a strict policy) fails here: do the work in the page.
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      if (!stopped) here().catch(fail);
    };
    w.postMessage(input);
  });
  return {
    result,
    cancel: () => {
      if (stopped) return;
      stopped = true;
      worker?.terminate();
      reject(new Cancelled());
    },
  };
}
