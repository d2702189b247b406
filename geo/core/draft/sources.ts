/**
 * What a source phrase names: a person, an outlet, a body, a group, unnamed reports or officials,
 * or a word that points back ("he", "the advisor", "the newspaper"). The kind and affiliation are
 * guesses from the words alone, for a reviewer to confirm; a phrase that names no one is null.
 */
import type { AsserterKind } from '../model/vocab.ts';
import {
  AFFILIATIONS,
  ANALYSTS,
  ARMED,
  BODIES,
  DOCUMENTS,
  MILITIA,
  OUTLET_NOUNS,
  OUTLET_WORDS,
  OUTLETS,
  REPORT_NOUNS,
  SOURCE_HEADS,
  TITLES,
} from './lexicon.ts';
import { fold } from './text.ts';

export interface Described {
  name: string;
  kind: AsserterKind;
  affiliation: string;
  plural: boolean;
  /** A person's last name, to find "Clapper" again after "James Clapper". */
  lastName?: string;
  note?: string;
}

const NAMED_BODIES =
  /\b(?:Observatory|Organization|Organisation|Federation|Human Rights Watch|Amnesty International|Red Cross|Red Crescent|Doctors Without Borders|General Command)\b/;

export type Source = { refers: 'he' | 'they' | 'it' | 'outlet' | string } | Described;

const PERSON_HEADS =
  /\b(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson|advisor|advisors|adviser|advisers|diplomat|diplomats|aide|aides|officer|officers|commander|commanders|minister|analyst|analysts|expert|experts|witnesses|eyewitnesses|residents|loyalists|supporters|activists|villagers|medics|doctors|tribesmen|locals|survivors)(?=\s+(?:to|of|at|for|with|in|from|on)\b|$)/i;
/** Capitalised words before a name that are not a given name: a title's last word, a people, a body. */
const NOT_GIVEN =
  /^(?:State|Defen[cs]e|Foreign|Interior|Army|Navy|Air|Force|Marine|Guard|House|Senate|Council|Ministry|Department|Command|Pentagon|U\.S\.|UN|EU|NATO|CIA|FBI|Gen\.?|Col\.?|Sgt\.?|Lt\.?|Capt\.?|Maj\.?|Adm\.?|Brig\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|\p{Lu}\p{Ll}+(?:an|ese|ish)|\p{Lu}\p{Ll}{3,}i)$/u;
/** The last word of a title that sits before a person's name: "Houthi leader", "rebel commander". */
const LEADS = /(?:^|\s)(?:leader|chief|commander|spokesman|spokeswoman|spokesperson|head|founder|cleric|emir|official)$/i;
const GENERIC = /^(?:the|a|an|one|two|three|four|five|several|some|many|another|\d+)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}{3,}$/iu;
const DATES =
  /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|tonight|tomorrow)\b/i;
const PARTICLES = new Set(['al', 'al-', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'el', 'da', 'der', 'la', 'le', 'del']);
const KNOWN = new Map<string, string>();
for (const o of OUTLETS) {
  const key = fold(o).replace(/^the /, '');
  if (!KNOWN.has(key) || o.startsWith('The ')) KNOWN.set(key, o);
}

function affiliation(text: string, kind: AsserterKind): string {
  if (kind === 'outlet')
    return /\b(?:state|public)\b/i.test(text) ? (AFFILIATIONS.find(([re]) => re.test(text))?.[1] ?? 'unknown') : 'independent-media';
  if (kind === 'unnamed-reports') return /\b(?:media|news|press)\b/i.test(text) ? 'independent-media' : 'unknown';
  if (kind === 'armed-group' && /\brebel/i.test(text)) return 'unknown';
  return AFFILIATIONS.find(([re]) => re.test(text))?.[1] ?? 'unknown';
}

/** Common phrases keep their own words, without a capital they only had as the sentence's first word. */
function asName(text: string, proper: boolean): string {
  const t = text.replace(/^(?:and|but|while|though)\s+/i, '').trim();
  if (proper) return t.replace(/^the\s/, 'The ');
  return t.replace(/^(The|A|An|One|Two|Three|Several|Various|Some|Many|Right|Left|Another|Other|Senior|Top|Unnamed)\b/, (w) =>
    w.toLowerCase(),
  );
}

