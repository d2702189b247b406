/**
 * Place names in the text, matched against the gazetteer whatever their accents and hyphens
 * ("Deir a-Zor", "Tikrīt"), longest name first. A name after "in", "near", "the town of" counts
 * as where something happened; "Iraq’s" or "Iranian" do not. Capitalised names in such places
 * that no gazetteer knows are listed as unknown, and never given coordinates.
 */
import { ARMED, BODIES, OUTLET_WORDS } from './lexicon.ts';
import { fold, slug, words, type Token } from './text.ts';
import type { Gazetteer, GazetteerPlace } from './types.ts';

export interface PlaceMention {
  place: GazetteerPlace;
  /** The spelling in the text. */
  text: string;
  start: number;
  end: number;
  /** 2 after "in", "near", "at"…; 1 after "of", "from", "to"; 0 otherwise (an actor, "Iraq’s"). */
  score: number;
  /** Named as a landmark for somewhere else: "south of X", "the outskirts of X". */
  beside?: boolean;
}

/** Where an unknown capitalised name reads as a place: "in X", "near X", "X province". */
const STRICT = new Set([
  'in',
  'near',
  'at',
  'outside',
  'around',
  'across',
  'into',
  'inside',
  'towards',
  'toward',
  'through',
  'within',
  'throughout',
]);
/** Words before a known place's name that make it a place reference: the strict ones and a few looser. */
const LOCATIVE = new Set([...STRICT, 'over', 'on', 'for', 'between', 'off', 'beyond', 'under', 'north', 'south', 'east', 'west']);
const FUNCTION = new Set([
  ...STRICT,
  'the',
  'a',
  'an',
  'on',
  'of',
  'for',
  'to',
  'from',
  'by',
  'with',
  'and',
  'but',
  'this',
  'that',
  'as',
  'after',
  'before',
  'while',
  'when',
  'if',
  'since',
  'over',
  'under',
  'then',
  'there',
  'here',
]);
const WEAK = new Set(['of', 'to', 'and']);
/** Verbs whose object is where it happened: "seized Baiji", "entered Luhansk", "shelled Donetsk". */
const TAKES_PLACE = new Set([
  // Headlines' present tense too: "Boko Haram seizes Monguno", "forces liberate Baiji refinery".
  ...[
    'enter',
    'reach',
    'seize',
    'capture',
    'recapture',
    'retake',
    'shell',
    'attack',
    'bomb',
    'besiege',
    'storm',
    'overrun',
    'liberate',
    'surround',
    'encircle',
  ].flatMap((v) => [v, v.endsWith('h') ? `${v}es` : `${v}s`]),
  'entered',
  'reached',
  'seized',
  'captured',
  'recaptured',
  'retook',
  'shelled',
  'attacked',
  'struck',
  'bombed',
  'besieged',
  'stormed',
  'overran',
  'liberated',
  'surrounded',
  'encircled',
  'evacuated',
  'fled',
]);
const AREA = new Set([
  'town',
  'city',
  'village',
  'province',
  'district',
  'region',
  'area',
  'governorate',
  'outskirts',
  'siege',
  'battle',
  'capital',
  'port',
  'suburb',
  'centre',
  'center',
  'heart',
  'streets',
  'base',
  'border',
  'areas',
  'parts',
  'state',
  'county',
  'stronghold',
  'bastion',
]);
/** Words a town's name follows as its description: "the former U.S. base Speicher", "the town Monguno". */
const NAMED_AS = new Set(['base', 'town', 'city', 'village', 'camp', 'district', 'province', 'stronghold']);
/** Gazetteer names that are also English words or common first names, matched only in place. */
const COMMON = new Set([
  'hit',
  'ana',
  'tall',
  'bab',
  'sine',
  'tuz',
  'duma',
  'kut',
  'fao',
  'balad',
  'chad',
  'jordan',
  'georgia',
  'turkey',
  'niger',
  'guinea',
]);
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|These|Those|He|She|It|They|We|I)$/;
const PEOPLES =
  /^(?:Welsh|Dutch|French|Swiss|Greek|Thai|Afghans?|Pakistanis?|Saudis?|Qataris?|Omanis?|Yemenis?|Emiratis?|Kuwaitis?|Sunnis?|Shias?|Shiites?|Kurds?|Kurdish|Arabs?|Yazidis?|Christians?|Muslims?|Alawites?|Druze|Turkmen|Western|Islamist|Islamic|Jihadi|Iraqis?|Syrians?|Israelis?|\p{Lu}\p{Ll}+(?:ian|ians|ese|ish))$/u;
