/**
 * The one check the app makes on the map it loads: the format number and the shape of the
 * tables (the shared schema), once. The build checked everything else; this catches a
 * half-finished upload or a proxy's error page, and names the file.
 */
import { FORMAT, MapDataSchema, type MapData } from '../../geo/core/model/contract';
import { checkMapIntegrity } from '../../geo/core/check/map-integrity';
import { formatPath } from '../../geo/core/model/problems';
import { describeIssue } from '../../geo/core/model/schema-issues';

export class DataError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

/** The map's tables, or a DataError that says what is wrong with them. */
export function checkMapShape(value: unknown, file: string): MapData {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== FORMAT) {
    throw new DataError(`The map's data (${file}) is in format ${format}; this version of the app reads format ${FORMAT}.`, file);
  }
  const result = MapDataSchema.safeParse(value);
  if (result.success) {
    // Right shape, wrong meaning (a reference to nothing, a date that is no day, a term the
    // vocabularies lack) would break a view later: it is refused here, with where and why.
    const problems = checkMapIntegrity(result.data);
    if (problems.length === 0) return result.data;
    const shown = problems.slice(0, 3).map((p) => `${p.where}: ${p.message}`);
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new DataError(`The map's data (${file}) is damaged: ${shown.join(' ')}${more}`, file);
  }
  const issue = result.error.issues[0];
  const at = formatPath(issue.path as (string | number)[]);
  throw new DataError(`The map's data (${file}) is damaged${at ? ` at ${at}` : ''}: ${describeIssue(issue, value)}`, file);
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
    throw new DataError(`The map's data (${file}) is damaged: it is not valid JSON.`, file);
  }
}

/** Fetches a data file of the site, with errors that say which file and what happened. */
export async function fetchBytes(file: string, fetcher: typeof fetch, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetcher(`data/${file}`);
  } catch {
    throw new DataError(`The map's data (${file}) could not be fetched: the server did not answer.`, file);
  }
  if (!response.ok) throw new DataError(`The map's data (${file}) is missing: the server answered ${response.status}.`, file);
  return readBytes(response, onProgress);
}

export async function fetchData(file: string, fetcher: typeof fetch, onProgress?: (fraction: number) => void): Promise<unknown> {
  return parseJson(await fetchBytes(file, fetcher, onProgress), file);
}
