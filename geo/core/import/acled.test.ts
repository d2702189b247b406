import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { check } from '../check/check.ts';
import { describeCell, importAcled } from './acled.ts';
import { atOrigin, importText, type Origin } from './import-file.ts';
import type { Problem } from '../model/problems.ts';
import { addDays } from '../model/dates.ts';
import { parseDay, slugify } from '../model/values.ts';

const GOOD = readFileSync(new URL('./fixtures/good.csv', import.meta.url), 'utf8');

describe('an ACLED-style CSV', () => {
  const good = importAcled('acled_iraq_syria_2014-2015.csv', GOOD);
  const map = importText('acled_iraq_syria_2014-2015.csv', GOOD).map!;
  const event = (id: string) => map.events.find((e) => e.id === id)!;
  const claim = (id: string) => map.claims.find((c) => c.event === id)!;

  it('makes a corpus that passes check: one event and one claim per row', () => {
    expect(good.problems).toEqual([]);
    expect(good.rows).toEqual({ total: 14, good: 14 });
    expect(check(good.corpus, { coverage: 'skip' }).problems).toEqual([]);
    expect(map.meta.counts).toMatchObject({ events: 14, claims: 14, reports: 8, asserters: 16 });
    expect(map.meta.title).toBe('acled iraq syria 2014-2015');
  });

  it('makes its actors voices with affiliations of their own, each with a colour, that the events name as parties', () => {
    const mosul = event('irq2201');
    expect(mosul.actors).toEqual(['islamic-state-iraq', 'military-forces-of-iraq-2006-2014']);
    const is = map.asserters.find((a) => a.id === 'islamic-state-iraq')!;
    expect(is).toMatchObject({ name: 'Islamic State (Iraq)', kind: 'armed-group', affiliation: 'islamic-state-iraq' });
    expect(map.asserters.find((a) => a.id === 'military-forces-of-iraq-2006-2014')!.kind).toBe('government-body');
    const terms = map.meta.vocabularies.affiliation;
    expect(terms.find((t) => t.id === 'islamic-state-iraq')).toMatchObject({
      label: 'Islamic State (Iraq)',
      colour: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    // Every actor its own colour while the palette lasts; the sources' side is unknown.
    const actorColours = terms.filter((t) => t.id !== 'unknown').map((t) => t.colour);
    expect(new Set(actorColours).size).toBe(Math.min(actorColours.length, 12));
    expect(map.asserters.filter((a) => a.kind === 'outlet').every((a) => a.affiliation === 'unknown')).toBe(true);
  });

  it("reads ACLED's interaction codes (numbers or words) as kinds, declaring those the default kinds lack", () => {
    const header =
      'event_id_cnty,event_date,time_precision,actor1,inter1,actor2,inter2,location,latitude,longitude,geo_precision,source,notes';
    const csv = [
      header,
      'SDN1,15 April 2023,1,Rapid Support Forces,2,Civilians (Sudan),7,Khartoum,15.5007,32.5599,1,Radio Dabanga,Shelling hit a market.',
      'SDN2,16 April 2023,1,Protesters (Sudan),Protesters,,,Khartoum,15.5007,32.5599,1,Sudan Tribune,A march was held.',
    ].join('\n');
    const sudan = importText('sudan.csv', csv);
    expect(sudan.problems).toEqual([]);
    const kinds = Object.fromEntries(sudan.map!.asserters.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      'Rapid Support Forces': 'armed-group',
      'Civilians (Sudan)': 'civilians',
      'Protesters (Sudan)': 'protesters',
    });
    expect(sudan.map!.meta.vocabularies.kind.map((k) => k.id)).toEqual(expect.arrayContaining(['civilians', 'protesters', 'outlet']));
    expect(sudan.map!.meta.vocabularies.kind.map((k) => k.id)).not.toContain('rioters');
  });

  it('keeps everything a row says', () => {
    const e = event('irq2254');
    expect(e.title).toBe('Attack in Tikrit');
    expect(e.summary).toMatch(
      /^Islamic State militants captured .* is coded\. \[fatalities: 190; actors: Islamic State \(Iraq\) and Civilians \(Iraq\); Salah al-Din, Iraq; Violence against civilians \/ Attack\]$/,
    );
    expect(map.places.find((p) => p.id === e.place)).toMatchObject({
      name: 'Tikrit',
      lngLat: [43.6786, 34.6158],
      precision: 'district',
      geonames: null,
      source: 'ACLED row 3',
    });
    const c = claim('irq2254');
    expect(c).toMatchObject({ asserters: ['human-rights-watch-afp'], stance: 'fact', said: '2014-06-12', cue: null, hedges: [] });
    expect(map.asserters.find((a) => a.id === 'human-rights-watch-afp')).toMatchObject({ name: 'Human Rights Watch; AFP', kind: 'outlet' });
  });

  it('maps time_precision 1/2/3 to a day, the week around the date, the month', () => {
    expect(event('irq2201').when).toMatchObject({ start: '2014-06-10', end: '2014-06-10', precision: 'day', basis: 'explicit' });
    expect(event('irq2254').when).toMatchObject({ start: '2014-06-09', end: '2014-06-15', precision: 'range' });
    expect(event('irq2610').when).toMatchObject({ start: '2014-10-01', end: '2014-10-31', precision: 'month' });
  });

  it('maps geo_precision 1/2/3 to city, district, province; a place per name, point and precision', () => {
    const tikrit = map.places.filter((p) => p.name === 'Tikrit').map((p) => [p.id, p.precision]);
    expect(tikrit).toEqual([
      ['tikrit', 'district'],
      ['tikrit-city', 'city'],
      ['tikrit-province', 'province'],
    ]);
  });

  it('keeps a note verbatim, with its commas, line break and curly quotes', () => {
    const c = claim('irq2390');
    expect(c.quote.exact).toBe(
      'Iraqi forces, Popular Mobilization units and Peshmerga, backed by US air strikes, broke the two-month siege of Amerli.\nA local official said residents had been “living on the edge of starvation”.',
    );
    const report = map.reports.find((r) => r.id === c.report)!;
    expect(report.text.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
  });

  it('anchors the same note twice in one report by its offset', () => {
    const [a, b] = [claim('irq2391'), claim('irq2392')];
    expect(a.quote.exact).toBe(b.quote.exact);
    expect(b.quote.start).toBe(a.quote.end + 2);
    expect(map.reports.find((r) => r.id === 'us-central-command')!.published.date).toBe('2014-09-07');
  });

  it('reads column names in any case and order, with spaces around them', () => {
    const rows = Papa.parse<string[]>(GOOD).data.filter((r) => r.length > 1);
    const reordered = Papa.unparse(
      rows.map((r) => [...r].reverse().map((cell, i) => (rows[0] === r && i % 2 ? ` ${cell.toUpperCase()} ` : cell))),
    );
    expect(importText('acled_iraq_syria_2014-2015.csv', reordered).map).toEqual(map);
  });

  it('counts rows as a spreadsheet does: a quoted line break stays in its row, a blank line is a row', () => {
    const lines = GOOD.split('\n');
    const bad = [...lines.slice(0, 5), lines[5].replace('4 Sep 2014', ''), '', ...lines.slice(6)].join('\n');
    const result = importText('x.csv', bad);
    expect(result.problems.map((p) => p.where)).toEqual(['row 5, column event_date']);
    expect(result.rows).toEqual({ total: 14, good: 13 });
    const after = importText('x.csv', bad.replace('IRQ2392,2014-09-07', 'IRQ2392,'));
    expect(after.problems.map((p) => p.where)).toEqual(['row 5, column event_date', 'row 7, column event_date']);
  });

  it('reports every bad cell of a row at once', () => {
    const lines = GOOD.split('\n');
    const bad = [lines[0], lines[1].replace('10 June 2014', '2014-13-01').replace('36.3350,43.1189,1', ',43.1189,7')].join('\n');
    const { problems, rows } = importAcled('x.csv', bad);
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['INVALID_DATE', 'row 2, column event_date'],
      ['IMPORT_ROW_INVALID', 'row 2, column geo_precision'],
      ['IMPORT_ROW_INVALID', 'row 2, column latitude'],
    ]);
    expect(rows).toEqual({ total: 1, good: 0 });
  });

  it('knows where each corpus entry came from, so check problems point at rows', () => {
    const records = Papa.parse<string[]>(GOOD).data;
    const row = (id: string) => ({ at: 1 + records.findIndex((r) => r[0] === id.toUpperCase()) }); // a spreadsheet's row: the record, counted from 1
    const i = (good.corpus.events as { id: string }[]).findIndex((e) => e.id === 'irq3310');
    expect(good.locate(['events', i, 'when', 'start'])).toEqual({ ...row('irq3310'), field: 'event_date' });
    expect(good.locate(['events', i, 'when', 'precision'])).toEqual({ ...row('irq3310'), field: 'time_precision' });
    expect(good.locate(['places', 0, 'lngLat'])).toEqual({ at: 2, field: 'latitude' });
    const reports = good.corpus.reports as { id: string }[];
    const k = reports.findIndex((r) => r.id === 'us-central-command');
    expect(good.locate(['reports', k, 'outlet_asserter'])).toEqual({ ...row('irq2391'), field: 'source' });
    expect(good.locate(['annotations', k, 'claims', 1, 'quote'])).toEqual({ ...row('irq2392'), field: 'notes' });
    expect(good.locate(['annotations', k, 'claims', 1, 'said'])).toEqual({ ...row('irq2392'), field: 'event_date' });
    expect(good.locate(['tours', 0])).toBeNull();
  });

  it('shows a problem check finds at the row and column it came from, and counts the row as bad', () => {
    const origin: Origin = (path) => {
      const at = good.locate(path);
      return at && { at: at.at, where: describeCell(at.at, at.field) };
    };
    const found: Problem = {
      code: 'INVALID_DATE',
      severity: 'error',
      path: ['events', 1, 'when', 'start'],
      file: '',
      where: 'events[1].when.start',
      message: 'm',
      fix: 'f',
      values: {},
    };
    const elsewhere: Problem = { ...found, path: ['info', 'title'], where: 'info.title' };
    const { problems, badRows } = atOrigin([found, elsewhere], origin, 'x.csv');
    expect(problems.map((p) => [p.file, p.where])).toEqual([
      ['x.csv', 'row 3, column event_date'],
      ['x.csv', 'info.title'],
    ]);
    expect([...badRows]).toEqual([3]);
  });
});

describe('reading cells', () => {
  it('reads the dates exports write, and only real days', () => {
    expect(
      ['2014-09-04', '04 September 2014', '4 Sep 2014', '4 sept. 2014', '2014-09-04T23:30:00-05:00', '2014-09-04 10:00'].map(parseDay),
    ).toEqual(Array(6).fill('2014-09-04'));
    expect(['', '31 September 2014', '2015-02-29', '04/09/2014', '4 Se 2014', 'September 4, 2014', '2014-9-4'].map(parseDay)).toEqual(
      Array(7).fill(null),
    );
    expect([addDays('2014-03-01', -3), addDays('2014-12-30', 3)]).toEqual(['2014-02-26', '2015-01-02']);
  });

  it('makes slugs from ids, names and sources', () => {
    expect(['IRQ1234', 'Tikrīt', 'Rudaw; Kurdistan 24', ' -- ', 'الموصل'].map(slugify)).toEqual([
      'irq1234',
      'tikrit',
      'rudaw-kurdistan-24',
      '',
      '',
    ]);
  });
});
