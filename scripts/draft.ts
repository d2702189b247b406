/**
 * `npm run draft -- path/to/report.txt --outlet "The Daily Beast" --date 2015-03-02 [--id r004]
 *  [--outlet-id daily-beast] [--out folder]`
 * Drafts the annotation of one report and writes it, with the new places, asserters and events,
 * to a folder for a person to review (default draft-out/<id>/). Never writes into geo/: the
 * reviewer copies what survives. Prints where it wrote, and what check() finds in the draft.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { check } from '../geo/core/check/check.ts';
import { draftCorpus, findOutlet, nextReportId } from '../geo/core/draft/corpus.ts';
import { draft } from '../geo/core/draft/draft.ts';
import type { DraftMeta } from '../geo/core/draft/types.ts';
import { describeReason } from '../geo/core/draft/confidence.ts';
import { loadGazetteer } from '../geo/gazetteer/load.ts';
import { draftFiles } from '../geo/core/draft/yaml.ts';
import { isIsoDate } from '../geo/core/model/dates.ts';
import { SLUG, type AsserterInput, type PlaceInput, type ReportInput } from '../geo/core/model/schema.ts';

const geo = fileURLToPath(new URL('../geo', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const fail = (message: string, fix: string): never => {
  console.error(`draft: ${message}\n  fix: ${fix}`);
  process.exit(1);
};

const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const outlet = flag('outlet');
const date = flag('date');
if (!file || !outlet || !date)
  fail('missing arguments.', 'npm run draft -- path/to/report.txt --outlet "The Daily Beast" --date 2015-03-02 [--id r004]');
if (!isIsoDate(date as string)) fail(`--date ${date} is not a calendar date.`, 'Give the publication date as YYYY-MM-DD.');
const readYaml = <T>(name: string): T[] => (parse(readFileSync(join(geo, name), 'utf8')) as T[] | null) ?? [];
const reports = readYaml<ReportInput>('reports.yaml');
const asserters = readYaml<AsserterInput>('asserters.yaml');
const places = readYaml<PlaceInput>('places.yaml');
const id = flag('id') ?? nextReportId(reports.map((r) => r.id));
if (!SLUG.test(id)) fail(`--id ${id} is not a slug.`, 'Use lowercase letters, digits and hyphens, such as r004.');
const out = resolve(flag('out') ?? join('draft-out', id));
if (!relative(geo, out).startsWith('..'))
  fail(
    `${out} is inside geo/.`,
    'Write the draft elsewhere (the default is draft-out/<id>/); a person copies what survives review into geo/.',
  );

const text = readFileSync(file as string, 'utf8');
const known = findOutlet(outlet as string, asserters);
const meta: DraftMeta = { outlet: outlet as string, published: date as string, reportId: id, outletId: flag('outlet-id') ?? known?.id };
const gazetteer = loadGazetteer();
const d = draft(text, meta, gazetteer);

const report = {
  id,
  file: `reports/${id}_${basename(file as string)}`,
  outlet_asserter: d.outlet,
  outlet: { value: outlet, status: 'confirmed', note: 'Given to the drafter; to be checked.' },
  title: { value: null, status: 'unknown', note: 'To be filled in.' },
  author: { value: null, status: 'unknown', note: 'To be filled in.' },
  published: { date, status: 'inferred', note: 'Given to the drafter; to be checked.' },
  url: { value: null, status: 'unknown', note: 'To be filled in.' },
};
const files = draftFiles(d, report, { asserters: new Set(asserters.map((a) => a.id)), places: new Set(places.map((p) => p.id)) });
for (const [name, content] of Object.entries(files)) {
  mkdirSync(dirname(join(out, name)), { recursive: true });
  writeFileSync(join(out, name), content);
}
mkdirSync(join(out, 'reports'), { recursive: true });
writeFileSync(join(out, report.file), text);

const { problems, checked } = check(draftCorpus(d, text, meta, gazetteer), { coverage: 'measure' });
const cover = checked.coverage[0];
const shown = relative(process.cwd(), out);
const reused = d.asserters.filter((a) => asserters.some((b) => b.id === a.id) && a.id !== d.outlet).map((a) => a.id);
console.log(`draft: wrote ${shown.startsWith('..') ? out : shown || '.'}/ (${Object.keys(files).join(', ')}, ${report.file})`);
console.log(
  `  ${d.claims.length} claims, ${d.notClaims.length} not_claims, ${d.events.length} event candidates, ${d.asserters.length} asserters, ${d.places.length} new places`,
);
console.log(
  `  coverage ${cover?.percent ?? 0}% of ${cover?.sentences ?? 0} sentences; unknown places: ${d.unknownPlaces.join(', ') || 'none'}`,
);
if (reused.length) console.log(`  asserter ids already in geo/asserters.yaml (check they are the same voices): ${reused.join(', ')}`);
for (const p of problems) console.log(`  ${p.severity} ${p.code}: ${p.message}`);
const sure = d.confidence ?? [];
const low = sure.filter((c) => c.level === 'low').length;
const medium = sure.filter((c) => c.level === 'medium').length;
console.log(`  confidence: ${low} low, ${medium} medium, ${sure.length - low - medium} high (review.yaml lists why)`);
sure.forEach((c, i) => {
  if (c.level === 'low')
    console.log(
      `  low ${d.claims[i].id}: ${c.reasons
        .filter((r) => r.code !== 'DATE_GUESSED')
        .map(describeReason)
        .join('; ')}`,
    );
});
