/**
 * One import's work, the same in the import worker and (where no worker can start) in the page:
 * read and check the file, then, when the person keeps it, store it. The checked map stays here;
 * the page gets a summary (problems and counts), so a million-row map is never copied to the page
 * (a structured clone of it held the page for seconds) and is stored from where it was read.
 */
import { importBytes, type ImportResult } from '../../geo/core/import/import-file';
import type { MapData } from '../../geo/core/model/contract';
import { saveCollection, type CollectionRecord, type StorageError } from '../data/collections';
import type { ImportSummary } from '../store/store';

export type ImportRequest = { type: 'start'; name: string; file: Blob } | { type: 'keep' };

export type ImportMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'checked'; summary: ImportSummary }
  | { type: 'saving'; fraction: number }
  | { type: 'kept'; record: CollectionRecord }
  /** Storage refused: the map comes to the page after all, to open in this tab only. */
  | { type: 'notKept'; error: StorageError; map: MapData }
  | { type: 'failed'; message: string };

export function summarize(result: ImportResult): ImportSummary {
  const { map, ...rest } = result;
  return { ...rest, map: map && { title: map.meta.title, events: map.events.length, claims: map.claims.length } };
}

/** Posts at most one message per percent. */
function perPercent(post: (fraction: number) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent > last) {
      last = percent;
      post(fraction);
    }
  };
}

/** Answers the page's requests for one file; `post` sends a message back. */
export function importJob(post: (m: ImportMessage) => void): (request: ImportRequest) => Promise<void> {
  let name = '';
  let result: ImportResult | null = null;
  return async (request) => {
    try {
      if (request.type === 'start') {
        name = request.name;
        // The bytes, read as the build reads its files: a wrong encoding is a problem, not a silent �.
        const bytes = new Uint8Array(await request.file.arrayBuffer());
        result = importBytes(
          name,
          bytes,
          perPercent((fraction) => post({ type: 'progress', fraction })),
        );
        post({ type: 'checked', summary: summarize(result) });
        return;
      }
      const map = result?.map;
      if (!result || !map) throw new Error('nothing to keep');
      const saved = await saveCollection(
        map.meta.title,
        result.format ?? 'map',
        name,
        map,
        undefined,
        perPercent((fraction) => post({ type: 'saving', fraction })),
      );
      post(saved.ok ? { type: 'kept', record: saved.record } : { type: 'notKept', error: saved.error, map });
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
