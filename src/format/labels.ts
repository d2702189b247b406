/**
 * Words and colours for the data's vocabularies, read from the map's `meta.vocabularies`
 * (so another map's data brings its own words). Colour always comes with a text label.
 */
import type { AsserterRef } from '../../geo/types';
import type { Meta } from '../../geo/core/model/contract';
import { chainText } from '../../geo/core/export/geojson';
import { useStore } from '../store/store';

export interface Labels {
  stance: Record<string, { label: string; hint: string }>;
  kind: Record<string, string>;
  affiliation: Record<string, { label: string; short: string; colour: string }>;
  precision: Record<string, string>;
  relation: Record<string, string>;
}

const UNKNOWN_COLOUR = '#718096';

export function labelsOf(vocab: Meta['vocabularies']): Labels {
  const record = <T>(terms: Meta['vocabularies']['stance'], f: (t: Meta['vocabularies']['stance'][number]) => T) =>
    Object.fromEntries(terms.map((t) => [t.id, f(t)])) as Record<string, T>;
  return {
    stance: record(vocab.stance, (t) => ({ label: t.label, hint: t.hint ?? '' })),
    kind: record(vocab.kind, (t) => t.label),
    affiliation: record(vocab.affiliation, (t) => ({ label: t.label, short: t.short ?? t.label, colour: t.colour ?? UNKNOWN_COLOUR })),
    precision: record(vocab.precision, (t) => t.label),
    relation: record(vocab.relation, (t) => t.label),
  };
}

/** The loaded map's labels. Only for components shown once the map is loaded. */
export function useLabels(): Labels {
  return useStore((s) => s.model!.labels);
}

/** "Breitbart News › The Wall Street Journal › U.S. officials" */
export function chainWords(asserters: readonly AsserterRef[]): string {
  return chainText(asserters.map((a) => a.name));
}

/** A quote in curly quotes, unless the quote already opens with one (“…” inside the text). */
export function quoted(text: string): string {
  const t = text.trim();
  return /^[“‘"']/.test(t) ? t : `“${t}”`;
}

/** The voice a claim is finally attributed to: the last of its chain. */
export function sourceOf(asserters: readonly AsserterRef[]): AsserterRef {
  return asserters[asserters.length - 1];
}

/** At most `max` characters, cut at a word, with an ellipsis when anything was left out. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
