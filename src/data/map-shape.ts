/**
 * The one check the app makes on the map it loads: the format number and the shape of the
 * tables (the shared schema), once. The build checked everything else; this catches a
 * half-finished upload or a proxy's error page, and names the file.
 */
import { FORMAT, MapDataSchema, type MapData } from '../../geo/core/model/contract';
import { formatPath } from '../../geo/core/model/problems';
import { describeIssue } from '../../geo/core/model/schema-issues';
import { message, type Message, type MessageValue } from './message';

/** The map's data cannot be used: `words` says why (`core.data.*`, formatted at display), `file` which file. */
export class DataError extends Error {
  readonly words: Message;
  constructor(
    id: string,
    values: Record<string, MessageValue>,
    readonly file: string,
  ) {
    super(`${id} ${JSON.stringify(values)}`);
    this.words = message(id, { file, ...values });
  }
}

/** The map's tables, or a DataError that says what is wrong with them. */
export function checkMapShape(value: unknown, file: string): MapData {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== FORMAT) {
    throw new DataError('core.data.format', { format, reads: FORMAT }, file);
  }
  const result = MapDataSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = formatPath(issue.path as (string | number)[]);
  // The detail is the shared schema's own words (geo/core/model/schema-issues.ts).
  throw new DataError(at ? 'core.data.damagedAt' : 'core.data.damaged', { at, detail: describeIssue(issue, value) }, file);
}

/** Reads a response's body, reporting the share received when the size is known. */
export async function readBytes(response: Response, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || 0;
  if (onProgress && total > 0 && response.body) {
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress(Math.min(1, received / total));
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  }
  return new Uint8Array(await response.arrayBuffer());
}

export function parseJson(bytes: Uint8Array, file: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataError('core.data.notJson', {}, file);
  }
}

/** Fetches a data file of the site, with errors that say which file and what happened. */
export async function fetchBytes(file: string, fetcher: typeof fetch, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetcher(`data/${file}`);
  } catch {
    throw new DataError('core.data.noAnswer', {}, file);
  }
  if (!response.ok) throw new DataError('core.data.missing', { status: String(response.status) }, file);
  return readBytes(response, onProgress);
}

export async function fetchData(file: string, fetcher: typeof fetch, onProgress?: (fraction: number) => void): Promise<unknown> {
  return parseJson(await fetchBytes(file, fetcher, onProgress), file);
}
