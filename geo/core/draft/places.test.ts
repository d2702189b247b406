import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlaceIndex } from './places.ts';
import { claim, drafted, TEST_GAZETTEER } from './testing.ts';
import type { Gazetteer } from './types.ts';

const gazetteer = JSON.parse(readFileSync(new URL('../../gazetteer/gazetteer.json', import.meta.url), 'utf8')) as Gazetteer;
const index = new PlaceIndex(gazetteer);
const ids = (text: string, g = index) => g.find(text, 0, text.length).map((m) => m.place.id);

describe('places against the gazetteer', () => {
  it.each([
    ['Fighting resumed in Deir al-Zour on Sunday.', 'deir-ez-zor'],
    ['Convoys left Deir a-Zor at night.', 'deir-ez-zor'],
    ['Shelling hit Dayr az Zawr again.', 'deir-ez-zor'],
    ['Airstrikes near Ar-Raqqah killed four.', 'raqqa'],
    ['A market in Raqqah reopened.', 'raqqa'],
    ['The crossing at Al-Bukamal was closed.', 'abu-kamal'],
    ['Trucks queued outside Albu Kamal.', 'abu-kamal'],
    ['Water ran out in Tikrīt.', 'tikrit'],
    ['Clashes were reported in Fallujah and Ramadi.', 'al-fallujah'],
    ['Protests spread to Basra.', 'al-basrah'],
    ['Two buses were stopped near Palmyra.', 'tadmur'],
  ])('%s', (text, id) => {
    expect(ids(text)[0]).toBe(id);
  });

  it('gives project places their own ids and GeoNames places their GeoNames ids', () => {
    const [raqqa] = index.find('in Raqqa', 0, 8);
    expect(raqqa.place).toMatchObject({ id: 'raqqa', project: true, geonames: 172955 });
    const [homs] = index.find('in Homs', 0, 7);
    expect(homs.place).toMatchObject({ geonames: 169577, precision: 'city' });
  });

  it('reads "U.S." as a place only where a place stands', () => {
    expect(ids('The U.S. Army sent engineers.')).toEqual([]);
    expect(ids('The engineers flew back to the U.S. on Friday.')).toEqual([]);
    expect(ids('Flooding in the U.S. closed roads.')).toEqual(['united-states']);
  });

  it('does not take an English word or an adjective for a town', () => {
    expect(ids('Hit by a drone, the truck burned.')).toEqual([]);
    expect(ids('The Washington D.C.-based institute said so.')).toEqual([]);
    expect(ids('Fighting in Hit went on.')).toEqual(['hit']);
  });

  it('scores "in X" over an actor "X’s"', () => {
    const ms = index.find('Iraq’s army advanced in Mosul.', 0, 30);
    expect(ms.map((m) => [m.place.id, m.score])).toEqual([
      ['iraq', 0],
      ['mosul', 2],
    ]);
  });

  it('lists capitalised names standing where places stand that no gazetteer knows, and never maps them', () => {
    const text =
      'The shelling of the village of Kfar Shams and of Bilozerka, near Kherson, at the Council on Foreign Relations in New York, in the largely Sunni town.';
    const g = new PlaceIndex(TEST_GAZETTEER);
    const unknown = g.unknown(text, 0, text.length, g.find(text, 0, text.length));
    expect(unknown).toContain('Kfar Shams');
    expect(unknown).not.toContain('Council');
    expect(unknown).not.toContain('Sunni');
    const d = drafted('Shells fell on the village of Kfar Shams, near Passau, on Tuesday.');
    expect(d.unknownPlaces).toEqual(['Kfar Shams']);
    expect(claim(d, 'Shells').event?.place).toBe('passau');
  });

  it('places an event at the town over the country, and a claim without a place in its paragraph’s', () => {
    const d = drafted('Floods hit Germany and the town of Dresden on Tuesday. The river crested at noon.');
    expect(claim(d, 'Floods').event?.place).toBe('dresden');
    expect(claim(d, 'The river').event?.place).toBe('dresden');
  });

  it('places an event at a town named twice as the scene over the dateline, and not where people went', () => {
    const d = drafted(
      [
        'PASSAU, Germany (AP) — Fishermen pulled two boats out of the river south of Dresden on Wednesday, a harbour official said.',
        'The crews were moving toward Porto, he said.',
        'Smoke rose from the eastern part of Dresden, a photographer reported.',
      ].join('\n'),
    );
    expect(claim(d, 'Fishermen').event?.place).toBe('dresden');
    expect(claim(d, 'The crews').event?.place).toBe('dresden');
    expect(d.unknownPlaces).toEqual([]);
  });

  it('reads a headline’s present tense and "the X refinery" as the scene, and where it was said last', () => {
    const d = drafted(
      [
        'Strikers seize Dresden refinery',
        'LISBON, Portugal — Strikers occupied the Dresden oil refinery on Friday, the union said.',
        'A union source told reporters in Lisbon that the pumps had been switched off.',
        'The road between Dresden and Passau was closed to traffic.',
      ].join('\n'),
    );
    expect(claim(d, 'Strikers seize').event?.place).toBe('dresden');
    expect(claim(d, 'A union source').event?.place).toBe('dresden');
  });

  it('reads "in northern Portugal" as a region, not a scene surer than the report’s town', () => {
    const d = drafted(
      'Dockers closed the port of Porto on Monday. Talks in Porto failed. It was not clear whether the strike, the longest in northern Portugal, would end.',
    );
    expect(claim(d, 'It was not clear').event?.place).toBe('porto');
  });

  it('reads a town’s possessive before a part of it as the town ("Porto’s old harbour district"), a country’s as an actor', () => {
    expect(index.find('Residents of Mosul’s al-Zuhur neighbourhood fled.', 0, 48).map((m) => [m.place.id, m.score])).toEqual([
      ['mosul', 2],
    ]);
    expect(index.find('Iraq’s army advanced.', 0, 21).map((m) => [m.place.id, m.score])).toEqual([['iraq', 0]]);
  });

  it('proposes gazetteer places the project does not have, and only those', () => {
    const d = drafted('Rebels claimed gains near Idlib. Strikes were reported in Porto.');
    expect(d.places.map((p) => p.id)).toEqual(['porto']);
    expect(d.places[0]).toMatchObject({ name: 'Porto', lngLat: [-8.61, 41.15], precision: 'city' });
  });
});
