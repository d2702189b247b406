/**
 * An ACLED-style CSV (ACLED's export, or any sheet with its column names) as a corpus that
 * passes `check`: see import-corpus.ts for the shape. Every bad row is reported at its row (as a
 * spreadsheet numbers it: the header is row 1) and column, and left out; the good rows are kept
 * whole, so a person can choose to import them.
 *
 * ACLED's codebook, and what this importer makes of it:
 * - time_precision 1: the source gives the day → precision day.
 *   2: the source gives only a week or a similar span, and ACLED codes a day in its middle →
 *   precision range, the seven days centred on event_date (3 days either side).
 *   3: the source gives only the month, and ACLED codes its mid-point → precision month, the
 *   first to the last day of event_date's month.
 * - geo_precision 1: a particular town, with its own coordinates → city.
 *   2: a small part of a region, or near a town; the coordinates are a town standing for the
 *   area → district. 3: a larger region; the coordinates are a natural location or the
 *   provincial capital → province.
 * - stance fact: the chain is the source alone, and in this app's vocabulary that is the
 *   outlet's own voice; "attributed" means the outlet relays someone else's statement, which
 *   needs a second voice in the chain that an ACLED row does not name.
 */
import Papa from 'papaparse';
import { cellAt, lineEndings, textFault } from './cells.ts';
import type { Corpus } from '../model/corpus.ts';
import { ACLED_KINDS } from './acled-actors.ts';
import { buildCorpus, problemAt, type Fields, type ImportItem, type Locate } from './to-corpus.ts';
import { describeCell, readAcledRow } from './acled-row.ts';
import { titleFromFileName } from '../model/values.ts';
import type { Problem } from '../model/problems.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'inter1',
  'inter2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
/** Without these a row says too little; source and location may be missing (the file then stands for the source, admin1 or country for the place). */
export const REQUIRED_COLUMNS: readonly AcledColumn[] = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'latitude',
  'longitude',
  'geo_precision',
  'notes',
];

export { describeCell } from './acled-row.ts';

export const FIELDS: Fields = {
  id: 'event_id_cnty',
  title: 'sub_event_type',
  summary: 'notes',
  date: 'event_date',
  timePrecision: 'time_precision',
  place: 'location',
  lngLat: 'latitude',
  precision: 'geo_precision',
  source: 'source',
  text: 'notes',
};

export interface AcledImport {
  /** The good rows only. */
  corpus: Corpus;
  problems: Problem[];
  rows: { total: number; good: number };
  /** The row and column a corpus path came from (to place what `check` finds). */
  locate: Locate;
}

/** The first cell of a row that breaks the text rules (text/invisible.ts, bytes not UTF-8), as a problem at its place. */
function faultOf(cells: readonly string[], header: readonly string[], row: number, damaged: boolean): Problem | null {
  for (const [i, cell] of cells.entries()) {
    const fault = textFault(cell, damaged);
    if (!fault) continue;
    const name = header[i] || `${i + 1}`;
    return problemAt(fault.code, [row, name], describeCell(row, name), fault.message, { row, column: name, ...fault.values }, fault.fix);
  }
  return null;
}

/** The separator the header row uses: a comma, or the semicolon or tab some spreadsheets save with. */
export function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  const count = (d: string) => header.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

/** The header's column names, as ACLED spells them: case and spaces do not matter. */
export function headerOf(text: string): string[] {
  const first = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: delimiterOf(text), preview: 1 }).data[0] ?? [];
  return first.map((h) => h.trim().toLowerCase());
}

/**
 * `damaged`: the file's bytes were not all UTF-8, so a cell holding U+FFFD holds what could not be
 * read (its row is left out, with its place).
 */
