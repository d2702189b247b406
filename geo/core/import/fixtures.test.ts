import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from './import-file.ts';
import { CODES } from '../model/problems.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');
const folders = readdirSync(FIXTURES).filter((f) => statSync(join(FIXTURES, f)).isDirectory());
const fixtures = folders.flatMap((folder) => readdirSync(join(FIXTURES, folder)).map((file) => `${folder}/${file}`));

/** Where each fixture's problem must be reported: in the person's own terms. */
const WHERE: Record<string, string> = {
  'coordinate-out-of-range/feature-outside-the-world.geojson': 'feature 1, geometry',
  'coordinate-out-of-range/longitude-out-of-range.csv': 'row 3, column longitude',
  'coordinate-out-of-range/swapped.csv': 'row 3, column latitude',
  'duplicate-id/duplicate-event-id.csv': 'row 3, column event_id_cnty',
  'duplicate-id/feature-id-twice.geojson': 'feature 2, property id',
  'duplicate-id/ids-that-become-the-same-slug.csv': 'row 3, column event_id_cnty',
  'format-unsupported/map-format-1.json': 'format',
  'import-column-missing/no-notes-column.csv': 'row 1, column notes',
  'import-format-unknown/other-columns.csv': '',
  'import-format-unknown/single-feature.geojson': '',
  'import-row-invalid/empty-notes.csv': 'row 2, column notes',
  'import-row-invalid/event-id-missing.csv': 'row 3, column event_id_cnty',
  'import-row-invalid/feature-not-a-point.geojson': 'feature 2, geometry',
  'import-row-invalid/feature-precision-unknown.geojson': 'feature 2, property precision',
  'import-row-invalid/feature-without-words.geojson': 'feature 1, property title',
  'import-row-invalid/header-only.csv': 'row 2, column event_id_cnty',
  'import-row-invalid/latitude-missing.csv': 'row 2, column latitude',
  'import-row-invalid/longitude-not-a-number.csv': 'row 3, column longitude',
  'import-row-invalid/too-few-columns.csv': 'row 3, column latitude',
  'import-row-invalid/unclosed-quote.csv': 'row 3, column notes',
  'import-row-invalid/unknown-geo-precision.csv': 'row 3, column geo_precision',
  'import-row-invalid/unknown-time-precision.csv': 'row 2, column time_precision',
  'import-row-invalid/unquoted-comma.csv': 'row 3, column fatalities',
  'import-line-endings-mixed/crlf-then-lf.csv': 'row 3, column fatalities',
  'invisible-character/lone-surrogate-escape.geojson': 'feature 2, property description',
  'invisible-character/nul-in-notes.csv': 'row 3, column notes',
  'invisible-character/nul-in-property.geojson': 'feature 2, property title',
  'invisible-character/rtl-override-in-actor.csv': 'row 3, column actor1',
  'invisible-character/zero-width-in-location.csv': 'row 2, column location',
  'not-utf8/damaged-cell.csv': 'row 3, column notes',
  'not-utf8/damaged-property.geojson': 'feature 2, property description',
  'not-utf8/latin-1.csv': 'row 3, column location',
  'not-utf8/utf-16.csv': 'row 1, column event_id_cnty',
  'invalid-date/day-month-ambiguous.csv': 'row 4, column event_date',
  'invalid-date/feature-date-unreadable.geojson': 'feature 2, property date',
  'invalid-date/missing-date.csv': 'row 3, column event_date',
  'invalid-date/not-a-real-day.csv': 'row 2, column event_date',
  'reversed-dates/feature-ends-before-it-starts.geojson': 'feature 1, property end',
  'schema-invalid/feature-collection-empty.geojson': 'features',
  'schema-invalid/feature-collection-without-features.geojson': 'features',
};
/** Problems of the whole file: no row is good, and nothing is imported. */
const WHOLE_FILE = [
  'format-unsupported',
  'import-column-missing',
  'import-format-unknown',
  'schema-invalid',
  'import-row-invalid/header-only.csv',
];

/** Warnings: the file is read whole (in its encoding, or with its line endings as one kind), and told. */
const READ_WHOLE = ['import-line-endings-mixed/crlf-then-lf.csv', 'not-utf8/latin-1.csv', 'not-utf8/utf-16.csv'];

describe('import fixtures: one per import problem, in a folder named for its code', () => {
  it('has a fixture for every code only an import raises, and a known place for every fixture', () => {
    const importCodes = Object.keys(CODES).filter((c) => c.startsWith('IMPORT_') || c === 'FORMAT_UNSUPPORTED');
    expect(importCodes.filter((c) => !folders.includes(kebab(c)))).toEqual([]);
    expect(fixtures.sort()).toEqual(Object.keys(WHERE).sort());
  });

  it.each(fixtures)('%s is reported with its code, where, message and fix', (fixture) => {
    const [folder, file] = fixture.split('/');
    // Read as the app reads a file: its bytes.
    const result = importBytes(file, new Uint8Array(readFileSync(join(FIXTURES, fixture))));
    const code = folder.toUpperCase().replace(/-/g, '_');
    expect(result.problems.map((p) => [p.code, p.where])).toEqual([[code, WHERE[fixture]]]);
    const [problem] = result.problems;
    expect(problem.file).toBe(file);
    expect(problem.message.length).toBeGreaterThan(15);
    expect(problem.fix.length).toBeGreaterThan(15);
    if (READ_WHOLE.includes(fixture)) {
      expect(problem.severity).toBe('warning');
      expect(result.rows.good).toBe(result.rows.total);
      expect(result.map?.events).toHaveLength(result.rows.total);
      expect(JSON.stringify(result.map)).not.toMatch(/\uFFFD|\\r/);
    } else if (WHOLE_FILE.includes(folder) || WHOLE_FILE.includes(fixture)) {
      expect(result.map).toBeNull();
    } else {
      // One bad row (or feature) in each: the others are kept, ready to import.
      expect(result.rows).toEqual({ total: result.rows.good + 1, good: expect.any(Number) });
      expect(result.map?.events).toHaveLength(result.rows.good);
      // Nothing unreadable or invisible is kept.
      expect(JSON.stringify(result.map)).not.toMatch(/\uFFFD|\\u0000|\u200B|\u202E|\\ud800/);
      expect(WHERE[fixture]).toMatch(/^(row \d+, column [a-z0-9_]+|feature \d+, (property [a-z]+|geometry))$/);
    }
  });
});

describe('bytes read as the build reads them', () => {
  const open = (fixture: string) => importBytes(fixture, new Uint8Array(readFileSync(join(FIXTURES, fixture))));

  it('a Latin-1 CSV keeps its accented letters (read as Windows-1252), and says which byte was not UTF-8', () => {
    const result = open('not-utf8/latin-1.csv');
    expect(JSON.stringify(result.map)).toContain('Tikrît');
    expect(result.problems[0].values).toMatchObject({ case: 'latin1', byte: '0xEE', row: 3, column: 'location' });
    expect(result.problems[0].message).toContain('Tikrît');
  });

  it('a UTF-16 CSV is read as UTF-16, and told', () => {
    const result = open('not-utf8/utf-16.csv');
    expect(result.problems[0].values).toMatchObject({ case: 'utf16le' });
    expect(result.map?.events.length).toBe(2);
  });

  it('mixed line endings are named as such, not blamed on a comma or a quote', () => {
    const [problem] = open('import-line-endings-mixed/crlf-then-lf.csv').problems;
    expect(problem.values).toMatchObject({ crlf: 2, lf: 3, cr: 0, row: 3 });
    expect(problem.message).toMatch(/mixes line endings/);
  });
});
