/** The accessible table of events and claims, under the same time and filters as the map. */
import { useMemo, useState } from 'react';
import type { EventFeature } from '../../geo/types';
import { saidWords, whenWords } from '../format/dates';
import { chainWords, clip, quoted, sourceOf, useLabels } from '../format/labels';
import { claimPasses } from '../store/selectors';
import { useStore } from '../store/store';

/** Rows per page: a table of an archive is read a page at a time. */
export const PAGE = 100;

export function TableView({ visible }: { visible: readonly EventFeature[] }) {
  const labels = useLabels();
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const { selectEvent, showClaim } = useStore.getState();
  const rows = useMemo(
    () => visible.flatMap((e) => e.properties.claims.filter((c) => claimPasses(c, filters)).map((c) => ({ e, c }))),
    [visible, filters],
  );
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
    <div className="table-view">
      {pager}
      <table>
        <caption>
          {rows.length.toLocaleString('en')} claims about {visible.length.toLocaleString('en')} events, in the time and filters shown
          {pages > 1 ? ` (page ${current + 1} of ${pages.toLocaleString('en')})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Where</th>
            <th scope="col">Event</th>
            <th scope="col">Claim</th>
            <th scope="col">Asserted by</th>
            <th scope="col">Stance</th>
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(first, first + PAGE).map(({ e, c }) => {
            const report = model.reportById.get(c.report)!;
            return (
              <tr key={c.id}>
                <td>{whenWords(e.properties.when)}</td>
                <td>{e.properties.place?.name ?? 'not on the map'}</td>
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
                  {chainWords(c.asserters)} <span className="muted">({labels.kind[sourceOf(c.asserters).kind].toLowerCase()})</span>
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
