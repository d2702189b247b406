/**
 * The map's own vocabularies: kinds of voice and affiliations. The format fixes stances,
 * precisions and the rest (vocab.ts); who speaks and for which side belongs to the data, so a map
 * of Sudan or of Peru speaks of its own parties. The map's meta declares them (geo/map.yaml, an
 * import's file, the studio's report); what it leaves out is filled here, the same way everywhere:
 * the default kinds, the "unknown" affiliation, and a colour for every term that has none.
 */
import { KINDS, UNKNOWN_AFFILIATION, type Term } from './vocab.ts';

/**
 * Colours for terms that bring none: told apart by hue and lightness, each at least 3:1 against
 * the white map and panel (WCAG's contrast for graphics), and always shown with the term's label.
 */
export const PALETTE = [
  '#1f5fa8',
  '#b1461b',
  '#2e7d32',
  '#7b3fa0',
  '#0e7c86',
  '#a3285b',
  '#6b5a00',
  '#3949ab',
  '#8d4e00',
  '#c62828',
  '#37474f',
  '#00695c',
] as const;

export interface DeclaredVocabularies {
  kind?: readonly Term[];
  affiliation?: readonly Term[];
}

export interface MapVocabularies {
  kind: Term[];
  affiliation: Term[];
}

/**
 * Colours for the terms without one, from the palette in order, skipping colours the declared
 * terms already use; past the palette's end, colours repeat (the label tells the terms apart).
 */
export function withColours(terms: readonly Term[]): Term[] {
  const taken = new Set(terms.map((t) => t.colour?.toLowerCase()).filter(Boolean));
  const free = PALETTE.filter((c) => !taken.has(c));
  const pool = free.length > 0 ? free : [...PALETTE];
  let next = 0;
  return terms.map((t) => (t.colour ? { ...t } : { ...t, colour: pool[next++ % pool.length] }));
}

/** The kinds and affiliations a map speaks: what it declares, with the defaults it leaves out and colours. */
export function mapVocabularies(declared: DeclaredVocabularies | undefined): MapVocabularies {
  const kind = declared?.kind?.length ? [...declared.kind] : [...KINDS];
  const affiliation = [...(declared?.affiliation ?? [])];
  if (!affiliation.some((t) => t.id === UNKNOWN_AFFILIATION.id)) affiliation.push(UNKNOWN_AFFILIATION);
  return { kind, affiliation: withColours(affiliation) };
}

/** Only the terms a map uses, in their declared order: what its legend and filters show. */
export function usedTerms(terms: readonly Term[], used: ReadonlySet<string>): Term[] {
  return terms.filter((t) => used.has(t.id));
}

/**
 * The declaration of the terms a set of voices uses, for a map made in the browser (a draft, the
 * studio's report): each id's term from the first source that has it (the map the person works
 * on, then the drafter's own), or a label made from the id when none has it.
 */
export function declareUsed(
  asserters: readonly { kind: string; affiliation: string }[],
  sources: { kind?: readonly Term[]; affiliation?: readonly Term[] }[],
): DeclaredVocabularies {
  const pick = (name: 'kind' | 'affiliation', ids: Iterable<string>): Term[] =>
    [...new Set(ids)].map(
      (id) =>
        sources.flatMap((s) => s[name] ?? []).find((t) => t.id === id) ?? {
          id,
          label: id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
        },
    );
  const kinds = new Set(asserters.map((a) => a.kind));
  // The default kinds need no declaration; a kind outside them comes with its term.
  const extraKinds = [...kinds].filter((k) => !KINDS.some((d) => d.id === k));
  return {
    ...(extraKinds.length ? { kind: [...KINDS, ...pick('kind', extraKinds)] } : {}),
    affiliation: pick(
      'affiliation',
      asserters.map((a) => a.affiliation),
    ),
  };
}
