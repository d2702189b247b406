/**
 * `npm run gen:synthetic -- --events 100000 --places 5000 [--seed 1] [--out file.json]`: writes a
 * synthetic map in the app's format (valid under the shared checks), for benchmarks and tests.
 * Open it in the app with Maps › Open a file.
 * `npm run gen:synthetic -- --acled 1000000 [--lean] [--seed 1] [--out file.csv]`: an ACLED-style CSV
 * instead (`--lean`: only the columns a row needs, about 60 bytes a row), for the import's tests.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticMap } from '../geo/core/synthetic/synthetic.ts';
import { syntheticAcled, syntheticAcledLean } from '../geo/core/synthetic/synthetic-acled.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    places: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    acled: { type: 'string' },
    lean: { type: 'boolean', default: false },
  },
});
if (values.acled !== undefined) {
  const rows = Number(values.acled);
  if (!Number.isInteger(rows) || rows <= 0) {
    console.error('gen:synthetic: --acled takes a whole number of rows above 0, e.g. --acled 1000000');
    process.exit(1);
  }
  const text = (values.lean ? syntheticAcledLean : syntheticAcled)(rows, Number(values.seed));
  const out = values.out ?? `synthetic-acled-${rows}${values.lean ? '-lean' : ''}.csv`;
  writeFileSync(out, text);
  console.log(`gen:synthetic wrote ${out}: ${rows.toLocaleString('en')} rows, ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB.`);
  process.exit(0);
}
const events = Number(values.events);
const places = Number(values.places);
const seed = Number(values.seed);
if (![events, places, seed].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('gen:synthetic: --events, --places and --seed take whole numbers above 0, e.g. --events 100000 --places 5000');
  process.exit(1);
}
const started = performance.now();
const map = syntheticMap({ events, places, seed });
const out = values.out ?? `synthetic-${events}-${places}.json`;
let text: string;
try {
  text = JSON.stringify(map);
} catch (error) {
  if (!(error instanceof RangeError)) throw error;
  // V8's longest string (512 MB): the app cannot read a map file this large either, and says so.
  console.error(
    `gen:synthetic: ${events.toLocaleString('en')} events make more JSON than one string can hold (512 MB, about 900,000 events in this format); the app could not open it either. Use --events 800000 or fewer.`,
  );
  process.exit(1);
}
writeFileSync(out, text);
console.log(
  `gen:synthetic wrote ${out}: ${events.toLocaleString('en')} events over ${places.toLocaleString('en')} places, ${(text.length / 1048576).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
