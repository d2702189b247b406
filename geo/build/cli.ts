/**
 * `npm run build:data [-- --root <data folder> --out <output folder>]`: checks geo/ (or another
 * data folder laid out like it) and writes public/data/ (or the given folder). Prints every problem, then exits 1
 * without writing anything when there is an error. The folder is written whole or not at all:
 * the files go to a temporary folder first, which then takes the old one's place (write-output.ts).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapJsonSchema } from '../core/model/contract.ts';
import { formatProblem } from '../core/model/problems.ts';
import { build } from './build.ts';
import { outputFiles } from './outputs.ts';
import { writeOutput } from './write-output.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const root = resolve(flag('root') ?? fileURLToPath(new URL('..', import.meta.url)));
const out = resolve(flag('out') ?? fileURLToPath(new URL('../../public/data', import.meta.url)));
const shownOut = relative(process.cwd(), out) || '.';
/**
 * Runs the build and returns the exit code. The process is never ended with process.exit(): a
 * piped stdout (`| less`, a CI log) would lose what is still buffered, the final line included.
 */
function main(): number {
  const result = build(root, { requireBasemap: true });

  for (const c of result.coverage) {
    console.log(`coverage ${c.report}: ${c.percent}% of ${c.sentences} sentences, ${c.claims} claims`);
  }
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  if (result.problems.length > 0) console.error(`\n${result.problems.map(formatProblem).join('\n\n')}\n`);
  if (errors.length > 0) {
    console.error(`build:data failed: ${errors.length} problem(s)${warnings ? ` and ${warnings} warning(s)` : ''}; nothing was written.`);
    return 1;
  }
  if (warnings > 0) console.error(`build:data: ${warnings} warning(s), which do not stop the build.`);

  const files = outputFiles(result.map, result.basemap ?? '', mapJsonSchema(), result.world ?? '');
  const failed = writeOutput(out, files);
  if (failed) {
    console.error(`build:data ${failed}`);
    return 1;
  }
  const { counts } = result.map.meta;
  console.log(
    `build:data wrote ${shownOut}/: ${counts.events} events, ${counts.claims} claims, ${counts.places} places, ${counts.tours} tour(s), ${counts.later ?? 0} later-known note(s), ${Object.keys(files).length} files.`,
  );
  return 0;
}

process.exitCode = main();
