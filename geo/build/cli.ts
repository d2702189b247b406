/**
 * `npm run build:data`: checks geo/ and writes public/data/. Prints every problem, then exits 1
 * without writing anything when there is an error. The folder is written whole or not at all:
 * the files go to a temporary folder first, which then takes the old one's place.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mapJsonSchema } from '../core/contract.ts';
import { formatProblem } from '../core/problems.ts';
import { build } from './build.ts';
import { outputFiles } from './outputs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../../public/data', import.meta.url));
const result = build(root, { requireBasemap: true });

for (const c of result.coverage) {
  console.log(`coverage ${c.report}: ${c.percent}% of ${c.sentences} sentences, ${c.claims} claims`);
}
const errors = result.problems.filter((p) => p.severity === 'error');
if (result.problems.length > 0) console.error(`\n${result.problems.map(formatProblem).join('\n\n')}\n`);
if (errors.length > 0) {
  console.error(`build:data failed: ${errors.length} problem(s); nothing was written.`);
  process.exit(1);
}

const files = outputFiles(result.map, result.basemap ?? '', mapJsonSchema());
const temp = `${out}.tmp-${process.pid}`;
const old = `${out}.old-${process.pid}`;
try {
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(`${temp}/${name}`, content);
  try {
    renameSync(out, old);
  } catch {
    // No earlier output to move aside.
  }
  renameSync(temp, out);
  rmSync(old, { recursive: true, force: true });
} catch (error) {
  rmSync(temp, { recursive: true, force: true });
  console.error(`build:data could not write ${out}: ${error instanceof Error ? error.message : String(error)}\n  fix: check that the folder is writable and the disk has room; the earlier output was left as it was.`);
  process.exit(1);
}
const { counts } = result.map.meta;
console.log(`build:data wrote public/data/: ${counts.events} events, ${counts.claims} claims, ${counts.places} places, ${counts.tours} tour(s), ${Object.keys(files).length} files.`);
