/** Filters by report, asserter affiliation and kind, and stance; the counts follow. */
import { useMemo, useState } from 'react';
import { useLabels } from '../format/labels';
import { filterCounts, hasFilters } from '../store/selectors';
import { useStore } from '../store/store';
import type { FilterKey } from '../store/view';

export function Filters() {
  const labels = useLabels();
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const { toggleFilter, clearFilters } = useStore.getState();
  // Counted only while the filters are open: on a large map the count is a pass over every claim.
  const [open, setOpen] = useState(false);
  const counts = useMemo(() => (open ? filterCounts(model, filters) : null), [open, model, filters]);
  const facets: { key: FilterKey; title: string; label: (v: string) => string }[] = [
    { key: 'report', title: 'Report', label: (v) => model.reportById.get(v)?.outlet.value ?? v },
    { key: 'stance', title: 'Stance', label: (v) => labels.stance[v]?.label ?? v },
    { key: 'kind', title: 'Asserter kind', label: (v) => labels.kind[v] ?? v },
    { key: 'affiliation', title: 'Affiliation', label: (v) => labels.affiliation[v]?.label ?? v },
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
      {counts &&
        facets.map((f) => {
          const values = [...counts[f.key].keys(), ...filters[f.key]]
            .filter((v, i, a) => a.indexOf(v) === i)
            .sort((a, b) => f.label(a).localeCompare(f.label(b)));
          return (
            <fieldset key={f.key}>
              <legend>{f.title}</legend>
              {values.map((v) => (
                <label key={v} className="chip">
                  <input type="checkbox" checked={filters[f.key].includes(v)} onChange={() => toggleFilter(f.key, v)} />
                  {f.label(v)} <span className="muted">({counts[f.key].get(v) ?? 0})</span>
                </label>
              ))}
            </fieldset>
          );
        })}
    </details>
  );
}
