/**
 * Reads and checks an imported file off the main thread, so a 10 MB CSV never freezes the page.
 * It posts progress (at most once per percent) and then the result: the checked map and every
 * problem found.
 */
import { importText } from '../../geo/core/import/import-file';
import { serveWork } from '../data/worker-serve';

export interface ImportInput {
  name: string;
  file: Blob;
}

serveWork(async ({ name, file }: ImportInput, progress: (fraction: number) => void) => {
  const text = await file.text();
  let last = -1;
  return importText(name, text, (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent > last) {
      last = percent;
      progress(fraction);
    }
  });
});
