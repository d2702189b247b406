/**
 * The drafter's gazetteers as the CLI and the bench read them (Node): gazetteer.json (the
 * project's places, the regional extract, one point per country) and the world's towns
 * (world-towns.tsv). The studio loads the same two files lazily, through Vite.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../core/draft/types.ts';
import { WorldTowns } from '../core/draft/world.ts';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

export function loadGazetteer({ world = true } = {}): Gazetteer {
  const gazetteer = JSON.parse(readFileSync(here('./gazetteer.json'), 'utf8')) as Gazetteer;
  return world ? { ...gazetteer, world: new WorldTowns(readFileSync(here('./world-towns.tsv'), 'utf8')) } : gazetteer;
}
