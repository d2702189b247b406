import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../core/draft/text.ts';
import { WorldTowns } from '../core/draft/world.ts';
import { WORLD_ALIASES } from './aliases.ts';
import { CHOSEN_CUT, readCities } from './make-world.ts';
import { consonants, worldTowns, type WorldCut } from './world-file.ts';

/** A GeoNames row (cities1000.txt's 19 columns) with what the cut reads. */
function row(id: number, name: string, lngLat: [number, number], population: number, alternates = '', code = 'PPL', cc = 'XX'): string[] {
  const c = Array<string>(19).fill('');
  [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[14]] = [
    String(id),
    name,
    name.normalize('NFD').replace(/\p{M}/gu, ''),
    alternates,
    String(lngLat[1]),
    String(lngLat[0]),
    'P',
    code,
    cc,
    String(population),
  ];
  return c;
}

/** The chosen cut, with the threshold and the region these tests are written for. */
const CUT: WorldCut = { ...CHOSEN_CUT, minPopulation: 15_000, region: [30, 26, 52, 41.5] };
const ROWS = [
  row(1, 'Springfield', [-89.644, 39.8017], 116_250, '', 'PPLA', 'US'),
  row(2, 'Springfield', [-72.5898, 42.1015], 153_060, '', 'PPL', 'US'),
  row(3, 'Dayr Ḩāfir', [37.7084, 36.1567], 28_905, 'Dayr Hafir,Deir Hafer,Dejr Chafir,dyr hafr,دير حافر', 'PPLA3', 'SY'),
  row(4, 'Little Hamlet', [2.35, 48.85], 3_000),
  row(5, 'Tall Abyaḑ', [38.9522, 36.6974], 0, 'Tal-Abyad,Tell Abiad,tl abyd', 'PPLA2', 'SY'),
  row(6, 'Seat Town', [10.1234, 5.5678], 0, '', 'PPLA', 'CM'),
  row(7, 'Mumbai', [72.88, 19.07], 12_691_836, 'Bombay,Mumbaj,Moumbai', 'PPLA', 'IN'),
  row(8, 'Bombay Beach', [-115.73, 33.35], 1_000, '', 'PPL', 'US'),
  row(9, 'Quarter', [44.4, 33.3], 20_000, '', 'PPLX', 'IQ'),
];
const lines = (cut = CUT) => worldTowns(ROWS, cut).split('\n').filter(Boolean);
const named = (name: string, cut = CUT) => new WorldTowns(worldTowns(ROWS, cut)).get(fold(name));

describe('the world gazetteer cut from GeoNames', () => {
  it('puts the most populous town first, so that a shared name means it', () => {
    expect(lines()[0]).toMatch(/^Mumbai\t/);
    expect(named('Springfield')).toMatchObject({ geonames: 2, lngLat: [-72.59, 42.1] });
  });

  it('leaves out a town the drafter could never reach: every one of its names is a larger town’s', () => {
    expect(lines().filter((l) => l.startsWith('Springfield\t'))).toHaveLength(1);
    expect(lines({ ...CUT, reachableOnly: false }).filter((l) => l.startsWith('Springfield\t'))).toHaveLength(2);
  });

  it('keeps small towns only in the region, or when they are capitals or provincial seats', () => {
    expect(named('Little Hamlet')).toBeUndefined();
    expect(named('Little Hamlet', { ...CUT, minPopulation: 1_000 })).toMatchObject({ geonames: 4 });
    expect(named('Tall Abyad')).toMatchObject({ geonames: 5, world: 'SY' });
    expect(named('Seat Town')).toMatchObject({ geonames: 6, world: 'CM' });
  });

  it('keeps the spellings reports use (transliterations), not other languages’ names nor machine transliterations', () => {
    expect(named('Deir Hafer')).toMatchObject({ geonames: 3, name: 'Dayr Ḩāfir' });
    expect(named('Tal Abyad')).toMatchObject({ geonames: 5 });
    expect(named('Dejr Chafir')).toBeUndefined();
    expect(named('Mumbaj')).toMatchObject({ geonames: 7 });
    expect(named('Bombay')).toBeUndefined();
    expect(lines().join('\n')).not.toMatch(/dyr hafr|tl abyd/);
  });

  it('adds the hand-made spellings whatever the cut', () => {
    const text = worldTowns(ROWS, { ...CUT, alternates: 'none' }, { 5: ['Tal Abyad'] });
    expect(new WorldTowns(text).get('tal abyad')).toMatchObject({ geonames: 5 });
  });

  it('rounds points to the cut’s decimals and marks a part of a town as a district', () => {
    expect(named('Dayr Hafir')?.lngLat).toEqual([37.71, 36.16]);
    expect(named('Dayr Hafir', { ...CUT, decimals: 3 })?.lngLat).toEqual([37.708, 36.157]);
    expect(named('Quarter')).toMatchObject({ precision: 'district' });
  });

  it('reads transliterations of one name as one sound', () => {
    expect(consonants('dayr hafir')).toBe(consonants('deir hafer'));
    expect(consonants('luhansk')).toBe(consonants('lugansk'));
    expect(consonants('al mukalla')).toBe(consonants('mukalla'));
    expect(consonants('mumbai')).not.toBe(consonants('bombay'));
  });
});

describe('geo/gazetteer/world-towns.tsv', () => {
  it('is what make-world.ts makes from cities1000 (run it after changing the cut)', () => {
    const committed = readFileSync(new URL('./world-towns.tsv', import.meta.url), 'utf8');
    expect(worldTowns(readCities(), CHOSEN_CUT, WORLD_ALIASES) === committed).toBe(true);
    expect(Buffer.byteLength(committed)).toBeLessThan(1_100_000);
  }, 60_000);
});
