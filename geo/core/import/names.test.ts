/**
 * Names in other languages and the vocabularies' translations are optional fields of format 3: a
 * map file with them keeps them through an import, and one written before them opens unchanged.
 */
import { fileURLToPath } from 'node:url';
import { FORMAT } from '../model/contract.ts';
import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import { joinEvents } from '../compile/join.ts';
import { check } from '../check/check.ts';
import { compile } from '../compile/compile.ts';
import { MapDataSchema, type MapData } from '../model/contract.ts';
import { readMapFile } from './map-file.ts';

const GOOD = fileURLToPath(new URL('../../build/fixtures/good', import.meta.url));
const built = build(GOOD).map;

/** The map as a file made before names and translations: the same tables without those fields. */
function withoutNames(map: MapData): Record<string, unknown> {
  const json = JSON.parse(JSON.stringify(map)) as MapData;
  for (const p of json.places) {
    delete (p as Partial<typeof p>).names;
    delete (p as Partial<typeof p>).namesSource;
  }
  for (const a of json.asserters) delete (a as Partial<typeof a>).names;
  for (const terms of Object.values(json.meta.vocabularies)) for (const t of terms) delete t.translations;
  return json as unknown as Record<string, unknown>;
}

function reimport(file: Record<string, unknown>): MapData {
  const read = readMapFile(file);
  expect(read.problems).toEqual([]);
  const { problems, checked } = check(read.corpus!);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return compile(checked);
}

describe('names in a map file', () => {
  it('keeps places’ and voices’ names and their source through an import', () => {
    const raqqa = built.places.find((p) => p.id === 'raqqa')!;
    expect(raqqa.names).toEqual({ ar: 'الرقة' });
    expect(built.places.find((p) => p.id === 'abu-kamal')!.names).toEqual({ ar: null });
    const again = reimport(JSON.parse(JSON.stringify(built)) as Record<string, unknown>);
    expect(again.places).toEqual(built.places);
    expect(joinEvents(again).features.find((f) => f.properties.place?.id === 'raqqa')?.properties.place?.names).toEqual({ ar: 'الرقة' });
  });

  it('opens a map written before them: same format, no names, no error', () => {
    const old = withoutNames(built);
    expect(old.format).toBe(FORMAT);
    expect(MapDataSchema.safeParse(old).success).toBe(true);
    const again = reimport(old);
    expect(again.places.every((p) => p.names === undefined && p.namesSource === undefined)).toBe(true);
    expect(again.places.map((p) => p.name)).toEqual(built.places.map((p) => p.name));
  });
});
