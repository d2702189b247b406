/**
 * Fetches, parses and checks the map off the main thread, reporting how much has arrived; the
 * page stays responsive and shows progress while a large map loads. The page gets the bytes as
 * soon as they are in (moved, not cloned: its own JSON.parse is far quicker than receiving a
 * structured clone of a million objects) and parses and indexes them while this checks them.
 */
import { checkMapShape } from './check-map';
import { loadCollection } from './collections';
import { DataError, fetchBytes, parseJson, STORED_MAP } from './map-shape';
import { message, type Message } from './message';

export type LoadMessage =
  | { type: 'progress'; fraction: number }
  /** The whole file, as soon as it has arrived: the page parses and indexes it meanwhile. */
  | { type: 'bytes'; bytes: Uint8Array }
  /** The file passed the shape check. */
  | { type: 'checked' }
  | { type: 'failed'; words: Message; file: string };

/** `base`: fetch and check the built map; `stored`: check a map kept in this browser, read here too. */
export type LoadRequest = { base: string } | { stored: string };

self.onmessage = async (e: MessageEvent<LoadRequest>) => {
  const post = (m: LoadMessage) => self.postMessage(m);
  let last = -1;
  try {
    if ('stored' in e.data) {
      // The page reads and indexes the same map meanwhile; this only checks it.
      const found = await loadCollection(e.data.stored);
      if (!found.ok) throw new Error(found.error.message);
      checkMapShape(found.map, STORED_MAP);
      post({ type: 'checked' });
      return;
    }
    // Relative to the page, as the page's own fetch would be.
    const { base } = e.data;
    const fetcher: typeof fetch = (input, init) => fetch(new URL(String(input), base), init);
    const bytes = await fetchBytes('map.json', fetcher, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent > last) {
        last = percent;
        post({ type: 'progress', fraction: fraction * 0.8 });
      }
    });
    // A copy goes to the page at once (moved, not cloned); this one is checked here, meanwhile.
    const copy = bytes.slice();
    (self as unknown as { postMessage(m: LoadMessage, transfer: Transferable[]): void }).postMessage({ type: 'bytes', bytes: copy }, [
      copy.buffer as ArrayBuffer,
    ]);
    checkMapShape(parseJson(bytes, 'map.json'), 'map.json');
    post({ type: 'checked' });
  } catch (error) {
    post({
      type: 'failed',
      words:
        error instanceof DataError
          ? error.words
          : message('core.data.unreadable', { detail: error instanceof Error ? error.message : String(error) }),
      file: error instanceof DataError ? error.file : 'map.json',
    });
  }
};
