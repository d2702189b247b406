/**
 * Loads the build's output once: the map (core/contract.ts) and the basemap. Paths are relative
 * to the page, so the site works from any sub-path. The build validated the data; here only its
 * format number and shape are checked, once, because a server may still hand over a half-finished
 * upload or a proxy's error page — the error screen then names the file.
 */
import type { FeatureCollection } from 'geojson';
import { FORMAT, MapDataSchema, type MapData } from '../../geo/core/contract';
import { formatPath } from '../../geo/core/problems';
import { describeIssue } from '../../geo/core/schema-issues';
import { embedded } from './embedded';

export interface Data {
  map: MapData;
  basemap: FeatureCollection;
}

export class DataError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

async function getJson(file: string, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(`data/${file}`);
  } catch {
    throw new DataError(`The map's data (${file}) could not be fetched: the server did not answer.`, file);
  }
  if (!response.ok) {
    throw new DataError(`The map's data (${file}) is missing: the server answered ${response.status}.`, file);
  }
  try {
    return await response.json();
  } catch {
    throw new DataError(`The map's data (${file}) is damaged: it is not valid JSON.`, file);
  }
}

/** The map's tables, or a DataError that says what is wrong with them. */
export function checkMapShape(value: unknown, file: string): MapData {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== FORMAT) {
    throw new DataError(`The map's data (${file}) is in format ${format}; this version of the app reads format ${FORMAT}.`, file);
  }
  const result = MapDataSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = formatPath(issue.path as (string | number)[]);
  throw new DataError(`The map's data (${file}) is damaged${at ? ` at ${at}` : ''}: ${describeIssue(issue, value)}`, file);
}

function checkBasemap(value: unknown): FeatureCollection {
  const v = value as { type?: unknown; features?: unknown } | null;
  if (v?.type !== 'FeatureCollection' || !Array.isArray(v.features)) {
    throw new DataError("The map's data (basemap.geojson) is damaged: expected a GeoJSON FeatureCollection.", 'basemap.geojson');
  }
  return value as FeatureCollection;
}

/** The built-in map: public/data/map.json, or the copy inside the single-file build. */
export async function loadBuiltInMap(fetcher: typeof fetch = fetch): Promise<MapData> {
  // The single-file build carries its data inside (file:// pages cannot fetch).
  return checkMapShape(embedded ? embedded.map : await getJson('map.json', fetcher), 'map.json');
}

/** The offline basemap, drawn under every map. */
export async function loadBasemap(fetcher: typeof fetch = fetch): Promise<FeatureCollection> {
  return checkBasemap(embedded ? embedded.basemap : await getJson('basemap.geojson', fetcher));
}
