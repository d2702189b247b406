/**
 * Fetching and reading the map's files, and the error that says which file failed and why.
 * The check of a map's shape and meaning is in check-map.ts: it needs the schema (zod), which the
 * page loads only when it checks a map itself (the load worker checks the built-in one).
 */
import { message, type Message, type MessageValue } from './message';

/** The map's data cannot be used: `words` says why (`core.data.*`, formatted at display), `file` which file. */
/** What a map kept in this browser (IndexedDB) is called where a file's name would stand. */
export const STORED_MAP = 'stored map';

export class DataError extends Error {
  readonly words: Message;
  constructor(
    id: string,
    values: Record<string, MessageValue>,
    readonly file: string,
  ) {
    super(`${id} ${JSON.stringify(values)}`);
    // A file's name is shown as it is; a map kept in this browser has none, and is named in words.
    this.words = message(id, { file: file === STORED_MAP ? message('core.data.storedMapFile') : file, ...values });
  }
}

/**
 * The longest text a browser's JavaScript holds as one string (V8, in Chromium and Node: 2^29 − 24
 * characters, 512 MB): a map file longer than that cannot be read as JSON at all. At about 600
 * bytes an event in this app's format, that is some 900,000 events; 1,000,000 is beyond it.
 */
export const MAX_JSON_BYTES = 2 ** 29 - 24;
const BYTES_PER_EVENT = 600;

function tooLarge(bytes: number, file: string): DataError {
  return new DataError(
    'core.data.tooLarge',
    {
      mb: Math.round(bytes / 1048576),
      max: Math.floor(MAX_JSON_BYTES / 1048576),
      events: Math.round(MAX_JSON_BYTES / BYTES_PER_EVENT / 100_000) * 100_000,
    },
    file,
  );
}

/** How long the server may take to answer, and the data may pause, before the load gives up. */
export const TIMEOUTS = { answer: 20_000, stall: 15_000 };

/**
 * Reads a response's body, reporting the share received when the size is known. A body that
 * stops arriving for TIMEOUTS.stall is given up with the share that had arrived, never waited on
 * for ever.
 */
export async function readBytes(
  response: Response,
  onProgress?: (fraction: number) => void,
  file = 'map.json',
  abort?: AbortController,
): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || 0;
  // Said before the download, not after minutes of it.
  if (total > MAX_JSON_BYTES) {
    abort?.abort();
    throw tooLarge(total, file);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<'stalled'>((resolve) => (timer = setTimeout(() => resolve('stalled'), TIMEOUTS.stall)));
    const next = await Promise.race([reader.read(), stalled]);
    clearTimeout(timer);
    if (next === 'stalled') {
      abort?.abort();
      void reader.cancel().catch(() => {});
      if (total > 0) throw new DataError('core.data.stalledAt', { share: received / total }, file);
      throw new DataError('core.data.stalledAfter', { kb: Math.round(received / 1024) }, file);
    }
    if (next.done) break;
    chunks.push(next.value);
    received += next.value.length;
    if (received > MAX_JSON_BYTES) {
      abort?.abort();
      void reader.cancel().catch(() => {});
      throw tooLarge(received, file);
    }
    if (onProgress && total > 0) onProgress(Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

export function parseJson(bytes: Uint8Array, file: string): unknown {
  if (bytes.length > MAX_JSON_BYTES) throw tooLarge(bytes.length, file);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataError('core.data.notJson', {}, file);
  }
}

/** Fetches a data file of the site, with errors that say which file and what happened. */
export async function fetchBytes(file: string, fetcher: typeof fetch, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  let response: Response;
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const silent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Rejected before the fetch is aborted, so that this, not the abort, is what the race reports.
        reject(new DataError('core.data.silent', {}, file));
        abort.abort();
      }, TIMEOUTS.answer);
    });
    response = await Promise.race([fetcher(`data/${file}`, { signal: abort.signal }), silent]);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError('core.data.noAnswer', {}, file);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new DataError('core.data.missing', { status: String(response.status) }, file);
  return readBytes(response, onProgress, file, abort);
}

export async function fetchData(file: string, fetcher: typeof fetch, onProgress?: (fraction: number) => void): Promise<unknown> {
  return parseJson(await fetchBytes(file, fetcher, onProgress), file);
}
