/**
 * A deterministic synthetic map of any size, in the app's own format and valid under the shared
 * checks, for benchmarks and scale tests: `events` events over `places` places (a few busy ones,
 * many quiet ones, as real archives are), two years of dates (most to the day, some ranges and
 * months), one claim each in one of a few outlets' reports. The same arguments give the same bytes.
 */
import { prng } from './prng.ts';
import { check } from '../check/check.ts';
import { compile } from '../compile/compile.ts';
import type { MapData } from '../model/contract.ts';
import type { Corpus } from '../model/corpus.ts';

const FIRST = [
  'Tal',
  'Ain',
  'Qasr',
  'Bir',
  'Jisr',
  'Deir',
  'Khan',
  'Ras',
  'Umm',
  'Abu',
  'Kafr',
  'Beit',
  'Sheikh',
  'Wadi',
  'Nahr',
  'Jabal',
  'Mazraat',
  'Hammam',
  'Qalaat',
  'Zahr',
];
const SECOND = [
  'Hamra',
  'Abyad',
  'Kabir',
  'Saghir',
  'Jadid',
  'Qadim',
  'Sharqi',
  'Gharbi',
  'Aswad',
  'Akhdar',
  'Zarqa',
  'Ruman',
  'Tin',
  'Zeit',
  'Nakhl',
  'Milh',
  'Hajar',
  'Ramla',
  'Sahl',
  'Bayda',
  'Safa',
  'Nur',
  'Karam',
  'Ward',
  'Samak',
];
const OUTLETS = [
  'The Morning Wire',
  'Northern Dispatch',
  'Valley Herald',
  'Gulf Ledger',
  'Frontier Post',
  'River Times',
  'Desert Courier',
  'Capital Observer',
];
const SOURCES = ['local officials', 'a police spokesman', 'residents', 'a military statement', 'an activist group', 'hospital staff'];
const DEEDS = [
  'shelling hit',
  'clashes broke out in',
  'an air strike hit',
  'a convoy was ambushed near',
  'a checkpoint was attacked in',
  'protesters gathered in',
];
const DAY = 86_400_000;

export interface SyntheticOptions {
  events: number;
  places: number;
  seed?: number;
  /** First day of the data (default 2014-01-01); the data spans two years. */
  start?: string;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function syntheticCorpus({ events, places, seed = 1, start = '2014-01-01' }: SyntheticOptions): Corpus {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const w = String(Math.max(events, places)).length;
  const placeRows = Array.from({ length: places }, (_, i) => {
    const base = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`;
    const name = i < FIRST.length * SECOND.length ? base : `${base} ${Math.floor(i / (FIRST.length * SECOND.length)) + 1}`;
    // Spread over Syria and Iraq, denser towards the middle.
    const lng = 36 + (12 * (random() + random())) / 2;
    const lat = 30.5 + (7 * (random() + random())) / 2;
    return {
      id: `p${pad(i, w)}`,
      name,
      lngLat: [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4],
      precision: 'city',
      geonames: null,
      source: 'Synthetic.',
    };
  });
  const t0 = Date.parse(`${start}T00:00:00Z`);
  const texts: Record<string, string[]> = {};
  const offsets: Record<string, number> = {};
  const claims: Record<string, unknown[]> = {};
  const eventRows = Array.from({ length: events }, (_, i) => {
    // A few busy places, many quiet ones: the square of a uniform draw favours low indexes.
    const place = placeRows[events === places ? i : Math.floor(random() ** 2 * places)];
    const day = t0 + Math.floor(random() * 730) * DAY;
    const r = random();
    const when =
      r < 0.7
        ? { start: iso(day), end: iso(day), precision: 'day', basis: 'explicit', note: 'Dated in the report.' }
        : r < 0.9
          ? {
              start: iso(day),
              end: iso(day + (1 + Math.floor(random() * 9)) * DAY),
              precision: 'range',
              basis: 'context',
              note: 'A span of days.',
            }
          : (() => {
              const d = new Date(day);
              const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
              const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
              return { start: iso(first), end: iso(last), precision: 'month', basis: 'context', note: 'Sometime that month.' };
            })();
    const outlet = pick(OUTLETS);
    const report = `r${OUTLETS.indexOf(outlet)}`;
    const source = pick(SOURCES);
    const sentence = `${source[0].toUpperCase()}${source.slice(1)} said ${pick(DEEDS)} ${place.name} on ${when.start}.`;
    (texts[report] ??= []).push(sentence);
    const at = offsets[report] ?? 0;
    offsets[report] = at + sentence.length + 1;
    const id = `e${pad(i, w)}`;
    (claims[report] ??= []).push({
      id: `c${pad(i, w)}`,
      quote: sentence,
      start: at,
      event: id,
      asserters: [`o${report.slice(1)}`, `s${SOURCES.indexOf(source)}`],
      cue: 'said',
      stance: 'attributed',
      said: when.end,
    });
    return {
      id,
      title: `${sentence
        .split(' said ')[1]
        .split(' on ')[0]
        .replace(/^./, (c) => c.toUpperCase())}`,
      summary: sentence,
      place: place.id,
      when,
    };
  });
  const reports = Object.keys(texts).sort();
  return {
    info: {
      title: `Synthetic: ${events.toLocaleString('en')} events, ${places.toLocaleString('en')} places`,
      description: `A generated map for measuring (seed ${seed}).`,
      credits: ['events: generated'],
      vocabularies: { affiliation: [{ id: 'independent-media', label: 'Independent media', short: 'media' }] },
    },
    reports: reports.map((id) => ({
      id,
      file: `reports/${id}.txt`,
      outlet_asserter: `o${id.slice(1)}`,
      outlet: { value: OUTLETS[Number(id.slice(1))], status: 'confirmed', note: 'Generated.' },
      title: { value: null, status: 'unknown', note: 'Generated.' },
      author: { value: null, status: 'unknown', note: 'Generated.' },
      published: { date: start, status: 'inferred', note: 'Generated.' },
      url: { value: null, status: 'unknown', note: 'Generated.' },
    })),
    texts: Object.fromEntries(reports.map((id) => [`reports/${id}.txt`, texts[id].join('\n')])),
    places: placeRows,
    asserters: [
      ...OUTLETS.map((name, i) => ({ id: `o${i}`, name, kind: 'outlet', affiliation: 'independent-media' })),
      ...SOURCES.map((name, i) => ({
        id: `s${i}`,
        name: name[0].toUpperCase() + name.slice(1),
        kind: 'anonymous-official',
        affiliation: 'unknown',
      })),
    ],
    events: eventRows,
    annotations: reports.map((id) => ({ report: id, claims: claims[id] })),
    tours: [],
  };
}

/** The synthetic map, checked and compiled: throws if the generator ever writes something invalid. */
export function syntheticMap(options: SyntheticOptions): MapData {
  const { problems, checked } = check(syntheticCorpus(options), { coverage: 'skip' });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new Error(
      `synthetic data failed the checks: ${errors
        .slice(0, 3)
        .map((p) => `${p.code} ${p.where}: ${p.message}`)
        .join('; ')}`,
    );
  return compile(checked);
}
