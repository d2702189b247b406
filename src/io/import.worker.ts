/**
 * Reads and checks an imported file off the main thread, so a 10 MB CSV never freezes the page.
 * It posts progress (at most once per percent) and then the result: the checked map and every
 * problem found.
 */
import { importBytes } from '../../geo/core/import/import-file';

export type ImportMessage =
  { type: 'progress'; fraction: number } | { type: 'done'; result: ReturnType<typeof importBytes> } | { type: 'failed'; message: string };

self.onmessage = async (e: MessageEvent<{ name: string; file: Blob }>) => {
  const post = (m: ImportMessage) => self.postMessage(m);
  try {
    // The bytes, read as the build reads its files: a wrong encoding is a problem, not a silent �.
    const bytes = new Uint8Array(await e.data.file.arrayBuffer());
    let last = -1;
    const result = importBytes(e.data.name, bytes, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent > last) {
        last = percent;
        post({ type: 'progress', fraction });
      }
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
