import { describe, expect, it } from 'vitest';
import { PlaceIndex } from './places.ts';
import { drafted, TEST_GAZETTEER } from './testing.ts';
import { WorldTowns } from './world.ts';

// Three lines in the shape make-world.ts writes: name, other folded names, lng, lat, id, country, district flag.
const WORLD = new WorldTowns(
  [
    'Debal’tsevo\tdebaltseve|debalcevo\t38.405\t48.341\t710229\tUA\t',
    'March\t\t0.089\t52.551\t2643112\tGB\t',
    'Bayjī\tbaiji|beiji\t43.493\t34.931\t97783\tIQ\t',
  ].join('\n'),
);
const gazetteer = { ...TEST_GAZETTEER, world: WORLD };
const found = (text: string) => new PlaceIndex(gazetteer).find(text, 0, text.length).map((m) => m.place.name);

describe('the world gazetteer', () => {
  it('finds a town by its other spellings where it stands as a place', () => {
    expect(found('Shelling went on near Debaltseve overnight.')).toEqual(['Debal’tsevo']);
    expect(found('Troops pulled back outside Beiji.')).toEqual(['Bayjī']);
  });

  it('does not read a world town where the name stands as a word or a person', () => {
    expect(found('Debaltseve fell silent.')).toEqual([]);
    expect(found('The talks began in March.')).toEqual([]);
  });

  it('proposes the town as a new place with its GeoNames id and a reason to check it', () => {
    const d = drafted('Rebels shelled positions near Debaltseve, a commander said.', '2015-02-10', gazetteer);
    expect(d.places[0]).toMatchObject({ name: 'Debaltseve', geonames: 710229, precision: 'city' });
    expect(d.confidence?.[0].reasons).toContainEqual({ code: 'WORLD_TOWN', values: { place: 'Debal’tsevo', country: 'UA' } });
  });
});

describe('districts and datelines', () => {
  it('places a district no gazetteer has at its town, with precision saying so', () => {
    const d = drafted('A car bomb exploded in the Ribeira district of Porto on Monday, police said.');
    expect(d.places[0]).toMatchObject({ name: 'Ribeira', precision: 'district', lngLat: [-8.61, 41.15], geonames: null });
    expect(d.confidence?.[0].reasons).toContainEqual({ code: 'DISTRICT_AT_TOWN', values: { district: 'Ribeira', town: 'Porto' } });
  });

  it('takes the scene from the dateline when the claim names none, and says so', () => {
    const d = drafted('DRESDEN (Reuters) - Two bridges were closed on Monday after the floods, officials said.');
    expect(d.notClaims[0]).toMatchObject({ quote: 'DRESDEN (Reuters) -', why: 'dateline' });
    expect(d.events[0].place).toBe('dresden');
    expect(d.confidence?.[0].reasons).toContainEqual({ code: 'PLACE_FROM_DATELINE', values: { place: 'Dresden' } });
  });

  it('reads a dateline in title case with a dash', () => {
    const d = drafted('Kherson — Water was cut off on Monday, the mayor said.');
    expect(d.notClaims[0]).toMatchObject({ why: 'dateline' });
    expect(d.events[0].place).toBe('kherson');
  });
});