export function importAcled(fileName: string, text: string, onProgress?: (fraction: number) => void, damaged = false): AcledImport {
  const input = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(input);
  // Mixed line endings would break rows apart where they differ: read them as one kind, and say so.
  const endings = lineEndings(input);
  const parsed = Papa.parse<string[]>(endings.firstOther === -1 ? input : input.replace(/\r\n?/g, '\n'), { delimiter });
  const header = (parsed.data[0] ?? []).map((h) => h.trim().toLowerCase());
  const column = new Map<string, number>();
  header.forEach((h, i) => column.has(h) || column.set(h, i));
  const problems: Problem[] = [];
  const unreadable = new Map(parsed.errors.flatMap((e) => (e.row === undefined ? [] : [[e.row, e] as const])));

  const missing = REQUIRED_COLUMNS.filter((c) => !column.has(c));
  for (const name of missing) {
    problems.push(
      problemAt(
        'IMPORT_COLUMN_MISSING',
        [1, name],
        describeCell(1, name),
        `The header row has no column ${name}; it has ${header.join(', ') || 'no columns'}.`,
        { row: 1, column: name, columns: header.join(', '), n: header.length },
      ),
    );
  }
  if (endings.firstOther !== -1) {
    const row = cellAt(input, endings.firstOther, delimiter).record + 1;
    const last = header[header.length - 1] ?? '';
    const { crlf, lf, cr } = endings;
    const kinds = [crlf && `${crlf} Windows (CRLF)`, lf && `${lf} Unix (LF)`, cr && `${cr} old Mac (CR)`].filter(Boolean).join(', ');
    problems.push({
      ...problemAt(
        'IMPORT_LINE_ENDINGS_MIXED',
        [row, last],
        describeCell(row, last),
        `The file mixes line endings (${kinds}); row ${row} is the first to end with another kind than row 1. Every line ending was read as one kind, so no row is split or joined.`,
        { row, column: last, crlf, lf, cr },
      ),
      severity: 'warning',
    });
  }
  const items: ImportItem[] = [];
  const seen = new Map<string, { raw: string; row: number }>();
  let total = 0;
  const rows = parsed.data.length;
  for (let i = 1; i < rows; i++) {
    if (onProgress && i % 2000 === 0) onProgress(i / rows);
    const cells = parsed.data[i];
    if (cells.length === 1 && cells[0].trim() === '') continue; // a blank line is not a row
    total++;
    if (missing.length > 0) continue; // one problem for the file, not one per row
    const row = i + 1;
    const error = unreadable.get(i);
    if (error !== undefined) {
      const at = header[Math.min(cells.length, header.length) - 1] ?? header[0];
      const rest = error.code === 'MissingQuotes' ? ': a quoted cell never closes, so the rest of the file was read into it' : '';
      const message = `Row ${row} cannot be read (${error.message})${rest}.`;
      problems.push(
        problemAt(
          'IMPORT_ROW_INVALID',
          [row, at],
          describeCell(row, at),
          message,
          { case: error.code === 'MissingQuotes' ? 'unclosed' : 'unreadable', row, column: at, detail: error.message },
          'Close each quoted cell with a double quote ("), and write a quote inside a quoted cell as two ("").',
        ),
      );
      continue;
    }
    const fault = faultOf(cells, header, row, damaged);
    if (fault) {
      problems.push(fault);
      continue;
    }
    const item = readAcledRow(cells, row, { header, column, seen, fileName }, problems);
    if (item) items.push(item);
  }
  if (total === 0 && missing.length === 0) {
    const first = header[0] ?? 'event_id_cnty';
    problems.push(
      problemAt(
        'IMPORT_ROW_INVALID',
        [2, first],
        describeCell(2, first),
        'The file has its header row, but no rows of events under it.',
        { case: 'noRows', row: 2, column: first },
        'Export the events again, with their rows under the header.',
      ),
    );
  }
  const title = titleFromFileName(fileName);
  const description = `${items.length} events from ${fileName}, an ACLED-style CSV: one report per source, holding that source's notes, one claim per row.`;
  const { corpus, locate } = buildCorpus(
    items,
    { title, description, credits: [`events: ${fileName} (ACLED-style CSV)`], kinds: ACLED_KINDS },
    FIELDS,
    (row) => `ACLED row ${row}`,
  );
  return { corpus, problems: problems.map((p) => ({ ...p, file: fileName })), rows: { total, good: items.length }, locate };
}
