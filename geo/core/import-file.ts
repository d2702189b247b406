/**
 * What happens to a file a person opens: find out what it is, make a corpus of it, check it
 * with the very rules the build uses, compile the good part. Every problem says where to look
 * in the person's own file (row and column, feature and property, or the path in a map file),
 * and a file of no known kind gets one sentence naming the kinds that work, not a stack of
 * parser errors. Pure and synchronous, so that it runs in a Web Worker as well as in Node.
 */
import { check } from './check.ts';
import { compile } from './compile.ts';
import { FORMAT, MapDataSchema, type MapData } from './contract.ts';
import type { Corpus } from './corpus.ts';
import { toCorpus } from './decompile.ts';
import { describeCell, headerOf, importAcled } from './import-acled.ts';
import type { Locate } from './import-corpus.ts';
import { describeFeature, importGeoJson } from './import-geojson.ts';
import { CODES, formatPath, type Path, type Problem } from './problems.ts';
import { describeIssue } from './schema-issues.ts';

/** A problem whose `where` is in the file's own terms: "row 12, column event_date", "feature 3, property date", or a path. */
export type ImportProblem = Problem;

export interface ImportResult {
  format: 'map' | 'geojson' | 'acled' | null;
  /** The good rows (or features) only, or null when nothing could be read. */
  map: MapData | null;
  problems: ImportProblem[];
  rows: { total: number; good: number };
}

interface Read {
  format: NonNullable<ImportResult['format']>;
  corpus: Corpus | null;
  problems: Problem[];
  rows: ImportResult['rows'];
  locate?: Locate;
  describe?: (at: number, field: string) => string;
}

const FORMATS = "this app's map file (.json), a GeoJSON FeatureCollection of events, or an ACLED-style CSV (with columns such as event_id_cnty, event_date, latitude, longitude, notes)";

function unknown(fileName: string, why: string): ImportResult {
  const message = `${why}; the app imports ${FORMATS}.`;
  return { format: null, map: null, problems: [{ code: 'IMPORT_FORMAT_UNKNOWN', severity: 'error', path: [], file: fileName, where: '', message, fix: CODES.IMPORT_FORMAT_UNKNOWN }], rows: { total: 0, good: 0 } };
}

const problem = (code: Problem['code'], path: Path, message: string): Problem => ({ code, severity: 'error', path, file: '', where: formatPath(path), message, fix: CODES[code] });

function readMap(json: Record<string, unknown>): Read {
  const total = Array.isArray(json.events) ? json.events.length : 0;
  const none = (problems: Problem[]): Read => ({ format: 'map', corpus: null, problems, rows: { total, good: 0 } });
  if (json.format !== FORMAT) {
    return none([problem('FORMAT_UNSUPPORTED', ['format'], `This map file is in format ${JSON.stringify(json.format)}; this version of the app reads format ${FORMAT}.`)]);
  }
  const parsed = MapDataSchema.safeParse(json);
  if (!parsed.success) return none(parsed.error.issues.map((issue) => problem('SCHEMA_INVALID', issue.path as Path, describeIssue(issue, json))));
  return { format: 'map', corpus: toCorpus(parsed.data), problems: [], rows: { total, good: total } };
}

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
      if ('format' in obj && 'meta' in obj) return readMap(obj);
      if (obj.type === 'FeatureCollection') return { format: 'geojson', ...importGeoJson(fileName, obj), describe: describeFeature };
    }
    return unknown(fileName, `${fileName} is JSON, but neither a map file nor a GeoJSON FeatureCollection`);
  }
  if (isAcledHeader(headerOf(text))) return { format: 'acled', ...importAcled(fileName, text, (f) => progress(f * 0.5)), describe: describeCell };
  return unknown(fileName, `${fileName} is neither JSON nor a CSV with ACLED's columns in its first row`);
}

export function importText(fileName: string, text: string, onProgress?: (fraction: number) => void): ImportResult {
  const progress = onProgress ?? (() => {});
  progress(0);
  const got = read(fileName, text.replace(/^\uFEFF/, ''), progress);
  if (!('corpus' in got)) return got;
  progress(0.5);
  const { format, corpus, locate, describe } = got;
  const problems = got.problems.map((p) => ({ ...p, file: fileName }));
  if (corpus === null) return { format, map: null, problems, rows: got.rows };
  // Problems the checks find in a corpus made from rows are shown at the row they came from.
  const origin = (path: Path) => {
    const at = locate?.(path);
    return at && describe ? { at: at.at, where: describe(at.at, at.field) } : null;
  };
  const where = (path: Path) => origin(path)?.where ?? formatPath(path);
  const checked = check(corpus, { coverage: 'skip', where });
  progress(0.8);
  const badRows = new Set<number>();
  for (const p of checked.problems) {
    const at = origin(p.path);
    if (at && p.severity === 'error') badRows.add(at.at);
    problems.push({ ...p, file: fileName, where: at ? `${at.where} (${formatPath(p.path)})` : p.where });
  }
  const map = compile(checked.checked);
  progress(1);
  const good = format === 'map' ? map.events.length : got.rows.good - badRows.size;
  return { format, map: good > 0 || format === 'map' ? map : null, problems, rows: { total: got.rows.total, good } };
}
