/**
 * How geo/gazetteer/world-towns.tsv is cut from GeoNames' cities1000: which towns, which of their
 * other names, how precise their points. Pure (rows in, text out), so that make-world.ts writes the
 * chosen cut and scripts/measure-world.ts can weigh others against it (size against places found).
 *
 * One town a line, most populous first (an ambiguous name means its largest town):
 *   name  TAB  keys  TAB  lng  TAB  lat  TAB  geonameid  TAB  country code  [TAB  d (a district)]
 * `keys` are the folded forms (fold() in geo/core/draft/text.ts) of its other names, `|`-separated;
 * geo/core/draft/world.ts reads it.
 */
import { fold } from '../core/draft/text.ts';
import type { Box } from '../basemap/clip.ts';

/** The columns of a GeoNames dump that the cut reads. */
const ID = 0;
const NAME = 1;
const ASCII = 2;
const ALTERNATES = 3;
const LAT = 4;
const LNG = 5;
const CLASS = 6;
const CODE = 7;
const COUNTRY = 8;
const POPULATION = 14;

export interface WorldCut {
  /** Towns of this many people or more, anywhere in the world. */
  minPopulation: number;
  /** Every town inside this box [west, south, east, north], whatever its size: where the map's data is. */
  region?: Box;
  /** Also capitals and seats of first-level divisions (PPLC, PPLA), whatever their size: GeoNames gives many of them 0 people. */
  seats?: boolean;
  /**
   * Which of a town's alternate names become keys: `first` the first few of GeoNames' list (as the
   * file was first made), `alike` those that sound like its name (transliterations: Deir Hafer for
   * Dayr Ḩāfir, Beiji for Bayjī), `all`, or `none`. GeoNames' ASCII form and the hand-made
   * aliases (aliases.ts) are always keys.
   */
  alternates: 'first' | 'alike' | 'all' | 'none';
  /** Alternate names are read for towns of this many people or more (and for every town of the region). */
  alternatesFrom: number;
  /** Decimals of the points: 3 is about 100 m, 2 about 1 km. */
  decimals: number;
  /**
   * Leave out what the drafter can never match: a key a more populous town already has, and a
   * town whose every name is taken (the drafter reads a name as its most populous town).
   */
  reachableOnly: boolean;
  /** Leave out alternate names with no capital letter: GeoNames' automatic transliterations of non-Latin names. */
  capitalisedOnly?: boolean;
}

/** The file as first committed (138,398 towns, 5.6 MB): kept to measure against. */
export const FIRST_CUT: WorldCut = { minPopulation: 0, alternates: 'first', alternatesFrom: 15_000, decimals: 3, reachableOnly: false };

const LATIN = /^[\p{Script=Latin}\p{N}\s'’‘`.,()-]+$/u;
/** At most this many keys a town: the first cut took GeoNames' first six (in its own order). */
const MAX_KEYS = 6;

/**
 * What transliterations of one name share: its consonants without an article or "city", doubled
 * letters once, the letters transliterations swap made one (Dayr Ḩāfir, Deir Hafer → drfr;
 * Luhans’k, Lugansk → lnsk; Ashqelon, Ashkelon → skln; Al Mukallā, Mukalla → mkl).
 */
export function consonants(folded: string): string {
  return folded
    .replace(/^(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez|the) /, '')
    .replace(/ city$/, '')
    .replace(/[qc]/g, 'k')
    .replace(/[aeiouyjhwg\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

const inBox = ([w, s, e, n]: Box, lng: number, lat: number) => lng >= w && lng <= e && lat >= s && lat <= n;

/** The world gazetteer's text from GeoNames rows (cities1000.txt split at tabs), with hand-made spellings by GeoNames id. */
export function worldTowns(rows: readonly string[][], cut: WorldCut, aliases: Record<number, string[]> = {}): string {
  const towns = rows
    .filter((c) => c.length > POPULATION && c[CLASS] === 'P')
    .map((c) => ({ c, population: Number(c[POPULATION]), id: Number(c[ID]) }))
    .sort((a, b) => b.population - a.population || a.id - b.id);
  const round = (x: number) => String(Math.round(x * 10 ** cut.decimals) / 10 ** cut.decimals);
  const taken = new Set<string>();
  const lines: string[] = [];
  for (const { c, id, population } of towns) {
    const [lng, lat] = [Number(c[LNG]), Number(c[LAT])];
    const regional = !!cut.region && inBox(cut.region, lng, lat);
    const seat = !!cut.seats && (c[CODE] === 'PPLC' || c[CODE] === 'PPLA');
    if (population < cut.minPopulation && !regional && !seat && !aliases[id]) continue;
    const name = c[NAME];
    const own = fold(name);
    const sound = consonants(own);
    const latin = (names: string[]) => names.filter((n) => n && LATIN.test(n)).map(fold);
    const read = cut.alternates !== 'none' && (population >= cut.alternatesFrom || regional);
    // A name with no capital letter is GeoNames' automatic transliteration of a non-Latin name
    // ("dyr hafr" for دير حافر, "ka er ba la"): no report writes it.
    const alternates = read ? latin(c[ALTERNATES].split(',').filter((n) => !cut.capitalisedOnly || /\p{Lu}/u.test(n))) : [];
    const kept = cut.alternates === 'alike' ? alternates.filter((k) => consonants(k) === sound) : alternates;
    // GeoNames' ASCII form first (ß, Æ and Ø fold to other letters), then the hand-made spellings.
    const candidates = [...new Set([...latin([c[ASCII]]), ...(aliases[id] ?? []).map(fold), ...kept])].filter(
      (k) => k !== own && (k.length >= 4 || k.includes(' ')),
    );
    let keys = cut.alternates === 'first' ? candidates.slice(0, MAX_KEYS) : candidates;
    if (cut.reachableOnly) {
      keys = keys.filter((k) => !taken.has(k));
      if (taken.has(own) && keys.length === 0) continue;
    }
    for (const k of [own, ...keys]) taken.add(k);
    const cells = [name, keys.join('|'), round(lng), round(lat), String(id), c[COUNTRY]];
    lines.push((c[CODE] === 'PPLX' ? [...cells, 'd'] : cells).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
