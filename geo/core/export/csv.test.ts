import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import type { MapData } from '../model/contract.ts';
import { CSV_COLUMNS, neutralizeFormula, toCSV } from './csv.ts';

const good = build(new URL('../../build/fixtures/good', import.meta.url).pathname).map;
const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;

const HEADER =
  'claim_id, quote, report, outlet, chain, stance, hedges, event_id, event_title, date_start, date_end, date_precision, place, longitude, latitude, place_precision, report_url, later_known, later_sources'.split(
    ', ',
  );

/** Parses as a spreadsheet would: the BOM off, then RFC 4180 with CRLF rows. */
function parse(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // The file ends with CRLF, which Papa reads as one last empty row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

/** The good map with its claims' quotes replaced. */
function withQuotes(quotes: string[]): MapData {
  return { ...good, claims: good.claims.map((c, i) => ({ ...c, quote: { ...c.quote, exact: quotes[i] ?? c.quote.exact } })) };
}

describe('toCSV', () => {
  it('starts with a UTF-8 byte order mark and the header', () => {
    const text = toCSV(good);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(HEADER.join(','));
    expect([...CSV_COLUMNS]).toEqual(HEADER);
  });

  it('writes one row per claim, in the map order, with CRLF line ends', () => {
    const rows = parse(toCSV(real));
    expect(rows[0]).toEqual(HEADER);
    expect(rows.length - 1).toBe(real.claims.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(real.claims.map((c) => c.id));
    // No real quote has a line break, so every LF is a row end, and each is CRLF.
    const text = toCSV(real);
    expect(text.match(/\n/g)?.length).toBe(real.claims.length + 1);
    expect(text.match(/\r\n/g)?.length).toBe(real.claims.length + 1);
  });

  it('fills each column from the claim, its report, its event and its place', () => {
    const rows = parse(toCSV(good));
    const row = Object.fromEntries(HEADER.map((h, i) => [h, rows.find((r) => r[0] === 'r900-c02')![i]]));
    expect(row).toEqual({
      claim_id: 'r900-c02',
      quote: 'Officials said a second raid hit Abu Kamal.',
      report: 'r900',
      outlet: 'Test Outlet',
      chain: 'Test Outlet › Officials',
      stance: 'attributed',
      hedges: '',
      event_id: 'abu-kamal-raid',
      event_title: 'Air raid on Abu Kamal',
      date_start: '2014-09-04',
      date_end: '2014-09-04',
      date_precision: 'day',
      place: 'Abu Kamal',
      longitude: '40.91854',
      latitude: '34.45226',
      place_precision: 'city',
      report_url: 'https://example.org/twin-strikes',
      later_known: '',
      later_sources: '',
    });
  });

  it('leaves the place columns empty for an event with no place, and joins hedges with "; "', () => {
    const map: MapData = {
      ...good,
      claims: good.claims.map((c) => (c.id === 'r900-c03' ? { ...c, hedges: ['more than likely', 'may'] } : c)),
    };
    const row = parse(toCSV(map)).find((r) => r[0] === 'r900-c03')!;
    expect(row.slice(12, 16)).toEqual(['', '', '', '']);
    expect(row[6]).toBe('more than likely; may');
  });

  it('round-trips quotes with commas, line breaks, double and curly quotes and U+00A0 exactly', () => {
    const quotes = [
      'He said, “we will not,” and left.',
      'Line one\nline two\r\nline three',
      'A "straight" quote and a\u00A0non-breaking space',
    ];
    const text = toCSV(withQuotes(quotes));
    expect(text).toContain('"Line one\nline two\r\nline three"');
    expect(text).toContain('"A ""straight"" quote and a\u00A0non-breaking space"');
    expect(
      parse(text)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(quotes);
  });

  it('round-trips every quote of the real reports exactly', () => {
    const quotes = parse(toCSV(real))
      .slice(1)
      .map((r) => r[1]);
    expect(quotes).toEqual(real.claims.map((c) => c.quote.exact));
    expect(quotes.some((q) => q.includes('\u00A0'))).toBe(true);
    expect(quotes.some((q) => q.startsWith('“'))).toBe(true);
  });

  it('puts a single quote before a cell a spreadsheet would run as a formula', () => {
    for (const quotes of [['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3'], ['@SUM(A1)']]) {
      expect(
        parse(toCSV(withQuotes(quotes)))
          .slice(1, quotes.length + 1)
          .map((r) => r[1]),
      ).toEqual(quotes.map((q) => `'${q}`));
    }
    expect(neutralizeFormula('\tx')).toBe("'\tx");
    expect(neutralizeFormula('\rx')).toBe("'\rx");
  });

  it('does not touch text that starts with a letter, a digit or a curly quote', () => {
    for (const q of ['Officials said', '18 fighters', '“By surprise,”', '‘Quoted’', '']) expect(neutralizeFormula(q)).toBe(q);
  });

  it('writes a negative longitude as a number, not as text', () => {
    const west: MapData = { ...good, places: good.places.map((p) => ({ ...p, lngLat: [-77.0365, 38.8977] as [number, number] })) };
    const row = parse(toCSV(west)).find((r) => r[0] === 'r900-c01')!;
    expect(row.slice(13, 15)).toEqual(['-77.0365', '38.8977']);
  });

  it('quotes a field with a semicolon, for spreadsheets that split on semicolons', () => {
    const text = toCSV(withQuotes(['One; two']));
    expect(text).toContain(',"One; two",');
  });
});

describe('toCSV: what was later known', () => {
  it('puts the later-known notes and their sources in their own last columns, beside each claim of the event', () => {
    const rows = parse(toCSV(good));
    const col = (name: string) => rows[0].indexOf(name);
    const raqqa = rows.find((r) => r[0] === 'r900-c01')!;
    expect(raqqa[col('later_known')]).toBe(
      '2017-10-17: Raqqa was retaken from the Islamic State on 17 October 2017 by the U.S.-backed Syrian Democratic Forces.',
    );
    expect(raqqa[col('later_sources')]).toBe('Test Wire, “Raqqa retaken”, 2017-10-18, https://example.org/raqqa-retaken');
    expect(rows.find((r) => r[0] === 'r900-c02')![col('later_known')]).toBe('');
  });
});
