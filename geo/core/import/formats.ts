/**
 * The formats a person can open as a map: one list, read by the import (which tells them apart
 * by content), the file chooser (extensions and types) and every message that names them. To add
 * a format: add an entry here with its reader and a good fixture in ./fixtures/, and its words
 * to the message catalogue (`format.<id>.*`).
 */
import type { Corpus } from '../model/corpus.ts';
import { formatPath, type Path, type Problem } from '../model/problems.ts';
import { describeCell, headerOf, importAcled } from './acled.ts';
import { describeFeature, importGeoJson } from './geojson.ts';
import { readMapFile } from './map-file.ts';
import type { ImportFormatId } from './format-ids.ts';
import type { Locate } from './to-corpus.ts';

/**
 * Where a corpus path came from: the row (or feature) it spoils, if any, and how to say where — in
 * English (`where`) and as values for the app's words (`cell`: row and column, or feature and property).
 */
export type Origin = (path: Path) => { at: number | null; where: string; cell?: Record<string, string | number> } | null;

export interface Read {
  corpus: Corpus | null;
  problems: Problem[];
  rows: { total: number; good: number };
  origin: Origin;
}

export interface ImportFormat {
  id: ImportFormatId;
  /** How the format is named in English (the terminal, the build); the app's words are in its catalogue. */
  name: string;
  extensions: readonly string[];
  mimeTypes: readonly string[];
  /** A good file of this format, in ./fixtures/ (the tests open every one); null where the tests build one. */
  fixture: string | null;
  /** Whether a file is of this format: its parsed JSON (when it is JSON) or its text. */
  sniff(file: { text: string; json: Record<string, unknown> | null }): boolean;
  /** `damaged`: the file's bytes were not all UTF-8; a text holding U+FFFD then holds what could not be read. */
  read(
    fileName: string,
    file: { text: string; json: Record<string, unknown> | null; damaged?: boolean },
    progress: (f: number) => void,
  ): Read;
}

const fromRows =
  (locate: Locate, describe: (at: number, field: string) => string, kind: 'row' | 'feature'): Origin =>
  (path) => {
    const at = locate(path);
    return (
      at && {
        at: at.at,
        where: describe(at.at, at.field),
        cell: (kind === 'row' ? { row: at.at, column: at.field } : { feature: at.at, property: at.field }) as Record<
          string,
          string | number
        >,
      }
    );
  };

/** An ACLED-style header: ACLED's date column, and its id, notes or coordinates beside it. */
export function isAcledHeader(header: readonly string[]): boolean {
  return header.includes('event_date') && ['event_id_cnty', 'notes', 'latitude'].some((c) => header.includes(c));
}

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  {
    id: 'map',
    name: "this app's map file (.json)",
    extensions: ['.json'],
    mimeTypes: ['application/json'],
    fixture: null, // the tests export the built map and open it again
    sniff: ({ json }) => !!json && 'format' in json && 'meta' in json,
    read: (_, { json }) => {
      const { mapPath, ...got } = readMapFile(json!);
      return { ...got, origin: (path) => ({ at: null, where: formatPath(mapPath(path)) }) };
    },
  },
  {
    id: 'geojson',
    name: 'a GeoJSON FeatureCollection of events (.geojson)',
    extensions: ['.geojson'],
    mimeTypes: ['application/geo+json'],
    fixture: 'good.geojson',
    sniff: ({ json }) => json?.type === 'FeatureCollection',
    read: (fileName, { json, damaged }) => {
      const got = importGeoJson(fileName, json!, damaged);
      return { ...got, origin: fromRows(got.locate, describeFeature, 'feature') };
    },
  },
  {
    id: 'acled',
    name: 'an ACLED-style CSV (.csv, with columns such as event_id_cnty, event_date, latitude, longitude, notes)',
    extensions: ['.csv'],
    mimeTypes: ['text/csv'],
    fixture: 'good.csv',
    sniff: ({ text, json }) => !json && isAcledHeader(headerOf(text)),
    read: (fileName, { text, damaged }, progress) => {
      const got = importAcled(fileName, text, (f) => progress(f * 0.5), damaged);
      return { ...got, origin: fromRows(got.locate, describeCell, 'row') };
    },
  },
];

export type { ImportFormatId };

/** For a file chooser's `accept`: every extension and type the import reads. */
export const ACCEPTED_FILES = IMPORT_FORMATS.flatMap((f) => [...f.extensions, ...f.mimeTypes]).join(',');

/** "this app's map file (.json), a GeoJSON …, or an ACLED-style CSV (…)", for English messages. */
export const FORMAT_NAMES_EN = IMPORT_FORMATS.map((f, i, all) => (i === all.length - 1 && i > 0 ? `or ${f.name}` : f.name)).join(', ');
