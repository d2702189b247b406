/**
 * Place names in the text, matched against the gazetteer whatever their accents and hyphens
 * ("Deir a-Zor", "Tikrīt"), longest name first. A name after "in", "near", "the town of" counts
 * as where something happened; "Iraq’s" or "Iranian" do not. Capitalised names in such places
 * that no gazetteer knows are listed as unknown, and never given coordinates.
 */
import { ARMED, BODIES, OUTLET_WORDS } from './lexicon.ts';
import { fold, words, type Token } from './text.ts';
import type { Gazetteer, GazetteerPlace } from './types.ts';

export interface PlaceMention {
  place: GazetteerPlace;
  /** The spelling in the text. */
  text: string;
  start: number;
  end: number;
  /** 2 after "in", "near", "at"…; 1 after "of", "from", "to"; 0 otherwise (an actor, "Iraq’s"). */
  score: number;
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
]);
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

export class PlaceIndex {
  private names = new Map<string, { place: GazetteerPlace; weak: boolean }>();

  constructor(gazetteer: Gazetteer) {
    for (const place of gazetteer.places) {
      for (const n of [place.name, ...(place.aka ?? [])]) if (!this.names.has(fold(n))) this.names.set(fold(n), { place, weak: false });
      for (const n of place.weak ?? []) if (!this.names.has(fold(n))) this.names.set(fold(n), { place, weak: true });
    }
  }

  has(name: string): boolean {
    return this.names.has(fold(name));
  }

  /** Place mentions in text[from..to), absolute offsets. */
  find(text: string, from: number, to: number): PlaceMention[] {
    const tokens = words(text.slice(from, to), from);
    const out: PlaceMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}|^(?:al|el|ad|ar|as|an|at|az)-\p{Lu}/u.test(tokens[i].text)) continue;
      let best: { j: number; hit: { place: GazetteerPlace; weak: boolean } } | null = null;
      for (let j = i; j < Math.min(tokens.length, i + 6); j++) {
        const hit = this.names.get(fold(text.slice(tokens[i].start, tokens[j].end).replace(/['’]s$/, '')));
        if (hit) best = { j, hit };
      }
      if (!best) continue;
      const score = scoreAt(tokens, i, text);
      const single = best.j === i && COMMON.has(fold(tokens[i].text));
      if ((best.hit.weak || single) && score < 2) continue;
      // "Washington D.C.-based", "the New York Times": part of another name, not where anything happened.
      if (/^-\p{L}/u.test(text.slice(tokens[best.j].end, tokens[best.j].end + 2)) || OUTLET_WORDS.test(tokens[best.j + 1]?.text ?? ''))
        continue;
      const end = tokens[best.j].end - (/['’]s$/.test(tokens[best.j].text) ? 2 : 0);
      out.push({
        place: best.hit.place,
        text: text.slice(tokens[i].start, end),
        start: tokens[i].start,
        end,
        score: /['’]s$/.test(tokens[best.j].text) ? 0 : score,
      });
      i = best.j;
    }
    return out;
  }

  /** Capitalised names standing where places stand ("in X", "the town of X", "X province") that no gazetteer knows. */
  unknown(text: string, from: number, to: number, known: PlaceMention[]): string[] {
    const tokens = words(text.slice(from, to), from);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i].text) || NOT_PLACES.test(tokens[i].text) || FUNCTION.has(tokens[i].text.toLowerCase())) continue;
      if (known.some((k) => k.start <= tokens[i].start && tokens[i].start < k.end)) continue;
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
        !/^\p{Lu}+$/u.test(name)
      )
        out.push(name);
      i = j;
    }
    return out;
  }
}

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
  if (LOCATIVE.has(prev)) return 2;
  if (prev === 'of' && AREA.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return 2;
  if (WEAK.has(prev) || AREA.has(prev)) return 1;
  return 0;
}