const ORG_WORDS =
  /\b(?:Council|Institute|University|Ministry|Department|Command|Foundation|Center|Centre|Committee|Agency|Office|House|Court|Party|Army|Forces|Guards?|Summit|Conference|Relations|Affairs|Front|Brigades?|Division|Corps|Company|Group|Organization|Organisation)\b/;

/** Words after a name that make it a district of the town named next: "the Karrada district of Baghdad". */
const QUARTERS = new Set(['district', 'neighbourhood', 'neighborhood', 'quarter', 'suburb', 'area', 'sector']);

type Entry = { place: GazetteerPlace; weak: boolean; world?: boolean };

export class PlaceIndex {
  private names = new Map<string, Entry>();
  private world: Gazetteer['world'];

  constructor(gazetteer: Gazetteer) {
    this.world = gazetteer.world;
    for (const place of gazetteer.places) {
      for (const n of [place.name, ...(place.aka ?? [])]) if (!this.names.has(fold(n))) this.names.set(fold(n), { place, weak: false });
      for (const n of place.weak ?? []) if (!this.names.has(fold(n))) this.names.set(fold(n), { place, weak: true });
    }
  }

  has(name: string): boolean {
    return this.names.has(fold(name));
  }

  /** The place a name means, wherever it stands (a dateline's town): the gazetteers in order. */
  named(name: string): GazetteerPlace | undefined {
    return worldName(name) || this.names.has(fold(name)) ? this.lookup(fold(name))?.place : undefined;
  }

  /** A name's entry: the project's and the regional gazetteer's first, else a world town (matched only in place). */
  private lookup(folded: string): Entry | undefined {
    const known = this.names.get(folded);
    if (known) return known;
    const town = this.world?.get(folded);
    return town ? { place: town, weak: true, world: true } : undefined;
  }

