/**
 * One ACLED row → one import item, or the problems that keep it out. Every cell is checked
 * before the row is given up, so a person sees all that is wrong with a row at once. The
 * precision codes follow ACLED's codebook: import-acled.ts says how.
 */
import { monthEnd, monthStart } from '../model/dates.ts';
import { problemAt, type ImportItem } from './to-corpus.ts';
import { actorKind } from './acled-actors.ts';
import { addDays } from '../model/dates.ts';
import { parseDay, parseNumber, slugify } from '../model/values.ts';
import type { Code, Problem, ProblemValues } from '../model/problems.ts';
import type { WhenInput } from '../model/schema.ts';
import type { DatePrecision, Precision } from '../model/vocab.ts';

export const TIME_PRECISION: Readonly<Record<string, DatePrecision>> = { '1': 'day', '2': 'range', '3': 'month' };
export const GEO_PRECISION: Readonly<Record<string, Precision>> = { '1': 'city', '2': 'district', '3': 'province' };

export const describeCell = (row: number, column: string) => `row ${row}, column ${column}`;

export interface RowContext {
  /** Column names as in the header, lower case. */
  header: readonly string[];
  /** The first index of each column name. */
  column: ReadonlyMap<string, number>;
  /** Event ids already used, by slug: the raw id and its row. */
  seen: Map<string, { raw: string; row: number }>;
  fileName: string;
}

const shown = (v: string) => (v ? `"${v}"` : 'empty');

function whenOf(day: string, precision: DatePrecision, raw: string): WhenInput {
  const said = `ACLED gives the date ${raw} with time_precision`;
  if (precision === 'day') return { start: day, end: day, precision, basis: 'explicit', note: `${said} 1: the source gives the day.` };
  if (precision === 'range') {
    const note = `${said} 2: the source gives only the week, and ACLED codes a day in its middle; so the seven days around it.`;
    return { start: addDays(day, -3), end: addDays(day, 3), precision, basis: 'explicit', note };
  }
  return { start: monthStart(day), end: monthEnd(day), precision, basis: 'explicit', note: `${said} 3: the source gives only the month.` };
}

