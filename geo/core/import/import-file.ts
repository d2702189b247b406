/**
 * What happens to a file a person opens: find out what it is, make a corpus of it, check it
 * with the very rules the build uses, compile the good part. Every problem says where to look
 * in the person's own file (row and column, feature and property, or the path in a map file),
 * and a file of no known kind gets one sentence naming the kinds that work, not a stack of
 * parser errors. Pure and synchronous, so that it runs in a Web Worker as well as in Node.
 */
import { check } from '../check/check.ts';
import { compile } from '../compile/compile.ts';
import type { MapData } from '../model/contract.ts';
import type { Corpus } from '../model/corpus.ts';
import { describeCell, headerOf, importAcled } from './acled.ts';
import type { Locate } from './to-corpus.ts';
import { describeFeature, importGeoJson } from './geojson.ts';
import { readMapFile } from './map-file.ts';
import { CODES, formatPath, type Path, type Problem } from '../model/problems.ts';

/** A problem whose `where` is in the file's own terms: "row 12, column event_date", "feature 3, property date", or a path. */
export type ImportProblem = Problem;

export interface ImportResult {
  format: 'map' | 'geojson' | 'acled' | null;
  /** The good rows (or features) only, or null when nothing could be read. */
  map: MapData | null;
  problems: ImportProblem[];
  rows: { total: number; good: number };
}

/** Where a corpus path came from: the row (or feature) it spoils, if any, and how to say where. */
export type Origin = (path: Path) => { at: number | null; where: string } | null;

interface Read {
  format: NonNullable<ImportResult['format']>;
  corpus: Corpus | null;
  problems: Problem[];
  rows: ImportResult['rows'];
  origin: Origin;
}

const FORMATS =
  "this app's map file (.json), a GeoJSON FeatureCollection of events, or an ACLED-style CSV (with columns such as event_id_cnty, event_date, latitude, longitude, notes)";

function unknown(fileName: string, why: string): ImportResult {
  const message = `${why}; the app imports ${FORMATS}.`;
  return {
    format: null,
    map: null,
    problems: [
      { code: 'IMPORT_FORMAT_UNKNOWN', severity: 'error', path: [], file: fileName, where: '', message, fix: CODES.IMPORT_FORMAT_UNKNOWN },
    ],
    rows: { total: 0, good: 0 },
  };
}

const fromRows =
  (locate: Locate, describe: (at: number, field: string) => string): Origin =>
  (path) => {
    const at = locate(path);
    return at && { at: at.at, where: describe(at.at, at.field) };
  };

/** An ACLED-style header: ACLED's date column, and its id, notes or coordinates beside it. */
export function isAcledHeader(header: readonly string[]): boolean {
  return header.includes('event_date') && ['event_id_cnty', 'notes', 'latitude'].some((c) => header.includes(c));
}

function read(fileName: string, text: string, progress: (f: number) => void): Read | ImportResult {
  if (text.trim() === '') return unknown(fileName, `${fileName} is empty`);
  if (/^\s*[[{]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return unknown(fileName, `${fileName} is not valid JSON (${(e as Error).message})`);
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
      const obj = json as Record<string, unknown>;
      if ('format' in obj && 'meta' in obj) {
        const { mapPath, ...got } = readMapFile(obj);
        return { format: 'map', ...got, origin: (path) => ({ at: null, where: formatPath(mapPath(path)) }) };
      }
      if (obj.type === 'FeatureCollection') {
        const got = importGeoJson(fileName, obj);
        return { format: 'geojson', ...got, origin: fromRows(got.locate, describeFeature) };
      }
    }
    return unknown(fileName, `${fileName} is JSON, but neither a map file nor a GeoJSON FeatureCollection`);
  }
  if (isAcledHeader(headerOf(text))) {
    const got = importAcled(fileName, text, (f) => progress(f * 0.5));
    return { format: 'acled', ...got, origin: fromRows(got.locate, describeCell) };
  }
  return unknown(fileName, `${fileName} is neither JSON nor a CSV with ACLED's columns in its first row`);
}

/** Problems `check` found, shown where the person's file has them, and the rows they spoil. */
export function atOrigin(problems: readonly Problem[], origin: Origin, fileName: string): { problems: Problem[]; badRows: Set<number> } {
  const badRows = new Set<number>();
  const placed = problems.map((p) => {
    const at = origin(p.path);
    if (at?.at != null && p.severity === 'error') badRows.add(at.at);
    return { ...p, file: fileName, where: at?.where ?? p.where };
  });
  return { problems: placed, badRows };
}

export function importText(fileName: string, text: string, onProgress?: (fraction: number) => void): ImportResult {
  const progress = onProgress ?? (() => {});
  progress(0);
  const got = read(fileName, text.replace(/^\uFEFF/, ''), progress);
  if (!('corpus' in got)) return got;
  progress(0.5);
  const { format, corpus, origin } = got;
  const problems = got.problems.map((p) => ({ ...p, file: fileName }));
  if (corpus === null) return { format, map: null, problems, rows: got.rows };
  const checked = check(corpus, { coverage: 'skip', where: (path) => origin(path)?.where ?? formatPath(path) });
  progress(0.8);
  const placed = atOrigin(checked.problems, origin, fileName);
  const map = compile(checked.checked);
  progress(1);
  const good = format === 'map' ? map.events.length : got.rows.good - placed.badRows.size;
  return {
    format,
    map: good > 0 || format === 'map' ? map : null,
    problems: problems.concat(placed.problems),
    rows: { total: got.rows.total, good },
  };
}
