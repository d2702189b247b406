/**
 * How a draft compares with a person's annotation of the same report: claims matched by their
 * spans (overlapping by at least half of the shorter), then, for each matched pair, the chain of
 * names, the innermost source, the stance, the `said` date, the event's dates and its place.
 * Names are compared as a reader would: "the Wall Street Journal" is "The Wall Street Journal".
 */
import { fold } from './text.ts';

export interface Compared {
  id: string;
  start: number;
  end: number;
  /** Asserter names, outermost first. */
  chain: string[];
  stance: string;
  said: string;
  when: { start: string; end: string };
  /** A district no gazetteer has is placed at its town: it counts as that town. */
  place: { id: string; name: string; town?: string } | null;
}

export interface Scores {
  hand: number;
  drafted: number;
  matchedHand: number;
  matchedDrafted: number;
  pairs: { hand: Compared; drafted: Compared }[];
  chainExact: number;
  chainLoose: number;
  innermost: number;
  stance: number;
  said: number;
  eventDate: number;
  place: number;
}

const GENERIC = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'report',
  'reports',
  'of',
  'the',
  'to',
  'in',
  'and',
  'us',
  's',
  'news',
  'media',
]);

/** "The U.S. officials (sources of X)" → "us officials". */
export function normalName(name: string): string {
  return fold(name.replace(/\([^)]*\)/g, ''))
    .replace(/\b(?:united states|american|u s)\b/g, 'us')
    .replace(/^(?:the|a|an) /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Equal after normalising, or one name's words all in the other's with a word that is not generic. */
export function sameName(a: string, b: string, loose: boolean): boolean {
  const x = normalName(a);
  const y = normalName(b);
  if (x === y) return true;
  if (!loose) return false;
  const [small, big] = x.length <= y.length ? [x, y] : [y, x];
  const bigWords = new Set(big.split(' ').map((w) => w.replace(/s$/, '')));
  const words = small.split(' ').filter((w) => !['the', 'a', 'an', 'our', 'one'].includes(w));
  return words.length > 0 && words.every((w) => bigWords.has(w.replace(/s$/, ''))) && words.some((w) => !GENERIC.has(w));
}

const overlap = (a: Compared, b: Compared) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function compare(hand: Compared[], drafted: Compared[]): Scores {
  const candidates: { h: Compared; d: Compared; o: number }[] = [];
  for (const h of hand) {
    for (const d of drafted) {
      const o = overlap(h, d);
      if (o >= 0.5 * Math.min(h.end - h.start, d.end - d.start)) candidates.push({ h, d, o });
    }
  }
  // One drafted claim per hand claim, largest overlaps first.
  candidates.sort((a, b) => b.o - a.o);
  const usedH = new Set<Compared>();
  const usedD = new Set<Compared>();
  const pairs: Scores['pairs'] = [];
  for (const c of candidates) {
    if (usedH.has(c.h) || usedD.has(c.d)) continue;
    usedH.add(c.h);
    usedD.add(c.d);
    pairs.push({ hand: c.h, drafted: c.d });
  }
  // A drafted claim that covers two hand claims (or the reverse) still matches both for precision and recall.
  const matchedHand = hand.filter((h) => candidates.some((c) => c.h === h)).length;
  const matchedDrafted = drafted.filter((d) => candidates.some((c) => c.d === d)).length;
  const count = (f: (h: Compared, d: Compared) => boolean) => pairs.filter((p) => f(p.hand, p.drafted)).length;
  const chains = (loose: boolean) => (h: Compared, d: Compared) =>
    h.chain.length === d.chain.length && h.chain.every((n, i) => sameName(n, d.chain[i], loose));
  return {
    hand: hand.length,
    drafted: drafted.length,
    matchedHand,
    matchedDrafted,
    pairs,
    chainExact: count(chains(false)),
    chainLoose: count(chains(true)),
    innermost: count((h, d) => sameName(h.chain[h.chain.length - 1], d.chain[d.chain.length - 1], true)),
    stance: count((h, d) => h.stance === d.stance),
    said: count((h, d) => h.said === d.said),
    eventDate: count((h, d) => h.when.start <= d.when.end && d.when.start <= h.when.end),
    place: count(
      (h, d) =>
        (h.place === null && d.place === null) ||
        (h.place !== null &&
          d.place !== null &&
          (h.place.id === d.place.id || [d.place.name, d.place.town ?? ''].some((n) => fold(n) === fold(h.place?.name ?? '')))),
    ),
  };
}
