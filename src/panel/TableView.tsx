/**
 * The accessible table of events and claims, under the same time and filters as the map: sorted by
 * any column, narrowed by words, and opened wide beside a narrow map when its columns need room.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { usePreference } from '../ui/preference';
import type { EventFeature } from '../../geo/types';
import { saidWords, whenWords } from '../words/dates';
import { chainWords, clip, quoted, sourceOf, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { claimPasses } from '../store/selectors';
import { useStore } from '../store/store';
import { normalise, searchIndexOf } from './search-index';
import { sortRows, type Sort, type SortKey } from './table-sort';
import '../styles/reading.css';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'when', label: 'When' },
  { key: 'where', label: 'Where' },
  { key: 'event', label: 'Event' },
  { key: 'claim', label: 'Claim' },
  { key: 'source', label: 'Asserted by' },
  { key: 'stance', label: 'Stance' },
  { key: 'report', label: 'Report' },
];

/** Rows per page: a table of an archive is read a page at a time. */
export const PAGE = 100;

export function TableView({ visible }: { visible: readonly EventFeature[] }) {
  const labels = useLabels();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const { selectEvent, showClaim } = useStore.getState();
  const all = useMemo(
    () => visible.flatMap((e) => e.properties.claims.filter((c) => claimPasses(c, filters)).map((c) => ({ e, c }))),
    [visible, filters],
  );
  const [sort, setSort] = useState<Sort>({ key: 'when', ascending: true });
  const [words, setWords] = useState('');
  const [wide, setWide] = usePreference('table-wide', false);
  const q = normalise(useDeferredValue(words));
  const rows = useMemo(() => {
    const index = searchIndexOf(model);
    const matching = q ? all.filter((r) => index.rowText(r.c.id).includes(q)) : all;
    // Rows come in time order: "when, earliest first" needs no sort.
    return sort.key === 'when' && sort.ascending
      ? matching
      : sortRows(matching, sort, labels, (id) => model.reportById.get(id)?.outlet.value ?? id);
  }, [model, all, q, sort, labels]);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const first = current * PAGE;
  const pager = pages > 1 && (
    <nav className="table-pager" aria-label="Table pages">
      <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
        ‹ Previous {PAGE}
      </button>
      <span>
        Rows {(first + 1).toLocaleString('en')}–{Math.min(first + PAGE, rows.length).toLocaleString('en')} of{' '}
        {rows.length.toLocaleString('en')}
      </span>
      <button type="button" onClick={() => setPage(current + 1)} disabled={current === pages - 1}>
        Next {PAGE} ›
      </button>
    </nav>
  );
  return (
    <div className={`table-view${wide ? ' wide' : ''}`}>
      <div className="table-tools">
        <label>
          Find in the table{' '}
          <input
            type="search"
            value={words}
            onChange={(e) => {
              setWords(e.target.value);
              setPage(0);
            }}
            placeholder="a word, a place, a source"
          />
        </label>
        <button type="button" className="table-wide" aria-pressed={wide} onClick={() => setWide(!wide)}>
          Wide table
        </button>
      </div>
      {pager}
      <table>
        <caption>
          {rows.length.toLocaleString('en')} claims{q ? ` with “${words.trim()}”` : ''} about {visible.length.toLocaleString('en')} events,
          in the time and filters shown
          {pages > 1 ? ` (page ${current + 1} of ${pages.toLocaleString('en')})` : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((col) => {
              const on = sort.key === col.key;
              return (
                <th key={col.key} scope="col" aria-sort={on ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => {
                      setSort({ key: col.key, ascending: on ? !sort.ascending : true });
                      setPage(0);
                    }}
                  >
                    {col.label}
                    <span aria-hidden="true">{on ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.slice(first, first + PAGE).map(({ e, c }) => {
            const report = model.reportById.get(c.report)!;
            return (
              <tr key={c.id}>
                <td>{whenWords(e.properties.when)}</td>
                <td>{e.properties.place ? name(e.properties.place) : 'not on the map'}</td>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => selectEvent(e.id)}>
                    {e.properties.title}
                  </button>
                </th>
                <td>
                  {quoted(c.quote.exact)}{' '}
                  <button type="button" className="link-button" onClick={() => showClaim(c.id)}>
                    show in report<span className="visually-hidden">: {clip(c.quote.exact, 40)}</span>
                  </button>
                </td>
                <td>
                  {chainWords(c.asserters, lang)} <span className="muted">({labels.kind[sourceOf(c.asserters).kind].toLowerCase()})</span>
                </td>
                <td>
                  {labels.stance[c.stance].label}
                  {c.hedges.length ? `: “${c.hedges.join('”, “')}”` : ''}
                </td>
                <td>
                  {report.outlet.value}, said {saidWords(c.said)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pager}
    </div>
  );
}
