/**
 * `npm run bench:draft`: the drafter on the four reports, against their hand annotations.
 * Claims match when their quotes overlap by at least half of the shorter; for matched claims it
 * prints how often the chain of names (exactly, and up to wording), the innermost source, the
 * stance, the `said` date, the event's dates (overlap) and its place agree. It also runs check()
 * on each draft. `-- --verbose` lists every disagreement. Asserts nothing.
 */
import { fileURLToPath } from 'node:url';
import { readFolder } from '../geo/build/read-folder.ts';
import { anchor } from '../geo/core/text/anchor.ts';
import { check } from '../geo/core/check/check.ts';
import { draftCorpus } from '../geo/core/draft/corpus.ts';
import { draft } from '../geo/core/draft/draft.ts';
import { compare, type Compared, type Scores } from '../geo/core/draft/score.ts';
import { loadGazetteer } from '../geo/gazetteer/load.ts';
import { scoreSet, type SetScores } from './drafter-set.ts';
import { repeatedText, variedText } from './long-text.ts';
import type { AsserterInput, ClaimInput, EventInput, PlaceInput, ReportInput } from '../geo/core/model/schema.ts';

const root = fileURLToPath(new URL('../geo', import.meta.url));
const gazetteer = loadGazetteer();
const { corpus } = readFolder(root);
const reports = corpus.reports as ReportInput[];
const asserters = new Map((corpus.asserters as AsserterInput[]).map((a) => [a.id, a]));
const events = new Map((corpus.events as EventInput[]).map((e) => [e.id, e]));
const places = new Map((corpus.places as PlaceInput[]).map((p) => [p.id, p]));
const verbose = process.argv.includes('--verbose');

function compared(
  text: string,
  claims: ClaimInput[],
  names: (id: string) => string,
  event: (id: string) => EventInput,
  place: (id: string) => { id: string; name: string },
): Compared[] {
  return claims.map((c) => {
    const at = anchor(text, c);
    if (!at.ok) throw new Error(`${c.id}: ${at.message}`);
    const e = event(c.event);
    return {
      id: c.id,
      start: at.start,
      end: at.end,
      chain: c.asserters.map(names),
      stance: c.stance,
      said: c.said,
      when: e.when,
      place: e.place ? place(e.place) : null,
    };
  });
}

const pct = (n: number, of: number) => (of === 0 ? '  –  ' : `${((100 * n) / of).toFixed(0).padStart(3)} %`);
const rows: string[][] = [];
const total: Scores = {
  hand: 0,
  drafted: 0,
  matchedHand: 0,
  matchedDrafted: 0,
  pairs: [],
  chainExact: 0,
  chainLoose: 0,
  innermost: 0,
  stance: 0,
  said: 0,
  eventDate: 0,
  place: 0,
};
const row = (name: string, s: Scores, errors: string, coverage: string, ms: string) => [
  name,
  String(s.hand),
  String(s.drafted),
  pct(s.matchedDrafted, s.drafted),
  pct(s.matchedHand, s.hand),
  pct(s.chainExact, s.pairs.length),
  pct(s.chainLoose, s.pairs.length),
  pct(s.innermost, s.pairs.length),
  pct(s.stance, s.pairs.length),
  pct(s.said, s.pairs.length),
  pct(s.eventDate, s.pairs.length),
  pct(s.place, s.pairs.length),
  errors,
  coverage,
  ms,
];