function outlet(text: string): string | null {
  const bare = fold(text).replace(/^the /, '');
  if (KNOWN.has(bare)) return KNOWN.get(bare) ?? null;
  for (const [k, v] of KNOWN) if (bare.endsWith(` ${k}`) && k.length > 3) return v;
  const run = text.match(/(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*/u)?.[0];
  if (run && OUTLET_WORDS.test(run) && !BODIES.test(run)) return (/^the\s/i.test(text) ? `The ${run}` : run).replace(/^The The /, 'The ');
  return null;
}

/** A name at the end of the phrase, after its titles: "Secretary of State [John Kerry]". */
function person(text: string): { name: string; title: string } | null {
  const words = text.split(/\s+/);
  let i = words.length;
  while (
    i > 0 &&
    (/^\p{Lu}|^(?:al|el)-\p{Lu}/u.test(words[i - 1]) || PARTICLES.has(words[i - 1].toLowerCase())) &&
    !TITLES.has(words[i - 1].toLowerCase())
  )
    i--;
  const name = words.slice(i);
  // "Abdul-Malik al-Houthi" is a person although "Houthi" names a group: a name with an Arabic article is one.
  const arabic = name.some((w) => /^(?:al|el)-/.test(w) || PARTICLES.has(w.toLowerCase()));
  if (name.length === 0 || name.length > 4 || BODIES.test(name.join(' ')) || (ARMED.test(name.join(' ')) && !arabic)) return null;
  if (name.length === 1 && i > 0 && !TITLES.has(words[i - 1].toLowerCase())) return null;
  // "Abdul Karim al-Tamimi", "Abu Bakr al-Baghdadi": a name with an Arabic article is kept whole.
  // "Anwar Haji Osman" too; not "State John Kerry" (of "Secretary of State John Kerry") or "Iraqi Haider al-Abadi".
  const whole = PARTICLES.has(name[0].toLowerCase()) || (name.length === 3 && (arabic || !NOT_GIVEN.test(name[0])));
  const full = name.length > 2 && !whole ? name.slice(-2) : name;
  return { name: full.join(' '), title: words.slice(0, words.length - full.length).join(' ') };
}

export function describe(raw: string, isPlace: (name: string) => boolean): Source | null {
  const text = raw.replace(/^(?:and|but|by)\s+/i, '').trim();
  const lower = text.toLowerCase();
  if (DATES.test(text)) return null;
  // "It was not possible to verify Taliban claims": no one.
  if (/^(?:not|no|possible|impossible|unable|hard|difficult)\b/i.test(text)) return null;
  // "an AFP journalist in the city", "a Reuters correspondent": the outlet, whose eyes they are.
  const staff = text.match(/^(?:an?|the)\s+(.+?)\s+(?:journalist|correspondent|reporter|photographer|cameraman|crew|team)s?\b/i);
  if (staff) {
    const o = outlet(staff[1]);
    if (o) return { name: o, kind: 'outlet', affiliation: affiliation(staff[1], 'outlet'), plural: false };
  }
  if (/^(?:he|she)$/.test(lower)) return { refers: 'he' };
  if (lower === 'they') return { refers: 'they' };
  if (lower === 'it') return { refers: 'it' };
  if (
    /^(?:the|that|this)\s+(?:newspaper|paper|report|daily|agency|broadcaster|network|outlet|magazine|website|article|statement)$/.test(
      lower,
    )
  )
    return { refers: 'outlet' };
  const anaphor = text.match(/^(?:[Tt]he|[Tt]hat|[Tt]his)\s+(\p{Ll}+)$/u);
  if (anaphor && SOURCE_HEADS.has(anaphor[1])) return { refers: anaphor[1] };
  const doc = text.match(/^(?:.*?\s)?([\w-]+)\s+(?:from|by|of|in)\s+(.+)$/);
  if (doc && DOCUMENTS.test(doc[1])) return describe(doc[2], isPlace);
  // "a statement issued early Friday by the Kurdistan Region Security Council": who issued it.
  const issued = text.match(/^(?:.*?\s)?([\w-]+)\s+(?:issued|released|published|posted|signed|sent|put out)\b.*?\sby\s+(.+)$/);
  if (issued && DOCUMENTS.test(issued[1])) return describe(issued[2], isPlace);
  const acted = text.match(/^(.+?)\s+(?:released|issued|posted|published|put out|circulated|aired|shared)\s+\S/);
  if (acted) return describe(acted[1], isPlace);
  const out = (name: string, kind: AsserterKind, extra: Partial<Described> = {}): Described => ({
    name,
    kind,
    affiliation: affiliation(text, kind),
    plural: (/s$/.test(name) && !/(?:news|press|us|ss|ISIS)$/i.test(name)) || /\s(?:and|&)\s/.test(name),
    ...extra,
  });
  // "Al Jazeera's Hashem Ahelbarra", "the agency's correspondent Ali Said": the person the outlet
  // or body sent, not the outlet's name.
  const owned = text.match(/^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+((?:\p{Ll}+\s+){0,2}\p{Lu}.*)$/u);
  // "Nigeria's Daily Trust newspaper": the outlet, whose country is only said.
  if (owned && isPlace(owned[1]) && !/^(?:he|she|it)$/i.test(owned[2])) {
    const d = describe(owned[2], isPlace);
    if (d && !('refers' in d) && d.kind === 'outlet') return d;
  }
  if (owned && (outlet(owned[1]) || BODIES.test(owned[1]) || NAMED_BODIES.test(owned[1]))) {
    const q = person(owned[2]);
    if (q && q.name.includes(' ') && !isPlace(q.name)) {
      const d = describe(owned[2], isPlace);
      if (d && !('refers' in d)) return { ...d, note: `Introduced as "${text}".` };
    }
  }
  // "The Defence Headquarters in Abuja": a body, and where it sits.
  const sits = /^(?:[Tt]he\s+)?\p{Lu}/u.test(text) ? text.match(/^(.+?)\s+in\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)$/u) : null;
  if (sits && (BODIES.test(sits[1]) || /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(sits[1]))) {
    const d = describe(sits[1], isPlace);
    if (d && !('refers' in d)) return { ...d, note: `Introduced as "${text}".` };
  }
  // "Houthi leader Abdul-Malik al-Houthi": a person after a title that names a group, not the group.
  const titled = /\p{Lu}/u.test(text) ? person(text) : null;
  if (titled && titled.name.includes(' ') && LEADS.test(titled.title) && !isPlace(titled.name) && !NAMED_BODIES.test(text)) {
    return out(titled.name, ANALYSTS.test(titled.title) ? 'analyst' : 'named-official', {
      plural: false,
      lastName: titled.name.split(' ').pop(),
      note: `Introduced as "${text}".`,
    });
  }
  // "The Syrian Observatory for Human Rights": a body named in full, kept whole ("The Britain-based
  // Syrian Observatory" is the same body).
  if (
    /^(?:[Tt]he\s+)?\p{Lu}/u.test(text) &&
    NAMED_BODIES.test(text) &&
    !/\b(?:official|officials|spokesman|spokeswoman|source|sources)$/i.test(text)
  )
    return out(
      text.replace(/^[Tt]he\s+/, '').replace(/^(?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}.]*-based\s+/u, ''),
      /Observatory|Watch|Amnesty|Human Rights|Red Cross|Red Crescent|Institute/.test(text) ? 'analyst' : 'government-body',
      {
        plural: false,
      },
    );
  const o = outlet(text);
  if (o) return out(o, 'outlet', { plural: false });
  if (OUTLET_NOUNS.test(text) && !/^\p{Lu}/u.test(text.split(' ').pop() ?? ''))
    return out(asName(text, false), 'outlet', { plural: false });
  if (REPORT_NOUNS.test(text) || /\bnews sources$/i.test(text)) return out(asName(text, false), 'unnamed-reports');
  // "Residents in southern province of al-Bayda": who they are; where they are is the claim's place.
  const where = text.match(
    /^((?:[Ll]ocal\s+)?(?:[Rr]esidents|[Ww]itnesses|[Ee]yewitnesses|[Vv]illagers|[Aa]ctivists|[Ll]ocals))\s+(?:in|of|from|at|near)\s+\S.*$/,
  );
  if (where)
    return out(
      where[1].replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
      'anonymous-official',
    );
  if (PERSON_HEADS.test(text)) {
    const kind = MILITIA.test(text) ? 'militia' : ANALYSTS.test(text) ? 'analyst' : 'anonymous-official';
    return out(asName(text, false), kind);
  }
  if (MILITIA.test(text)) return out(asName(text, false), 'militia');
  if (ARMED.test(text))
    return out(asName(text, /^\p{Lu}/u.test(text) && !/rebel|militants|fighters|insurgents|jihadists/.test(text)), 'armed-group');
  const p = /\p{Lu}/u.test(text) ? person(text) : null;
  const named = (q: { name: string; title: string }) => {
    const last = q.name.split(' ').pop();
    const kind = ANALYSTS.test(q.title) ? 'analyst' : 'named-official';
    return out(q.name, kind, { plural: false, lastName: last, ...(q.title ? { note: `Introduced as "${text}".` } : {}) });
  };
  if (p && p.name.includes(' ') && !isPlace(p.name)) return named(p);
  if (ANALYSTS.test(text)) return out(asName(text, true), 'analyst');
  if (BODIES.test(text) || isPlace(text.replace(/^the\s+/i, ''))) return out(asName(text, true), 'government-body', { plural: false });
  if (p && !isPlace(p.name)) return named(p);
  const words = lower.split(/\s+/);
  if (words.some((w) => SOURCE_HEADS.has(w))) return out(asName(text, false), 'anonymous-official');
  // "A senior engineer", "two firefighters": someone unnamed; the kind is a guess to review.
  if (GENERIC.test(text)) return out(asName(text, false), 'anonymous-official', { note: 'Unnamed; the kind is a guess: review it.' });
  return null;
}
