/**
 * Reads and checks an imported file off the main thread, so a 10 MB CSV never freezes the page.
 * It posts progress (at most once per percent) and then the result: the checked map and every
 * problem found.
 */
import { importText } from '../../geo/core/import/import-file';

export type ImportMessage =
  { type: 'progress'; fraction: number } | { type: 'done'; result: ReturnType<typeof importText> } | { type: 'failed'; message: string };

self.onmessage = async (e: MessageEvent<{ name: string; file: Blob }>) => {
  const post = (m: ImportMessage) => self.postMessage(m);
  try {
    const text = await e.data.file.text();
    let last = -1;
    const result = importText(e.data.name, text, (fraction) => {
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
