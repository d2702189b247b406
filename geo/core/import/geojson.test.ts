import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../check/check.ts';
import { importGeoJson } from './geojson.ts';
import { importText } from './import-file.ts';

const GOOD = readFileSync(new URL('./fixtures/good.geojson', import.meta.url), 'utf8');

describe('a GeoJSON FeatureCollection of events', () => {
  const good = importGeoJson('good.geojson', JSON.parse(GOOD));
  const map = importText('good.geojson', GOOD).map!;
  const event = (id: string) => map.events.find((e) => e.id === id)!;

  it('makes a corpus that passes check: one event and one claim per Point feature', () => {
    expect(good.problems).toEqual([]);
    expect(good.rows).toEqual({ total: 4, good: 4 });
    expect(check(good.corpus, { coverage: 'skip' }).problems).toEqual([]);
    expect(map.meta.counts).toMatchObject({ events: 4, claims: 4, reports: 3 });
  });

  it('reads the date, or the start and end; with a time, the day as written', () => {
    expect(event('mosul-falls').when).toMatchObject({ start: '2014-06-10', end: '2014-06-10', precision: 'day' });
    expect(event('amerli-siege-broken').when).toMatchObject({ start: '2014-08-30', end: '2014-08-31', precision: 'range' });
    expect(event('raqqa-strikes').when).toMatchObject({ start: '2014-09-23', precision: 'day' });
    expect(event('feature-4').when).toMatchObject({ start: '2014-10-01', end: '2014-10-31', precision: 'month' });
  });

  it('takes the title, the words and the source from their properties, else from the file', () => {
    expect(event('amerli-siege-broken').title).toBe('Siege of Amerli broken');
    const claims = map.claims.map((c) => [c.event, c.asserters[0], c.said]);
    expect(claims).toContainEqual(['amerli-siege-broken', 'reuters', '2014-08-31']);
    expect(claims).toContainEqual(['feature-4', 'good-geojson', '2014-10-31']);
    expect(map.asserters.find((a) => a.id === 'good-geojson')?.name).toBe('good.geojson');
    expect(map.claims.find((c) => c.event === 'feature-4')?.quote.exact).toBe('Shelling around the Baiji refinery');
  });

  it('places each point with its precision, a town when the feature does not say', () => {
    const place = (id: string) => map.places.find((p) => p.id === event(id).place);
    expect(place('mosul-falls')).toMatchObject({
      name: 'Mosul',
      lngLat: [43.1189, 36.335],
      precision: 'city',
      source: 'GeoJSON feature 1 of good.geojson',
    });
    expect(place('feature-4')).toMatchObject({ name: '34.9311, 43.487', precision: 'district' });
  });

  it("reads the app's own export back: events, places, dates; an unlocated event keeps no place", () => {
    const features = [
      {
        type: 'Feature',
        id: 'a',
        geometry: { type: 'Point', coordinates: [43.6786, 34.6158] },
        properties: {
          title: 'A',
          summary: 'Words of A.',
          place: { id: 'tikrit', name: 'Tikrit', precision: 'city' },
          when: { start: '2015-03-01', end: '2015-03-31', precision: 'month', basis: 'context', note: 'n' },
        },
      },
      {
        type: 'Feature',
        id: 'b',
        geometry: null,
        properties: { title: 'B', summary: 'Words of B.', place: null, when: { start: '2015-03-02', end: '2015-03-02' } },
      },
    ];
    const result = importText('events.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
    expect(result.problems).toEqual([]);
    expect(result.map!.events.map((e) => [e.id, e.place, e.when.start, e.when.end, e.when.precision])).toEqual([
      ['a', 'tikrit', '2015-03-01', '2015-03-31', 'month'],
      ['b', null, '2015-03-02', '2015-03-02', 'day'],
    ]);
  });

  it('names the feature and property of every problem', () => {
    const features = [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { title: 'x', date: 'soon' } },
      'not a feature',
    ];
    const { problems, rows } = importGeoJson('x.geojson', { features });
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['IMPORT_ROW_INVALID', 'feature 1, geometry'],
      ['INVALID_DATE', 'feature 1, property date'],
      ['IMPORT_ROW_INVALID', 'feature 2, geometry'],
      ['INVALID_DATE', 'feature 2, property date'],
      ['IMPORT_ROW_INVALID', 'feature 2, property title'],
    ]);
    expect(rows).toEqual({ total: 2, good: 0 });
  });
});