  /** Place mentions in text[from..to), absolute offsets. */
  find(text: string, from: number, to: number): PlaceMention[] {
    const tokens = words(text.slice(from, to), from);
    const out: PlaceMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}|^(?:al|el|ad|ar|as|an|at|az)-\p{Lu}/u.test(tokens[i].text)) continue;
      let best: { j: number; hit: Entry } | null = null;
      for (let j = i; j < Math.min(tokens.length, i + 6); j++) {
        const name = text.slice(tokens[i].start, tokens[j].end).replace(/['’]s$/, '');
        const hit = j > i && !/^ $/.test(text.slice(tokens[j - 1].end, tokens[j].start)) ? undefined : this.lookup(fold(name));
        // A world town only as a whole name: not "Al" of "Al Qaeda", not a two-letter word.
        const whole = !/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') || !/^ $/.test(text.slice(tokens[j].end, tokens[j + 1]?.start ?? 0));
        if (hit && !(hit.world && (!worldName(name) || !whole || fold(name).length < 4))) best = { j, hit };
      }
      if (!best) continue;
      const quarter = QUARTERS.has(tokens[best.j + 1]?.text.toLowerCase() ?? '');
      // "in northern Iraq", "in east Ukraine": a region of a country, less sure a scene than a town.
      const region = best.hit.place.precision === 'country' && REGIONAL.has(tokens[i - 1]?.text.toLowerCase() ?? '');
      const score = Math.min(Math.max(scoreAt(tokens, i, text), quarter ? 2 : 0), region ? 1 : 2);
      const single = best.j === i && COMMON.has(fold(tokens[i].text));
      if ((best.hit.weak || single) && score < 2) continue;
      // "the Karrada district of Baghdad": the district, placed at its town.
      const town = quarter && tokens[best.j + 2]?.text.toLowerCase() === 'of' ? tokens[best.j + 3] : undefined;
      const within = town && /^\p{Lu}/u.test(town.text) ? this.lookup(fold(town.text)) : undefined;
      if (within && within.place.precision !== 'country') {
        const name = text.slice(tokens[i].start, tokens[best.j].end);
        out.push({
          place: districtOf(name, within.place, town?.text),
          text: name,
          start: tokens[i].start,
          end: tokens[best.j].end,
          score: 2,
        });
        i = best.j + 3;
        continue;
      }
      // "Washington D.C.-based", "the New York Times": part of another name, not where anything happened.
      if (/^-\p{L}/u.test(text.slice(tokens[best.j].end, tokens[best.j].end + 2)) || OUTLET_WORDS.test(tokens[best.j + 1]?.text ?? ''))
        continue;
      // "near Hit." ends the sentence: the full stop is not the name's.
      const cut = /['’]s$/.test(tokens[best.j].text) ? 2 : /[^.]\.$/.test(tokens[best.j].text) && !/\.$/.test(best.hit.place.name) ? 1 : 0;
      const end = tokens[best.j].end - cut;
      const beside = tokens[i - 1]?.text.toLowerCase() === 'of' && BESIDE.has(tokens[i - 2]?.text.toLowerCase() ?? '');
      out.push({
        place: best.hit.place,
        text: text.slice(tokens[i].start, end),
        start: tokens[i].start,
        end,
        score: /['’]s$/.test(tokens[best.j].text) ? (townsOwn(best.hit.place, tokens, best.j) ? 2 : 0) : score,
        ...(beside ? { beside } : {}),
      });
      i = best.j;
    }
    return out;
  }

  /** Capitalised names standing where places stand ("in X", "the town of X", "X province") that no gazetteer knows. */
  unknown(text: string, from: number, to: number, known: PlaceMention[], districts: PlaceMention[] = []): string[] {
    const tokens = words(text.slice(from, to), from);
    const out: string[] = [];
    // Inside a known mention: swept in text order (the furthest end of the mentions begun so far),
    // not searched among all of them for every word, which a long sentence made quadratic.
    const byStart = [...known].sort((a, b) => a.start - b.start);
    let next = 0;
    let reach = -Infinity;
    const inKnown = (at: number) => {
      while (next < byStart.length && byStart[next].start <= at) reach = Math.max(reach, byStart[next++].end);
      return at < reach;
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i].text) || NOT_PLACES.test(tokens[i].text) || FUNCTION.has(tokens[i].text.toLowerCase())) continue;
      if (inKnown(tokens[i].start)) continue;
      let j = i;
      while (
        j + 1 < tokens.length &&
        /^\p{Lu}|^(?:al|el|ad|ar|as|an|at|az)-/u.test(tokens[j + 1].text) &&
        !NOT_PLACES.test(tokens[j + 1].text) &&
        text.slice(tokens[j].end, tokens[j + 1].start) === ' '
      )
        j++;
      if (/['’]s$/.test(tokens[j].text)) {
        i = j;
        continue;
      }
      const name = text.slice(tokens[i].start, tokens[j].end);
      const next = tokens[j + 1]?.text.toLowerCase() ?? '';
      const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
      const placeLike =
        (STRICT.has(prev) ||
          AREA.has(prev) ||
          (prev === 'the' && STRICT.has(tokens[i - 2]?.text.toLowerCase() ?? '')) ||
          AREA.has(next) ||
          (prev === 'of' && AREA.has(tokens[i - 2]?.text.toLowerCase() ?? ''))) &&
        next !== 'of';
      const adjective =
        i === j &&
        /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') &&
        !AREA.has(next) &&
        !STRICT.has(prev) &&
        !AREA.has(prev) &&
        !/,/.test(text.slice(tokens[j].end, tokens[j + 1]?.start ?? tokens[j].end));
      if (
        placeLike &&
        !adjective &&
        !PEOPLES.test(name) &&
        !NOT_PLACES.test(name) &&
        !ORG_WORDS.test(name) &&
        !BODIES.test(name) &&
        !ARMED.test(name) &&
        !OUTLET_WORDS.test(name) &&
        !this.has(name) &&
        !this.lookup(fold(name)) &&
        !/^\p{Lu}+$/u.test(name)
      ) {
        // "the Karrada district of Baghdad", a district no gazetteer has: placed at its town.
        const of = tokens[j + 2]?.text.toLowerCase() === 'of' && QUARTERS.has(next) ? tokens[j + 3] : undefined;
        const town = of ? this.lookup(fold(of.text)) : undefined;
        if (of && town && town.place.precision !== 'country')
          districts.push({
            place: districtOf(name, town.place, of.text),
            text: name,
            start: tokens[i].start,
            end: tokens[j].end,
            score: 2,
          });
        else out.push(name);
      }
      i = j;
    }
    return out;
  }
}