for (const r of reports) {
  const text = corpus.texts[r.file];
  const hand = (corpus.annotations as { report: string; claims: ClaimInput[] }[]).find((a) => a.report === r.id);
  if (!hand) continue;
  const meta = {
    outlet: asserters.get(r.outlet_asserter)?.name ?? r.outlet_asserter,
    published: r.published.date,
    reportId: r.id,
    outletId: r.outlet_asserter,
  };
  const t0 = performance.now();
  const d = draft(text, meta, gazetteer);
  const ms = performance.now() - t0;
  const dNames = new Map(d.asserters.map((a) => [a.id, a.name]));
  // A district placed at its town says so in its source: it counts as that town.
  const dPlaces = new Map<string, { id: string; name: string; town?: string }>(
    [...gazetteer.places.filter((p) => p.project), ...d.places].map((p) => [
      p.id,
      { id: p.id, name: p.name, town: p.source.match(/^Placed at the point of (.+?) \(/)?.[1] },
    ]),
  );
  const handC = compared(
    text,
    hand.claims,
    (id) => asserters.get(id)?.name ?? id,
    (id) => events.get(id) as EventInput,
    (id) => places.get(id) ?? { id, name: id },
  );
  const draftC = compared(
    text,
    d.claims,
    (id) => dNames.get(id) ?? id,
    (id) => d.events.find((e) => e.id === id) as EventInput,
    (id) => dPlaces.get(id) ?? { id, name: id },
  );
  const s = compare(handC, draftC);
  const checked = check(draftCorpus(d, text, meta, gazetteer), { coverage: 'measure' });
  const errors = checked.problems.filter((p) => p.severity === 'error');
  rows.push(row(r.id, s, String(errors.length), `${checked.checked.coverage[0]?.percent ?? 0} %`, ms.toFixed(0)));
  for (const k of Object.keys(total) as (keyof Scores)[]) {
    if (k === 'pairs') total.pairs.push(...s.pairs);
    else total[k] += s[k];
  }
  if (verbose) {
    for (const e of errors) console.log(`  ${r.id} check: ${e.code} ${e.message}`);
    for (const { hand: h, drafted: x } of s.pairs) {
      const diff = [
        h.chain.join(' › ') !== x.chain.join(' › ') && `chain: hand ${h.chain.join(' › ')} | draft ${x.chain.join(' › ')}`,
        h.stance !== x.stance && `stance: hand ${h.stance} | draft ${x.stance}`,
        h.said !== x.said && `said: hand ${h.said} | draft ${x.said}`,
        !(h.when.start <= x.when.end && x.when.start <= h.when.end) &&
          `date: hand ${h.when.start}..${h.when.end} | draft ${x.when.start}..${x.when.end}`,
        (h.place?.id ?? null) !== (x.place?.id ?? null) && `place: hand ${h.place?.id ?? '–'} | draft ${x.place?.id ?? '–'}`,
      ].filter(Boolean);
      if (diff.length)
        console.log(`  ${h.id} ~ ${x.id} "${text.slice(h.start, Math.min(h.end, h.start + 60))}…"\n    ${diff.join('\n    ')}`);
    }
    const unmatched = handC.filter((h) => !s.pairs.some((p) => p.hand === h));
    for (const h of unmatched) console.log(`  ${h.id} unmatched: "${text.slice(h.start, h.end).slice(0, 80)}"`);
  }
}
rows.push(row('all', total, '', '', ''));
const head = [
  'report',
  'hand',
  'draft',
  'precision',
  'recall',
  'chain =',
  'chain ~',
  'innermost',
  'stance',
  'said',
  'date ∩',
  'place',
  'check errors',
  'coverage',
  'ms',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
console.log(
  '\nchain =: every name equal (case, articles, "U.S."/"United States" aside); chain ~: names equal up to wording ("defense officials" ~ "U.S. defense officials");',
);
console.log(
  'date ∩: the event dates overlap; said: equal; place: same id or name. Percentages of matched claims. check errors: check() on draft + report, coverage measured.',
);
const dated = total.pairs.filter((p) => !('note' in p.drafted.when && String(p.drafted.when.note).startsWith('No date in the text')));
const datedOk = dated.filter(({ hand: h, drafted: x }) => h.when.start <= x.when.end && x.when.start <= h.when.end).length;
console.log(
  `matched one to one: ${total.pairs.length} of ${total.hand} hand claims (a drafted claim that spans two hand claims matches both for recall, one for the other columns).`,
);
console.log(
  `date ∩ counting only events dated from the text (not the week-before-publication guess): ${datedOk}/${dated.length} = ${pct(datedOk, dated.length).trim()}.`,
);

// Reports written for the bench, annotated by hand: the set tuned on, and the set kept aside.
const setRow = (name: string, s: SetScores) =>
  `| ${name.padEnd(8)} | ${String(s.claims).padStart(6)} | ${pct(s.found, s.claims)} | ${pct(s.innermost, s.found)}     | ${pct(s.chainExact, s.found)}   | ${pct(s.stance, s.found)} | ${pct(s.placed, s.towns)} (${s.placed}/${s.towns}) |`;
console.log('\nReports written for the bench (bench/drafter-set): percentages of hand claims found; places of claims with a hand town.');
console.log('| set      | claims | found  | innermost | chain = | stance | places as towns |');
console.log('|----------|--------|--------|-----------|---------|--------|-----------------|');
for (const set of ['tune', 'held-out']) {
  const s = scoreSet(fileURLToPath(new URL(`./drafter-set/${set}`, import.meta.url)), gazetteer);
  console.log(setRow(set, s));
  // The held-out set's misses only on request, so that tuning does not read them.
  if (verbose && (set === 'tune' || process.argv.includes('--held-out'))) for (const m of s.misses) console.log(`  ${m}`);
}

// Time close to linear in the text: 200,000 characters, repeated and varied, beside the reports' own figure.
const texts = reports.map((r) => corpus.texts[r.file]);
const ownChars = texts.reduce((n, t) => n + t.length, 0);
const t0 = performance.now();
for (const r of reports) draft(corpus.texts[r.file], { outlet: 'Reuters', published: r.published.date }, gazetteer);
const perChar = (performance.now() - t0) / ownChars;
for (const [name, long] of [
  ['repeated', repeatedText(texts[3], 200_000)],
  ['varied', variedText(texts, 200_000)],
] as const) {
  const t = performance.now();
  const d = draft(long, { outlet: 'Reuters', published: '2015-03-02' }, gazetteer);
  const s = (performance.now() - t) / 1000;
  console.log(
    `speed: ${long.length.toLocaleString('en')} characters of ${name} text: ${s.toFixed(2)} s, ${d.claims.length} claims (${(s / ((perChar * long.length) / 1000)).toFixed(1)}× the time the four reports' rate predicts)`,
  );
}
