/**
 * One entry point for every download the app offers, so the UI only picks a format: each
 * exporter's text with a file name (from the map's title) and a MIME type for the Blob. Pass a
 * subset (subset.ts) to export the current view.
 */
import type { MapData } from '../model/contract.ts';
import { toCSV } from './csv.ts';
import { toGeoJSON } from './geojson.ts';
import { toWebAnnotationsJSON } from './web-annotation.ts';

export type ExportFormat = 'geojson' | 'csv' | 'annotations' | 'map';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, { suffix: string; mime: string; write: (map: MapData) => string }> = {
  geojson: { suffix: '.geojson', mime: 'application/geo+json', write: toGeoJSON },
  csv: { suffix: '-claims.csv', mime: 'text/csv;charset=utf-8', write: toCSV },
  annotations: { suffix: '-annotations.jsonld', mime: 'application/ld+json', write: (map) => toWebAnnotationsJSON(map) },
  // The app's own format, which it imports back.
  map: { suffix: '.json', mime: 'application/json', write: (map) => JSON.stringify(map) },
};

/** A file-name-safe slug of a title: ASCII letters and digits in dashes, at most 60 characters. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug || 'map';
  // Cut at the last whole word that fits, or mid-word when the first word alone is too long.
  const cut = slug.lastIndexOf('-', 60);
  return slug.slice(0, cut > 0 ? cut : 60);
}

export function exportMap(map: MapData, format: ExportFormat): ExportFile {
  const { suffix, mime, write } = EXPORT_FORMATS[format];
  return { filename: `${fileSlug(map.meta.title)}${suffix}`, mime, text: write(map) };
}
