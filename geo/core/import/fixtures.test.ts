import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from './import-file.ts';
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

describe('import fixtures: one per import problem, in a folder named for its code', () => {
  it('has a fixture for every code only an import raises, and a known place for every fixture', () => {
    const importCodes = Object.keys(CODES).filter((c) => c.startsWith('IMPORT_') || c === 'FORMAT_UNSUPPORTED');
    expect(importCodes.filter((c) => !folders.includes(kebab(c)))).toEqual([]);
    expect(fixtures.sort()).toEqual(Object.keys(WHERE).sort());
  });

  it.each(fixtures)('%s is reported with its code, where, message and fix', (fixture) => {
    const [folder, file] = fixture.split('/');
    const result = importText(file, readFileSync(join(FIXTURES, fixture), 'utf8'));
    const code = folder.toUpperCase().replace(/-/g, '_');
    expect(result.problems.map((p) => [p.code, p.where])).toEqual([[code, WHERE[fixture]]]);
    const [problem] = result.problems;
    expect(problem.file).toBe(file);
    expect(problem.message.length).toBeGreaterThan(15);
    expect(problem.fix.length).toBeGreaterThan(15);
    if (WHOLE_FILE.includes(folder) || WHOLE_FILE.includes(fixture)) {
      expect(result.map).toBeNull();
    } else {
      // One bad row (or feature) in each: the others are kept, ready to import.
      expect(result.rows).toEqual({ total: result.rows.good + 1, good: expect.any(Number) });
      expect(result.map?.events).toHaveLength(result.rows.good);
      expect(WHERE[fixture]).toMatch(/^(row \d+, column [a-z0-9_]+|feature \d+, (property [a-z]+|geometry))$/);
    }
  });
});