export function readAcledRow(cells: readonly string[], row: number, ctx: RowContext, problems: Problem[]): ImportItem | null {
  const before = problems.length;
  const add = (code: Code, column: string, message: string, values: ProblemValues, fix?: string) =>
    problems.push(problemAt(code, [row, column], describeCell(row, column), message, { row, column, ...values }, fix));
  const width = ctx.header.length;
  if (cells.length < width) {
    const column = ctx.header[cells.length];
    add(
      'IMPORT_ROW_INVALID',
      column,
      `Row ${row} has ${cells.length} cells, but the header has ${width} columns: the cells from ${column} on are missing.`,
      { case: 'fewCells', cells: cells.length, width },
      'Give the row all its cells, separated by commas; a cell that holds a comma or a line break must be in double quotes.',
    );
    return null;
  }
  if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
    const column = ctx.header[width - 1];
    add(
      'IMPORT_ROW_INVALID',
      column,
      `Row ${row} has ${cells.length} cells, but the header has ${width} columns: a cell that holds a comma is probably not in quotes.`,
      { case: 'manyCells', cells: cells.length, width },
      'Put each cell that holds a comma or a line break in double quotes.',
    );
    return null;
  }
  const cell = (name: string) => {
    const i = ctx.column.get(name);
    return i === undefined ? '' : cells[i].trim();
  };

  const raw = cell('event_id_cnty');
  const id = slugify(raw);
  const first = ctx.seen.get(id);
  if (!id)
    add(
      'IMPORT_ROW_INVALID',
      'event_id_cnty',
      `The event id is ${shown(raw)}: every event needs one, with letters or digits.`,
      { case: 'noId', raw },
      'Give the row its ACLED event id, such as IRQ1234.',
    );
  else if (first) {
    const same =
      first.raw === raw
        ? `The event id ${raw} is already used in row ${first.row}.`
        : `The event id ${raw} becomes the id ${id}, which row ${first.row} (${first.raw}) already has.`;
    add(
      'DUPLICATE_ID',
      'event_id_cnty',
      same,
      first.raw === raw
        ? { case: 'rowSame', id: raw, first: first.row }
        : { case: 'rowSlug', id: raw, slug: id, first: first.row, firstId: first.raw },
      'Keep one row per event: delete the repeated row, or give it an id of its own.',
    );
  } else ctx.seen.set(id, { raw, row });

  const rawDate = cell('event_date');
  const day = parseDay(rawDate);
  if (!day) {
    const numeric = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(rawDate)
      ? ': day and month in figures read both ways (4 September or 9 April)'
      : '';
    const message = rawDate ? `The date "${rawDate}" cannot be read as a real day${numeric}.` : 'The event_date cell is empty.';
    add(
      'INVALID_DATE',
      'event_date',
      message,
      { case: rawDate ? (numeric ? 'acledNumeric' : 'acled') : 'acledEmpty', found: rawDate },
      'Write the date as 2014-09-04 or as ACLED does, 04 September 2014.',
    );
  }
  const timePrecision = TIME_PRECISION[cell('time_precision')];
  if (!timePrecision)
    add(
      'IMPORT_ROW_INVALID',
      'time_precision',
      `time_precision is ${shown(cell('time_precision'))}; ACLED uses 1 (the day), 2 (a week) or 3 (a month).`,
      { case: 'timePrecision', raw: cell('time_precision') },
      "Write 1, 2 or 3, as ACLED's codebook defines them.",
    );
  const geoPrecision = GEO_PRECISION[cell('geo_precision')];
  if (!geoPrecision)
    add(
      'IMPORT_ROW_INVALID',
      'geo_precision',
      `geo_precision is ${shown(cell('geo_precision'))}; ACLED uses 1 (a town), 2 (an area near it) or 3 (a larger region).`,
      { case: 'geoPrecision', raw: cell('geo_precision') },
      "Write 1, 2 or 3, as ACLED's codebook defines them.",
    );

  const lat = parseNumber(cell('latitude'));
  const lng = parseNumber(cell('longitude'));
  for (const [name, value] of [
    ['latitude', lat],
    ['longitude', lng],
  ] as const) {
    if (value === null)
      add(
        'IMPORT_ROW_INVALID',
        name,
        cell(name) ? `The ${name} ${shown(cell(name))} is not a number.` : `The ${name} cell is empty.`,
        { case: cell(name) ? 'notNumber' : 'emptyCoordinate', raw: cell(name) },
        'Write the coordinate in decimal degrees, such as 34.6158 for a latitude or 43.6786 for a longitude.',
      );
  }
  if (lat !== null && lng !== null && !(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) {
    const swapped = Math.abs(lat) <= 180 && Math.abs(lng) <= 90;
    const column = Math.abs(lat) > 90 ? 'latitude' : 'longitude';
    const message = swapped
      ? `The latitude ${lat} is outside -90..90, and the longitude ${lng} would fit there: the two look swapped.`
      : `The ${column} ${column === 'latitude' ? lat : lng} is outside ${column === 'latitude' ? '-90..90' : '-180..180'}.`;
    add(
      'COORDINATE_OUT_OF_RANGE',
      column,
      message,
      swapped ? { case: 'rowSwapped', lat, lng } : { case: column === 'latitude' ? 'rowLat' : 'rowLng', lat, lng },
      swapped
        ? 'Swap the latitude and longitude cells.'
        : 'Write the latitude in -90..90 and the longitude in -180..180, in decimal degrees.',
    );
  }
  const notes = cell('notes');
  if (!notes)
    add(
      'IMPORT_ROW_INVALID',
      'notes',
      'The notes cell is empty: the notes are the words of the claim.',
      { case: 'noNotes' },
      'Write what the source says happened in notes, or delete the row.',
    );
  if (problems.length > before || !day || !timePrecision || !geoPrecision || lat === null || lng === null) return null;

  const what = cell('sub_event_type') || cell('event_type') || 'Event';
  const name = cell('location') || cell('admin1') || cell('country') || `${lat}, ${lng}`;
  const actors = [cell('actor1'), cell('actor2')].filter(Boolean).join(' and ');
  const facts = [
    cell('fatalities') && `fatalities: ${cell('fatalities')}`,
    actors && `actors: ${actors}`,
    [cell('admin1'), cell('country')].filter(Boolean).join(', '),
    [cell('event_type'), cell('sub_event_type')].filter(Boolean).join(' / '),
  ].filter(Boolean);
  return {
    at: row,
    id,
    title: `${what} in ${name}`,
    summary: facts.length > 0 ? `${notes} [${facts.join('; ')}]` : notes,
    when: whenOf(day, timePrecision, rawDate),
    said: day,
    place: { name, lngLat: [lng, lat], precision: geoPrecision },
    source: cell('source') || ctx.fileName.trim() || 'the imported file',
    text: notes,
    actors: [
      { name: cell('actor1'), kind: actorKind(cell('actor1'), cell('inter1')) },
      { name: cell('actor2'), kind: actorKind(cell('actor2'), cell('inter2')) },
    ].filter((a) => a.name),
  };
}
