import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { joinEvents } from '../core/join.ts';
import { CODES } from '../core/problems.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const GOOD = join(FIXTURES, 'good');
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The good corpus with a bad fixture's files laid over it. */
function corpusWith(badFolder: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'according-to-fixture-'));
  temp.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  cpSync(join(FIXTURES, 'bad', badFolder), dir, { recursive: true });
  return dir;
}

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

describe('the good corpus', () => {
  const result = build(GOOD);

  it('builds with no problems and full coverage', () => {
    expect(result.problems).toEqual([]);
    expect(result.coverage).toEqual([{ report: 'r900', sentences: 5, percent: 100, claims: 3 }]);
  });

  it('builds to the reviewed snapshot', () => {
    expect(result.map).toMatchSnapshot();
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const again = build(GOOD);
    expect(JSON.stringify(again.map)).toBe(JSON.stringify(result.map));
  });

  it('joins into RFC 7946 GeoJSON', () => {
    expect(() => check(JSON.stringify(joinEvents(result.map)))).not.toThrow();
  });

  it('adds the reverse side of every relation', () => {
    const claims = joinEvents(result.map).features.flatMap((f) => f.properties.claims);
    expect(claims.find((c) => c.id === 'r900-c01')?.relations).toEqual([{ type: 'corroborates', claim: 'r900-c02', note: null }]);
  });
});

describe('bad input: one fixture per error code', () => {
  const folders = readdirSync(join(FIXTURES, 'bad'));

  it('has a fixture for every error code', () => {
    // Codes that only an imported file can raise have their fixtures under geo/core/fixtures/import/.
    const missing = Object.keys(CODES).filter((c) => !c.startsWith('IMPORT_') && c !== 'FORMAT_UNSUPPORTED' && !folders.includes(kebab(c)));
    expect(missing).toEqual([]);
  });

  it.each(folders)('%s is reported with its code, file, place and a fix', (folder) => {
    const { problems } = build(corpusWith(folder));
    const code = folder.toUpperCase().replace(/-/g, '_');
    const hit = problems.find((p) => p.code === code);
    expect(hit, `expected ${code} among ${problems.map((p) => p.code).join(', ') || 'no problems'}`).toBeDefined();
    expect(hit!.file).not.toBe('');
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(hit!.fix.length).toBeGreaterThan(10);
  });

  it('reports every problem at once, not only the first', () => {
    const dir = corpusWith('unknown-place');
    cpSync(join(FIXTURES, 'bad', 'bad-url'), dir, { recursive: true });
    cpSync(join(FIXTURES, 'bad', 'schema-invalid'), dir, { recursive: true });
    const codes = new Set(build(dir).problems.map((p) => p.code));
    expect(codes).toEqual(new Set(['UNKNOWN_PLACE', 'BAD_URL', 'SCHEMA_INVALID', 'UNKNOWN_ASSERTER']));
  });

  it('says where in the file the problem is', () => {
    const [p] = build(corpusWith('coordinate-out-of-range')).problems;
    expect(p).toMatchObject({ code: 'COORDINATE_OUT_OF_RANGE', file: 'places.yaml', where: 'line 1 ([0].lngLat)' });
    expect(p.message).toContain('swap them');
  });
});

describe('the real data (geo/)', () => {
  const GEO = new URL('..', import.meta.url).pathname;
  const result = build(GEO, { requireBasemap: true });

  it('builds with no problems', () => {
    expect(result.problems.map((p) => `${p.code} ${p.file} ${p.where}: ${p.message}`)).toEqual([]);
  });

  it('has every gazetteer place with [lng, lat] in range and a precision', () => {
    expect(result.map.places.length).toBeGreaterThanOrEqual(6);
    for (const p of result.map.places) {
      expect(p.lngLat[0]).toBeGreaterThanOrEqual(-180);
      expect(p.lngLat[0]).toBeLessThanOrEqual(180);
      expect(p.lngLat[1]).toBeGreaterThanOrEqual(-90);
      expect(p.lngLat[1]).toBeLessThanOrEqual(90);
      expect(['site', 'city', 'district', 'province', 'country']).toContain(p.precision);
    }
    const names = result.map.places.map((p) => p.name);
    for (const n of ['Tikrit', 'Amerli', 'Raqqa', 'Abu Kamal', 'Tal Afar', 'Mosul']) expect(names).toContain(n);
  });

  it('anchors every claim: its offsets slice back to its exact quote (property over all claims)', () => {
    const texts = new Map(result.map.reports.map((r) => [r.id, r.text]));
    const claims = result.map.claims;
    expect(claims.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...claims), (c) => texts.get(c.report)!.slice(c.quote.start, c.quote.end) === c.quote.exact),
      { numRuns: Math.max(200, claims.length * 3) },
    );
  });

  it('covers every report at 100%', () => {
    for (const c of result.coverage) expect(c.percent, c.report).toBe(100);
  });

  it('keeps each report text byte-identical to the shared original', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const shared = new URL('../../../shared/reports/', import.meta.url).pathname;
    for (const r of result.map.reports) {
      const original = join(shared, r.file.replace('reports/', ''));
      if (existsSync(original)) expect(Buffer.from(r.text, 'utf8').equals(readFileSync(original)), r.file).toBe(true);
    }
  });

  it('emits RFC 7946 GeoJSON for the events and the basemap', () => {
    expect(() => check(JSON.stringify(joinEvents(result.map)))).not.toThrow();
    expect(() => check(result.basemap!)).not.toThrow();
  });
});
