/**
 * Fetches, parses and checks the map off the main thread, reporting how much has arrived; the
 * page stays responsive and shows progress while a large map loads.
 */
import { checkMapShape, DataError, fetchData } from './map-shape';

export type LoadMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; map: ReturnType<typeof checkMapShape> }
  | { type: 'failed'; message: string; file: string };

self.onmessage = async (e: MessageEvent<{ base: string }>) => {
  const post = (m: LoadMessage) => self.postMessage(m);
  let last = -1;
  try {
    // Relative to the page, as the page's own fetch would be.
    const fetcher: typeof fetch = (input) => fetch(new URL(String(input), e.data.base));
    const raw = await fetchData('map.json', fetcher, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent > last) {
        last = percent;
        post({ type: 'progress', fraction: fraction * 0.8 });
      }
    });
    post({ type: 'progress', fraction: 0.85 });
    post({ type: 'done', map: checkMapShape(raw, 'map.json') });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error), file: error instanceof DataError ? error.file : 'map.json' });
  }
};
