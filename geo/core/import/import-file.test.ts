import { FORMAT } from '../model/contract.ts';
import { FORMAT_NAMES_EN } from './formats.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import { importText } from './import-file.ts';
import { syntheticAcled } from '../synthetic/synthetic-acled.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('importText: what a person opens', () => {
  it('tells the format apart by content, whatever the file is called', () => {
    expect(importText('events.txt', read('good.csv')).format).toBe('acled');
    expect(importText('data.json', read('good.geojson')).format).toBe('geojson');
    expect(importText('good.csv', '\uFEFF' + read('good.csv'))).toEqual(importText('good.csv', read('good.csv')));
  });

  it.each([
    ['notes.txt', 'Iraqi forces retook Baiji on 14 November 2014.', 'notes.txt is neither JSON nor a CSV'],
    ['broken.json', '{"format": 2, "meta": ', 'broken.json is not valid JSON'],
    ['list.json', '[1, 2, 3]', 'list.json is JSON, but neither'],
    ['empty.csv', ' \n', 'empty.csv is empty'],
  ])('says in one sentence which formats work, for %s', (name, text, start) => {
    const result = importText(name, text);
    expect(result).toMatchObject({ format: null, map: null, rows: { total: 0, good: 0 } });
    expect(result.problems).toHaveLength(1);
    const [p] = result.problems;
    expect(p.code).toBe('IMPORT_FORMAT_UNKNOWN');
    expect(p.message.startsWith(start)).toBe(true);
    expect(p.message).toContain(FORMAT_NAMES_EN);
    expect(p.message.match(/[.;] [A-Z]/g)).toBeNull(); // one sentence
  });

  it('reports its progress, ending at 1', () => {
    const seen: number[] = [];
    importText('synthetic.csv', syntheticAcled(5000), (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  });
});

describe("this app's own map file", () => {
  const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;

  it('comes back as the very same map', () => {
    const result = importText('x.json', JSON.stringify(real));
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('map');
    expect(result.rows).toEqual({ total: real.events.length, good: real.events.length });
    expect(result.map).toStrictEqual(real);
  });

  it('keeps the map’s own words in Arabic, and checks them as the build does', () => {
    expect(real.events.every((e) => e.translations?.ar?.title)).toBe(true);
    const bad = structuredClone(real);
    bad.events[0].translations = { ar: { title: ' ' } };
    bad.tours[0].steps[0].translations = { ar: { caption: 'من قال\u200B ذلك؟' } };
    bad.later[0].translations = { ar: {} };
    const result = importText('x.json', JSON.stringify(bad));
    expect(result.problems.map((p) => [p.code, p.where])).toEqual(
      expect.arrayContaining([
        ['SCHEMA_INVALID', 'events[0].translations.ar.title'],
        ['SCHEMA_INVALID', 'later[0].translations.ar'],
        ['INVISIBLE_CHARACTER', 'tours[0].steps[0].translations.ar.caption'],
      ]),
    );
  });

  it('is checked by the build rules, each problem at its path', () => {
    const bad = structuredClone(real);
    bad.claims[0].quote.exact = `${bad.claims[0].quote.exact} (edited)`;
    bad.events[0].place = 'atlantis';
    const relation = bad.relations.findIndex((r) => r.from !== bad.claims[0].id);
    bad.relations[relation].to = 'r999-c99';
    const result = importText('x.json', JSON.stringify(bad));
    expect(result.problems.map((p) => [p.code, p.where])).toEqual([
      ['UNKNOWN_PLACE', 'events[0].place'],
      ['QUOTE_OFFSET_MISMATCH', 'claims[0].quote.start'],
      ['UNKNOWN_CLAIM', `relations[${relation}].to`],
    ]);
    expect(result.map).not.toBeNull();
  });

  it('refuses another format number, and a broken shape, field by field', () => {
    expect(importText('x.json', JSON.stringify({ ...real, format: 1 })).problems.map((p) => [p.code, p.where])).toEqual([
      ['FORMAT_UNSUPPORTED', 'format'],
    ]);
    const broken = importText('x.json', JSON.stringify({ ...real, events: undefined, places: [{ ...real.places[0], lngLat: 'here' }] }));
    expect(broken.map).toBeNull();
    expect(broken.problems.map((p) => [p.code, p.where])).toEqual([
      ['SCHEMA_INVALID', 'events'],
      ['SCHEMA_INVALID', 'places[0].lngLat'],
    ]);
  });
});

describe('the synthetic ACLED file', () => {
  it('is the same for the same seed, and another for another', () => {
    expect(syntheticAcled(50)).toBe(syntheticAcled(50));
    expect(syntheticAcled(50, 2)).not.toBe(syntheticAcled(50));
  });

  it('imports 1,000 rows with no problems, as 1,000 events', () => {
    const result = importText('synthetic.csv', syntheticAcled(1000));
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual({ total: 1000, good: 1000 });
    expect(result.map!.events).toHaveLength(1000);
    expect(result.map!.claims).toHaveLength(1000);
  });
});

describe('a map file of the previous format (2, before later-known notes)', () => {
  const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;
  /** The map as version 2 wrote it: no later table, no later on steps, no later count. */
  const asFormat2 = () => {
    const old: Record<string, unknown> = { ...real, format: 2 };
    delete old.later;
    const counts: Record<string, number> = { ...real.meta.counts };
    delete counts.later;
    const strip = (s: object) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'later'));
    return { ...old, meta: { ...real.meta, counts }, tours: real.tours.map((t) => ({ ...t, steps: t.steps.map(strip) })) };
  };

  it('still opens, with no later-known notes and steps that reveal none', () => {
    const result = importText('old.json', JSON.stringify(asFormat2()));
    expect(result.problems).toEqual([]);
    expect(result.map?.format).toBe(FORMAT);
    expect(result.map?.later).toEqual([]);
    expect(result.map?.tours[0].steps.every((s) => s.later === false)).toBe(true);
    expect(result.map?.claims).toEqual(real.claims);
  });
});

describe('a map file of the previous format (3, before a map declared its own kinds and affiliations)', () => {
  /** The four reports' map exactly as the build of format 3 wrote it (public/data/map.json, 2026-12-03). */
  const file = readFileSync(new URL('./previous-formats/map-format-3.json', import.meta.url), 'utf8');
  const old = JSON.parse(file) as {
    format: number;
    claims: unknown[];
    asserters: { affiliation: string }[];
    meta: { vocabularies: { affiliation: { id: string }[] } };
  };

  it('opens unchanged: the same claims, voices and terms, in the current format', () => {
    expect(old.format).toBe(3);
    const result = importText('map-format-3.json', file);
    expect(result.problems).toEqual([]);
    expect(result.map?.format).toBe(FORMAT);
    expect(result.map?.claims).toEqual(old.claims);
    expect(result.map?.asserters).toEqual(old.asserters);
    // Its meta listed the whole closed list, used or not; the map keeps the terms its voices use, words and colours unchanged.
    const used = new Set(old.asserters.map((a) => a.affiliation));
    expect(result.map?.meta.vocabularies.affiliation).toEqual(old.meta.vocabularies.affiliation.filter((t) => used.has(t.id)));
  });
});