/** A name the world gazetteer may match: not a word that opens sentences, a people, a month or a body. */
function worldName(name: string): boolean {
  return (
    !NOT_PLACES.test(name) &&
    !FUNCTION.has(name.toLowerCase()) &&
    !PEOPLES.test(name) &&
    !ORG_WORDS.test(name) &&
    !BODIES.test(name) &&
    !ARMED.test(name) &&
    !OUTLET_WORDS.test(name) &&
    !/^\p{Lu}+$/u.test(name)
  );
}

/** A district or neighbourhood no gazetteer has, at its town's point, its precision saying so. */
export function districtOf(name: string, town: GazetteerPlace, spelled = town.name): GazetteerPlace {
  return {
    id: `${town.id}-${slug(name)}`,
    name,
    lngLat: town.lngLat,
    precision: 'district',
    geonames: null,
    town: spelled,
    source: `Placed at the point of ${spelled} (${town.source.replace(/\.$/, '')}): the district itself is in no gazetteer; move it when known.`,
  };
}

/** Nouns a town's possessive names a part of: "Sanaa's al-Hassaba neighbourhood", "Mosul's airport". */
const PARTS = new Set([
  ...QUARTERS,
  'neighbourhoods',
  'neighborhoods',
  'districts',
  'street',
  'streets',
  'road',
  'airport',
  'square',
  'market',
  'bridge',
  'hospital',
  'university',
  'outskirts',
  'suburbs',
  'centre',
  'center',
  'port',
  'old',
  'city',
  'citadel',
  'prison',
]);

/** "Sanaa's central Zubeiri Street": a town (not a country: "Iraq's army" is an actor) and a part of it. */
function townsOwn(place: GazetteerPlace, tokens: Token[], j: number): boolean {
  if (place.precision === 'country' || place.precision === 'province') return false;
  return tokens.slice(j + 1, j + 5).some((t) => PARTS.has(t.text.toLowerCase().replace(/[.,;:]$/, '')));
}

/** Words before a country's name that make it a region of the country. */
const REGIONAL = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/** Words before "of X" that put something at X or right by it. */
const BESIDE = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'part',
  'parts',
  'edge',
  'edges',
  'side',
  'centre',
  'center',
  'outside',
]);

/** How surely the name at token i is where something happened, from the words before it. */
function scoreAt(tokens: Token[], i: number, text: string): number {
  let k = i - 1;
  while (
    k >= 0 &&
    ['the', 'a', 'northern', 'southern', 'eastern', 'western', 'central', 'nearby', 'besieged', 'city', 'town'].includes(
      tokens[k].text.toLowerCase(),
    )
  )
    k--;
  const prev = tokens[k]?.text.toLowerCase() ?? '';
  if (k >= 0 && /[,;:.]\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start)) && k + 1 === i) return 0;
  // "retreating toward Tal Abyad": where they go, not where it happens.
  if (prev === 'toward' || prev === 'towards') return 0;
  // "villages south of Kobani", "the eastern part of Kobani": there, or right by it.
  if (prev === 'of' && BESIDE.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return 2;
  // "seized Baiji", "liberated the Baiji oil refinery".
  if (LOCATIVE.has(prev) || (TAKES_PLACE.has(prev) && (k === i - 1 || (k === i - 2 && tokens[i - 1].text === 'the')))) return 2;
  if (prev === 'of' && AREA.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return 2;
  if (NAMED_AS.has(prev) && k === i - 1) return 2;
  if (WEAK.has(prev) || AREA.has(prev)) return 1;
  return 0;
}
