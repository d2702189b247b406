/** Filters by report, stance, asserter kind and affiliation, single source and place; the counts follow. */
import { useMemo, useState } from 'react';
import { useLabels, useNames } from '../words/labels';
import { filterCounts, hasFilters, type FacetCounts } from '../store/selectors';
import { useStore } from '../store/store';
import type { FilterKey, Filters as FilterValues } from '../store/view';
import { facetOptions, narrowOptions } from './facets';
import '../styles/reading.css';

/** Long facets (sources, places) show this many choices; typing a name finds the others. */
const LONG_FACET = 8;

interface Facet {
  key: FilterKey;
  title: string;
  label: (v: string) => string;
  order: 'label' | 'count';
  /** What to type into the narrowing box, for long facets. */
  find?: string;
}

export function Filters() {
  const labels = useLabels();
  const name = useNames();
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const { clearFilters } = useStore.getState();
  // Counted only while the filters are open: on a large map the count is a pass over every claim.
  const [open, setOpen] = useState(false);
  const counts = useMemo(() => (open ? filterCounts(model, filters) : null), [open, model, filters]);
  const asserterName = useMemo(() => new Map(model.source.asserters.map((a) => [a.id, name(a)])), [model, name]);
  const facets: Facet[] = [
    { key: 'report', title: 'Report', label: (v) => model.reportById.get(v)?.outlet.value ?? v, order: 'label' },
    { key: 'stance', title: 'Stance', label: (v) => labels.stance[v]?.label ?? v, order: 'label' },
    { key: 'kind', title: 'Asserter kind', label: (v) => labels.kind[v] ?? v, order: 'label' },
    { key: 'affiliation', title: 'Affiliation', label: (v) => labels.affiliation[v]?.label ?? v, order: 'label' },
    { key: 'source', title: 'Source (anywhere in the chain)', label: (v) => asserterName.get(v) ?? v, order: 'count', find: 'a source' },
    {
      key: 'place',
      title: 'Place',
      label: (v) => {
        const p = model.placeById.get(v);
        return p ? name(p) : v;
      },
      order: 'count',
      find: 'a place',
    },
  ];
  const active = Object.values(filters).reduce((n, v) => n + v.length, 0);
  return (
    <details className="filters" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Filters{active ? ` (${active} on)` : ''}</summary>
      {hasFilters(filters) && (
        <button type="button" className="link-button" onClick={clearFilters}>
          Clear all filters
        </button>
      )}
      {counts && facets.map((f) => <FacetChoices key={f.key} facet={f} counts={counts} filters={filters} />)}
    </details>
  );
}

function FacetChoices({ facet, counts, filters }: { facet: Facet; counts: FacetCounts; filters: FilterValues }) {
  const { toggleFilter } = useStore.getState();
  const [query, setQuery] = useState('');
  const options = facetOptions(counts[facet.key], filters[facet.key], facet.label, facet.order);
  const long = facet.find !== undefined && options.length > LONG_FACET;
  const { shown, more } = narrowOptions(options, query, long ? LONG_FACET : options.length);
  return (
    <fieldset>
      <legend>{facet.title}</legend>
      {long && (
        <input
          type="search"
          className="facet-find"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={`Find ${facet.find}`}
          aria-label={`Find ${facet.find} to filter by`}
        />
      )}
      {shown.map((o) => (
        <label
          key={o.value}
          className={`chip${o.everywhere ? ' everywhere' : ''}`}
          title={o.everywhere ? `Every claim in reach has ${o.label}: choosing it would filter nothing.` : undefined}
        >
          <input type="checkbox" checked={o.selected} disabled={o.everywhere} onChange={() => toggleFilter(facet.key, o.value)} />
          {o.label} <span className="muted">({o.everywhere ? `all ${o.count}, not a filter` : o.count})</span>
        </label>
      ))}
      {more > 0 && <span className="muted facet-more">and {more.toLocaleString('en')} more: type a name</span>}
    </fieldset>
  );
}
