/** Filters by report, stance, asserter kind and affiliation, single source and place; the counts follow. */
import { useMemo, useState } from 'react';
import { DATA_TEXT } from '../ui/text-direction';
import { useT } from '../words/i18n';
import { useLabels, useNames } from '../words/labels';
import { filterCounts, hasFilters, type FacetCounts } from '../store/selectors';
import { useStore } from '../store/store';
import type { FilterKey, Filters as FilterValues } from '../store/view';
import { facetOptions, narrowOptions } from './facets';
import '../styles/reading.css';
import { SPACE } from '../ui/space';

/** Long facets (sources, places) show this many choices; typing a name finds the others. */
const LONG_FACET = 8;

interface Facet {
  key: FilterKey;
  title: string;
  label: (v: string) => string;
  /** A side's colour, shown beside its name (affiliations). */
  colour?: (v: string) => string | undefined;
  order: 'label' | 'count';
  /** The narrowing box of a long facet: its placeholder and its accessible name. */
  find?: { placeholder: string; label: string };
  /** Its values are names from the data (outlets, sources, places), shown as they are written. */
  names?: boolean;
}

export function Filters() {
  const labels = useLabels();
  const t = useT();
  const name = useNames();
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const { clearFilters } = useStore.getState();
  // Counted only while the filters are open: on a large map the count is a pass over every claim.
  const [open, setOpen] = useState(false);
  const counts = useMemo(() => (open ? filterCounts(model, filters) : null), [open, model, filters]);
  const asserterName = useMemo(() => new Map(model.source.asserters.map((a) => [a.id, name(a)])), [model, name]);
  const facets: Facet[] = [
    {
      key: 'report',
      title: t('panel.filters.report'),
      label: (v) => model.reportById.get(v)?.outlet.value ?? v,
      order: 'label',
      names: true,
    },
    { key: 'stance', title: t('panel.filters.stance'), label: (v) => labels.stance[v]?.label ?? v, order: 'label' },
    { key: 'kind', title: t('panel.filters.kind'), label: (v) => labels.kind[v] ?? v, order: 'label' },
    {
      key: 'affiliation',
      title: t('panel.filters.affiliation'),
      label: (v) => labels.affiliation[v]?.label ?? v,
      colour: (v) => labels.affiliation[v]?.colour,
      order: 'label',
    },
    {
      key: 'source',
      title: t('panel.filters.source'),
      label: (v) => asserterName.get(v) ?? v,
      order: 'count',
      find: { placeholder: t('panel.filters.findSource'), label: t('panel.filters.findSourceLabel') },
      names: true,
    },
    {
      key: 'place',
      title: t('panel.filters.place'),
      label: (v) => {
        const p = model.placeById.get(v);
        return p ? name(p) : v;
      },
      order: 'count',
      find: { placeholder: t('panel.filters.findPlace'), label: t('panel.filters.findPlaceLabel') },
      names: true,
    },
  ];
  const active = Object.values(filters).reduce((n, v) => n + v.length, 0);
  return (
    <details className="filters" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('panel.filters.summary', { n: active })}</summary>
      {hasFilters(filters) && (
        <button type="button" className="link-button" onClick={clearFilters}>
          {t('panel.filters.clear')}
        </button>
      )}
      {counts && facets.map((f) => <FacetChoices key={f.key} facet={f} counts={counts} filters={filters} />)}
    </details>
  );
}

function FacetChoices({ facet, counts, filters }: { facet: Facet; counts: FacetCounts; filters: FilterValues }) {
  const t = useT();
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
          placeholder={facet.find!.placeholder}
          aria-label={facet.find!.label}
        />
      )}
      {shown.map((o) => (
        <label
          key={o.value}
          className={`chip${o.everywhere ? ' everywhere' : ''}`}
          title={o.everywhere ? t('panel.filters.everywhereWhy', { value: o.label }) : undefined}
        >
          <input type="checkbox" checked={o.selected} disabled={o.everywhere} onChange={() => toggleFilter(facet.key, o.value)} />
          {facet.colour && <span className="swatch" aria-hidden="true" style={{ ['--aff' as string]: facet.colour(o.value) }} />}
          {facet.names ? <span {...DATA_TEXT}>{o.label}</span> : o.label}
          {SPACE}
          <span className="muted">
            {o.everywhere ? t('panel.filters.everywhere', { n: o.count }) : t('panel.filters.count', { n: o.count })}
          </span>
        </label>
      ))}
      {more > 0 && <span className="muted facet-more">{t('panel.filters.more', { n: more })}</span>}
    </fieldset>
  );
}
