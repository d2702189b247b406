/**
 * Words and colours for the data's vocabularies, read from the map's `meta.vocabularies`
 * (so another map's data brings its own words), in the reader's language: a term's
 * `translations[lang]` where the map gives them, its own (English) words where it does not.
 * Colour always comes with a text label.
 */
import type { Meta } from '../../geo/core/model/contract';

export interface Labels {
  stance: Record<string, { label: string; hint: string }>;
  kind: Record<string, string>;
  affiliation: Record<string, { label: string; short: string; colour: string }>;
  precision: Record<string, string>;
  relation: Record<string, string>;
}

type Term = Meta['vocabularies']['stance'][number];

const UNKNOWN_COLOUR = '#718096';

/** A word in the language if the map gives it (not blank), else the term's own. */
const pick = (own: string, translated: string | undefined) => (translated?.trim() ? translated : own);

/** The term's words in `lang`; a map without them (or an older one) gives its own words, never a blank. */
function wordsOf(t: Term, lang: string): { label: string; hint: string; short: string } {
  const words = lang === 'en' ? undefined : t.translations?.[lang];
  return {
    label: pick(t.label, words?.label),
    hint: pick(t.hint ?? '', words?.hint),
    short: pick(t.short ?? t.label, words?.short ?? (words?.label && t.short === undefined ? words.label : undefined)),
  };
}

export function labelsOf(vocab: Meta['vocabularies'], lang = 'en'): Labels {
  const record = <T>(terms: readonly Term[], f: (t: Term, w: ReturnType<typeof wordsOf>) => T) =>
    Object.fromEntries(terms.map((t) => [t.id, f(t, wordsOf(t, lang))])) as Record<string, T>;
  return {
    stance: record(vocab.stance, (_, w) => ({ label: w.label, hint: w.hint })),
    kind: record(vocab.kind, (_, w) => w.label),
    affiliation: record(vocab.affiliation, (t, w) => ({ label: w.label, short: w.short, colour: t.colour ?? UNKNOWN_COLOUR })),
    precision: record(vocab.precision, (_, w) => w.label),
    relation: record(vocab.relation, (_, w) => w.label),
  };
}
