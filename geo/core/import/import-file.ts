/**
 * What happens to a file a person opens: find out what it is, make a corpus of it, check it
 * with the very rules the build uses, compile the good part. Every problem says where to look
 * in the person's own file (row and column, feature and property, or the path in a map file),
 * and a file of no known kind gets one sentence naming the kinds that work, not a stack of
 * parser errors. Pure and synchronous, so that it runs in a Web Worker as well as in Node.
 */
import { check } from '../check/check.ts';
import { compile } from '../compile/compile.ts';
import { isSound, pruneDangling } from '../compile/prune.ts';
import type { MapData } from '../model/contract.ts';
import { CODES, formatPath, type Problem } from '../model/problems.ts';
import { decodeText } from '../text/text-file.ts';
import { delimiterOf, describeCell, headerOf } from './acled.ts';
import { cellAt } from './cells.ts';
import { FORMAT_NAMES_EN, IMPORT_FORMATS, type ImportFormatId, type Origin, type Read } from './formats.ts';

export type { Origin };

/** A problem whose `where` is in the file's own terms: "row 12, column event_date", "feature 3, property date", or a path. */
export type ImportProblem = Problem;

export interface ImportResult {
  format: ImportFormatId | null;
  /** The good rows (or features) only, or null when nothing could be read. */
  map: MapData | null;
  problems: ImportProblem[];
  rows: { total: number; good: number };
}

/** A file of no known kind: `case` says why (empty, badJson, jsonNotMap, neither), `detail` the parser's words. */
function unknown(fileName: string, why: string, values: Record<string, string>): ImportResult {
  const message = `${why}; the app imports ${FORMAT_NAMES_EN}.`;
  return {
    format: null,
    map: null,
    problems: [
      {
        code: 'IMPORT_FORMAT_UNKNOWN',
        severity: 'error',
        path: [],
        file: fileName,
        where: '',
        message,
        fix: CODES.IMPORT_FORMAT_UNKNOWN,
        values: { file: fileName, ...values },
      },
    ],
    rows: { total: 0, good: 0 },
  };
}

function read(
  fileName: string,
  text: string,
  progress: (f: number) => void,
  damaged: boolean,
): (Read & { format: ImportFormatId }) | ImportResult {
  if (text.trim() === '') return unknown(fileName, `${fileName} is empty`, { case: 'empty' });
  let json: Record<string, unknown> | null = null;
  if (/^\s*[[{]/.test(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return unknown(fileName, `${fileName} is not valid JSON (${(e as Error).message})`, {
        case: 'badJson',
        detail: (e as Error).message,
      });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return unknown(fileName, `${fileName} is JSON, but neither a map file nor a GeoJSON FeatureCollection`, { case: 'jsonNotMap' });
    }
    json = parsed as Record<string, unknown>;
  }
  const format = IMPORT_FORMATS.find((f) => f.sniff({ text, json }));
  if (format) return { format: format.id, ...format.read(fileName, { text, json, damaged }, progress) };
  return unknown(
    fileName,
    json
      ? `${fileName} is JSON, but neither a map file nor a GeoJSON FeatureCollection`
      : `${fileName} is neither JSON nor a CSV with ACLED's columns in its first row`,
    { case: json ? 'jsonNotMap' : 'neither' },
  );
}

/** Problems `check` found, shown where the person's file has them, and the rows they spoil. */
export function atOrigin(problems: readonly Problem[], origin: Origin, fileName: string): { problems: Problem[]; badRows: Set<number> } {
  const badRows = new Set<number>();
  const placed = problems.map((p) => {
    const at = origin(p.path);
    if (at?.at != null && p.severity === 'error') badRows.add(at.at);
    return { ...p, file: fileName, where: at?.where ?? p.where, values: at?.cell ? { ...p.values, ...at.cell } : p.values };
  });
  return { problems: placed, badRows };
}

/** `damaged`: the text was decoded from bytes not all UTF-8 (importBytes), so U+FFFD marks what could not be read. */
export function importText(fileName: string, text: string, onProgress?: (fraction: number) => void, damaged = false): ImportResult {
  const progress = onProgress ?? (() => {});
  progress(0);
  const got = read(fileName, text.replace(/^\uFEFF/, ''), progress, damaged);
  if (!('corpus' in got)) return got;
  progress(0.5);
  const { format, corpus, origin } = got;
  const problems = got.problems.map((p) => ({ ...p, file: fileName }));
  if (corpus === null) return { format, map: null, problems, rows: got.rows };
  const checked = check(corpus, { coverage: 'skip', where: (path) => origin(path)?.where ?? formatPath(path) });
  progress(0.8);
  const placed = atOrigin(checked.problems, origin, fileName);
  // The good rows, and only what stands without the rows left out (a claim whose asserter was in a
  // bad row goes too): the map kept always passes the checks every map is opened with.
  const { map } = pruneDangling(compile(checked.checked));
  progress(1);
  const good = format === 'map' ? map.events.length : got.rows.good - placed.badRows.size;
  return {
    format,
    map: (good > 0 || format === 'map') && isSound(map) ? map : null,
    problems: problems.concat(placed.problems),
    rows: { total: got.rows.total, good },
  };
}

/**
 * What happens to the bytes of a file a person opens: decoded as the build decodes its files
 * (text/text-file.ts), then imported. A file in another encoding (Latin-1, UTF-16) is read in it,
 * with a warning where its first such byte stands (a CSV's row and column); a file that is UTF-8
 * but damaged in places has each cell holding what could not be read as a problem at its place,
 * its row left out (a map file so damaged is not imported). Never a silent "Tikr�t".
 */
export function importBytes(fileName: string, bytes: Uint8Array, onProgress?: (fraction: number) => void): ImportResult {
  const decoded = decodeText(bytes, fileName, 'yaml');
  const bad = decoded.problems.find((p) => p.code === 'NOT_UTF8');
  const damaged = bad?.values?.case === 'mixed';
  const result = importText(fileName, decoded.text, onProgress, damaged);
  if (!bad) return result;
  if (damaged) {
    const placed = result.problems.some((p) => p.code === 'NOT_UTF8');
    return {
      ...result,
      map: result.format === 'map' ? null : result.map,
      problems: placed ? result.problems : [{ ...bad, file: fileName }, ...result.problems],
    };
  }
  const warning: Problem = { ...bad, file: fileName, severity: 'warning' };
  if (result.format === 'acled') {
    // The first byte that is not UTF-8, in the text as read (one character per byte in Latin-1).
    const at = typeof bad.values?.at === 'number' ? bad.values.at : 0;
    const header = headerOf(decoded.text);
    const { record, field } = cellAt(decoded.text, at, delimiterOf(decoded.text));
    const row = record + 1;
    const column = header[field] || `${field + 1}`;
    Object.assign(warning, { where: describeCell(row, column), values: { ...warning.values, row, column } });
  }
  return { ...result, problems: [warning, ...result.problems] };
}
