/**
 * Loads the build's output once. Paths are relative to the page, so the site works from
 * any sub-path. The data is trusted: the build validated it (geo/build).
 */
import type { FeatureCollection } from 'geojson';
import type { EventCollection, Place, Report, Tour } from '../../geo/types';
import { embedded } from './embedded';

export interface Data {
  events: EventCollection;
  reports: Report[];
  places: Place[];
  tours: Tour[];
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

async function getJson<T>(file: string, fetcher: typeof fetch): Promise<T> {
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
    return (await response.json()) as T;
  } catch {
    throw new DataError(`The map's data (${file}) is damaged: it is not valid JSON.`, file);
  }
}

export async function loadData(fetcher: typeof fetch = fetch): Promise<Data> {
  // The single-file build carries its data inside (file:// pages cannot fetch).
  if (embedded) return embedded;
  const [events, reports, places, tours, basemap] = await Promise.all([
    getJson<EventCollection>('events.geojson', fetcher),
    getJson<Report[]>('reports.json', fetcher),
    getJson<Place[]>('places.json', fetcher),
    getJson<Tour[]>('tours.json', fetcher),
    getJson<FeatureCollection>('basemap.geojson', fetcher),
  ]);
  return { events, reports, places, tours, basemap };
}
