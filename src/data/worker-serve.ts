/**
 * The worker's side of run-worker.ts: takes the one message the page sends, runs the work with a
 * progress callback, and posts the result (or the error's message).
 */
import type { WorkerMessage } from './run-worker';

export function serveWork<I, R, P>(work: (input: I, progress: (p: P) => void) => R | Promise<R>): void {
  self.onmessage = async (e: MessageEvent<I>) => {
    const post = (m: WorkerMessage<R, P>) => self.postMessage(m);
    try {
      post({ type: 'done', result: await work(e.data, (progress) => post({ type: 'progress', progress })) });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
