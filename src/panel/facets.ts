/**
 * The choices a filter offers, from its counts: a value every claim in reach has is no choice at
 * all (it would filter nothing), so it is marked, with its reason, rather than offered.
 */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** Every claim the facet chooses among has this value: choosing it changes nothing. */
  everywhere: boolean;
}

export function facetOptions(
  facet: { values: ReadonlyMap<string, number>; total: number },
  selected: readonly string[],
  label: (value: string) => string,
  order: 'label' | 'count',
): FacetOption[] {
  const values = new Set([...facet.values.keys(), ...selected]);
  const options = [...values].map((value) => {
    const count = facet.values.get(value) ?? 0;
    const isSelected = selected.includes(value);
    return { value, label: label(value), count, selected: isSelected, everywhere: !isSelected && facet.total > 0 && count === facet.total };
  });
  return options.sort((a, b) => (order === 'count' ? b.count - a.count : 0) || a.label.localeCompare(b.label));
}

/** The options to list: the chosen ones, then those matching the words typed, up to `limit`. */
export function narrowOptions(options: readonly FacetOption[], query: string, limit: number): { shown: FacetOption[]; more: number } {
  const q = query.trim().toLocaleLowerCase();
  const matching = options.filter((o) => o.selected || !q || o.label.toLocaleLowerCase().includes(q));
  const shown = [...matching.filter((o) => o.selected), ...matching.filter((o) => !o.selected)].slice(0, Math.max(limit, 0));
  return { shown, more: matching.length - shown.length };
}
