/**
 * The claims as one CSV table, for spreadsheets: one row per claim with its report, chain,
 * event, date and place. Written to RFC 4180 (CRLF line ends; a field with a comma, double
 * quote, CR or LF is put in double quotes, with inner quotes doubled), and begun with a UTF-8
 * byte order mark, since Excel reads a CSV without one in the system's legacy code page and
 * would garble curly quotes, dashes and U+00A0. Text is written as it is in the reports.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - or @ (and some also take
 * a leading tab or CR) as a formula, and reports are text from elsewhere. As OWASP's "CSV
 * Injection" page recommends, such a text cell gets a single quote (') put in front, which
 * spreadsheets read as "this is text" and do not show. Only cells that start with one of those
 * characters change; quotes starting with a letter or a curly quote are untouched. The numeric
 * columns (longitude, latitude) are numbers we write ourselves, so a negative one stays a number.
 * Fields with a semicolon are also quoted, so locales where Excel splits on ";" keep the cell.
 *
 * The last two columns are not the claim's: they hold what was later known about the claim's
 * event (the annotator's notes, each with the date it became known) and their sources, so a
 * spreadsheet keeps them beside the claim but under headers that say they are something else.
 */
import type { MapData } from '../model/contract.ts';
import { chainText } from '../model/chain.ts';

export const CSV_COLUMNS = [
  'claim_id',
  'quote',
  'report',
  'outlet',
  'chain',
  'stance',
  'hedges',
  'event_id',
  'event_title',
  'date_start',
  'date_end',
  'date_precision',
  'place',
  'longitude',
  'latitude',
  'place_precision',
  'report_url',
  'later_known',
  'later_sources',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** A text cell that a spreadsheet will not run as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "2015-04-01: note" for each later-known note about an event, apart from the claim's own columns. */
function laterOf(map: MapData): Map<string, { known: string; sources: string }> {
  const notes = new Map<string, MapData['later']>();
  for (const n of map.later) for (const e of n.events) notes.set(e, [...(notes.get(e) ?? []), n]);
  return new Map(
    [...notes].map(([event, list]) => [
      event,
      {
        known: list.map((n) => `${n.known}: ${n.note}`).join(' | '),
        sources: list.flatMap((n) => n.sources.map((x) => `${x.outlet}, “${x.title}”, ${x.date}, ${x.url}`)).join(' | '),
      },
    ]),
  );
}

export function toCSV(map: MapData): string {
  const later = laterOf(map);
  const reports = new Map(map.reports.map((r) => [r.id, r]));
  const events = new Map(map.events.map((e) => [e.id, e]));
  const places = new Map(map.places.map((p) => [p.id, p]));
  const names = new Map(map.asserters.map((a) => [a.id, a.name]));
  const rows = map.claims.map((c) => {
    const report = reports.get(c.report);
    const event = events.get(c.event);
    const place = event?.place ? places.get(event.place) : undefined;
    const row: Record<Column, string | number | null> = {
      claim_id: c.id,
      quote: c.quote.exact,
      report: c.report,
      outlet: report?.outlet.value ?? null,
      chain: chainText(c.asserters.map((id) => names.get(id) ?? id)),
      stance: c.stance,
      hedges: c.hedges.join('; '),
      event_id: c.event,
      event_title: event?.title ?? null,
      date_start: event?.when.start ?? null,
      date_end: event?.when.end ?? null,
      date_precision: event?.when.precision ?? null,
      place: place?.name ?? null,
      longitude: place?.lngLat[0] ?? null,
      latitude: place?.lngLat[1] ?? null,
      place_precision: place?.precision ?? null,
      report_url: report?.url.value ?? null,
      later_known: later.get(c.event)?.known ?? null,
      later_sources: later.get(c.event)?.sources ?? null,
    };
    return CSV_COLUMNS.map((col) => field(row[col])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
