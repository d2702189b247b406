/**
 * Loads the build's output once: the map (core/contract.ts) and the basemap. Paths are relative
 * to the page, so the site works from any sub-path. The map is fetched, parsed and checked in a
 * Web Worker with progress; where no worker can start (the single file from disk), here.
 */
import type { FeatureCollection } from 'geojson';
import type { MapData } from '../../geo/core/model/contract';
import { checkBasemapGeometry } from '../../geo/core/check/basemap-geometry';
import { embedded } from './embedded';
import type { LoadMessage, LoadRequest } from './load.worker';
import { startLoadWorker } from './load-worker';
import { DataError, fetchData, parseJson } from './map-shape';

export { DataError };

/** Checks a map on this page: the check and the schema (zod) load only when a map is checked here. */
export async function checkMap(value: unknown, file: string): Promise<MapData> {
  const { checkMapShape } = await import('./check-map');
  return checkMapShape(value, file);
}

export interface Data {
  map: MapData;
  basemap: FeatureCollection;
}

function checkBasemap(value: unknown): FeatureCollection {
  const v = value as { type?: unknown; features?: unknown } | null;
  if (v?.type !== 'FeatureCollection' || !Array.isArray(v.features)) {
    throw new DataError('core.data.notBasemap', {}, 'basemap.geojson');
  }
  const broken = checkBasemapGeometry(v);
  if (broken) throw new DataError('core.data.damaged', { detail: broken }, 'basemap.geojson');
  return value as FeatureCollection;
}

/** The map, and the worker's verdict on its shape (the page may index it meanwhile). */
export interface Loaded {
  map: MapData;
  checked: Promise<void>;
}

function inWorker(onProgress: (fraction: number) => void): Promise<Loaded> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startLoadWorker();
    } catch (error) {
      reject(error);
      return;
    }
    let verdict: { ok: () => void; bad: (e: Error) => void } | null = null;
    const checked = new Promise<void>((ok, bad) => (verdict = { ok, bad }));
    let got = false;
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.fraction);
      else if (m.type === 'bytes') {
        got = true;
        markOnce('map-data-arrived');
        onProgress(0.85);
        try {
          resolve({ map: parseJson(m.bytes, 'map.json') as MapData, checked });
        } catch (error) {
          reject(error);
        }
      } else {
        worker.terminate();
        if (m.type === 'checked') verdict!.ok();
        else {
          const error = new DataError(m.words.id, m.words.values ?? {}, m.file);
          if (got) verdict!.bad(error);
          else reject(error);
        }
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      if (got) verdict!.bad(new DataError('core.data.notChecked', {}, 'map.json'));
      else reject(new Error('no worker'));
    };
    worker.postMessage({ base: location.href } satisfies LoadRequest);
  });
}

/**
 * Checks a map kept in this browser in the load worker, which reads it from storage itself (the
 * page never copies a large map to it); null where no worker can start. Rejects with the check's
 * words; `stop` lets the worker go when the page no longer needs its verdict. A worker that cannot
 * load (a strict policy) leaves the check to `inPage`.
 */
export function checkStoredInWorker(id: string, inPage: () => Promise<void>): { checked: Promise<void>; stop: () => void } | null {
  if (typeof Worker !== 'function') return null;
  let worker: Worker;
  try {
    worker = startLoadWorker();
  } catch {
    return null;
  }
  const checked = new Promise<void>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.type === 'progress' || m.type === 'bytes') return;
      worker.terminate();
      if (m.type === 'checked') resolve();
      else reject(new DataError(m.words.id, m.words.values ?? {}, m.file));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      inPage().then(resolve, reject);
    };
  });
  // A verdict nobody waits for (the stored map was not found, so the built-in map opens) is not
  // an unhandled rejection; whoever awaits `checked` still gets it.
  checked.catch(() => undefined);
  worker.postMessage({ stored: id } satisfies LoadRequest);
  return { checked, stop: () => worker.terminate() };
}

/** The built-in map: public/data/map.json, or the copy inside the single-file build. */
export async function loadBuiltInMap(fetcher?: typeof fetch, onProgress: (fraction: number) => void = () => {}): Promise<Loaded> {
  // The single-file build carries its data inside (file:// pages cannot fetch).
  if (embedded) return { map: await checkMap(embedded.map, 'map.json'), checked: Promise.resolve() };
  if (!fetcher && typeof Worker === 'function') {
    try {
      return await inWorker(onProgress);
    } catch (error) {
      if (error instanceof DataError) throw error;
      // The worker could not start: load here instead.
    }
  }
  const raw = await fetchData('map.json', fetcher ?? fetch, onProgress);
  markOnce('map-data-arrived');
  return { map: await checkMap(raw, 'map.json'), checked: Promise.resolve() };
}

/** A performance mark, set once per page: `npm run bench:browser` reads them. */
export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/** The offline basemap, drawn under every map. */
export async function loadBasemap(fetcher: typeof fetch = fetch): Promise<FeatureCollection> {
  return checkBasemap(embedded ? embedded.basemap : await fetchData('basemap.geojson', fetcher));
}
