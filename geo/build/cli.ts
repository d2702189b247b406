/**
 * `npm run build:data`: checks geo/ and writes public/data/. Prints every problem, then
 * exits 1 without writing anything when there is one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from './build.ts';
import { formatProblem } from './problems.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../../public/data/', import.meta.url));
const result = build(root, { requireBasemap: true });

for (const c of result.coverage) {
  console.log(`coverage ${c.report}: ${c.percent}% of ${c.sentences} sentences, ${c.claims} claims`);
}
if (result.problems.length > 0) {
  console.error(`\n${result.problems.map(formatProblem).join('\n\n')}\n`);
  console.error(`build:data failed: ${result.problems.length} problem(s); nothing was written.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
writeFileSync(`${out}events.geojson`, JSON.stringify(result.events));
writeFileSync(`${out}reports.json`, JSON.stringify(result.reports));
writeFileSync(`${out}places.json`, JSON.stringify(result.places));
writeFileSync(`${out}tours.json`, JSON.stringify(result.tours));
writeFileSync(`${out}basemap.geojson`, result.basemap ?? '');
const claims = result.events.features.reduce((n, f) => n + f.properties.claims.length, 0);
console.log(`build:data wrote public/data/: ${result.events.features.length} events, ${claims} claims, ${result.places.length} places, ${result.tours.length} tour(s).`);
