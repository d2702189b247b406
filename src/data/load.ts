/**
 * Loads the build's output once: the map (core/contract.ts) and the basemap. Paths are relative
 * to the page, so the site works from any sub-path. The map is fetched, parsed and checked in a
 * Web Worker with progress; where no worker can start (the single file from disk), here.
 */
import type { FeatureCollection } from 'geojson';
import type { MapData } from '../../geo/core/contract';
import { embedded } from './embedded';
import type { LoadMessage } from './load.worker';
import { checkMapShape, DataError, fetchData } from './map-shape';

export { checkMapShape, DataError };

export interface Data {
  map: MapData;
  basemap: FeatureCollection;
}

function checkBasemap(value: unknown): FeatureCollection {
  const v = value as { type?: unknown; features?: unknown } | null;
  if (v?.type !== 'FeatureCollection' || !Array.isArray(v.features)) {
    throw new DataError("The map's data (basemap.geojson) is damaged: expected a GeoJSON FeatureCollection.", 'basemap.geojson');
  }
  return value as FeatureCollection;
}

function inWorker(onProgress: (fraction: number) => void): Promise<MapData> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(error);
      return;
    }
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m.fraction);
      worker.terminate();
      if (m.type === 'done') resolve(m.map);
      else reject(new DataError(m.message, m.file));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      reject(new Error('no worker'));
    };
    worker.postMessage({ base: location.href });
  });
}

/** The built-in map: public/data/map.json, or the copy inside the single-file build. */
export async function loadBuiltInMap(fetcher?: typeof fetch, onProgress: (fraction: number) => void = () => {}): Promise<MapData> {
  // The single-file build carries its data inside (file:// pages cannot fetch).
  if (embedded) return checkMapShape(embedded.map, 'map.json');
  if (!fetcher && typeof Worker === 'function') {
    try {
      return await inWorker(onProgress);
    } catch (error) {
      if (error instanceof DataError) throw error;
      // The worker could not start: load here instead.
    }
  }
  return checkMapShape(await fetchData('map.json', fetcher ?? fetch, onProgress), 'map.json');
}

/** The offline basemap, drawn under every map. */
export async function loadBasemap(fetcher: typeof fetch = fetch): Promise<FeatureCollection> {
  return checkBasemap(embedded ? embedded.basemap : await fetchData('basemap.geojson', fetcher));
}
