/**
 * Words and colours for the data's vocabularies, read from the map's `meta.vocabularies`
 * (so another map's data brings its own words). Colour always comes with a text label.
 */
import type { Meta } from '../../geo/core/model/contract';

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
