/**
 * The accessible table of events and claims, under the same time and filters as the map: sorted by
 * any column, narrowed by words, and opened wide beside a narrow map when its columns need room.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { usePreference } from '../ui/preference';
import { FormattedMessage } from 'react-intl';
import type { EventFeature } from '../../geo/types';
import { Arrow } from '../ui/Arrow';
import { DATA_TEXT } from '../ui/text-direction';
import { saidWords, whenWords } from '../words/dates';
import { useT, type Translate } from '../words/i18n';
import { chainWords, clip, quoted, sourceOf, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { claimPasses } from '../store/selectors';
import { useStore } from '../store/store';
import { normalise, searchIndexOf } from './search-index';
import { sortRows, type Sort, type SortKey } from './table-sort';
import { EventLink } from './EventLink';
import '../styles/reading.css';
import { SPACE } from '../ui/space';

/** Who said it comes first: the point of the map. */
const COLUMNS: { key: SortKey; label: (t: Translate) => string }[] = [
  { key: 'source', label: (t) => t('panel.table.source') },
  { key: 'claim', label: (t) => t('panel.table.claim') },
  { key: 'stance', label: (t) => t('panel.table.stance') },
  { key: 'event', label: (t) => t('panel.table.event') },
  { key: 'when', label: (t) => t('panel.table.when') },
  { key: 'where', label: (t) => t('panel.table.where') },
  { key: 'report', label: (t) => t('panel.table.report') },
];

/** The sorted column's mark (decorative: the header's aria-sort says it). */
const SORT_MARK = { ascending: ' ▲', descending: ' ▼', none: '' };

/** Rows per page: a table of an archive is read a page at a time. */
export const PAGE = 100;

export function TableView({ visible }: { visible: readonly EventFeature[] }) {
  const labels = useLabels();
  const t = useT();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const { showClaim } = useStore.getState();
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
      : sortRows(matching, sort, labels, (id) => model.reportById.get(id)?.outlet.value ?? id, lang);
  }, [model, all, q, sort, labels, lang]);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const first = current * PAGE;
  const pager = pages > 1 && (
    <nav className="table-pager" aria-label={t('panel.table.pages')}>
      <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
        <Arrow to="back" /> {t('panel.table.previous', { n: PAGE })}
      </button>
      <span>{t('panel.table.rows', { from: first + 1, to: Math.min(first + PAGE, rows.length), n: rows.length })}</span>
      <button type="button" onClick={() => setPage(current + 1)} disabled={current === pages - 1}>
        {t('panel.table.next', { n: PAGE })} <Arrow to="forward" />
      </button>
    </nav>
  );
  return (
    <div className={`table-view${wide ? ' wide' : ''}`}>
      <div className="table-tools">
        <label>
          {t('panel.table.find')}
          {SPACE}
          <input
            type="search"
            value={words}
            onChange={(e) => {
              setWords(e.target.value);
              setPage(0);
            }}
            placeholder={t('panel.table.findPlaceholder')}
          />
        </label>
        <button type="button" className="table-wide" aria-pressed={wide} onClick={() => setWide(!wide)}>
          {t('panel.table.wide')}
        </button>
      </div>
      {pager}
      <table>
        <caption>
          <FormattedMessage
            id="panel.table.caption"
            values={{
              claims: t('panel.claims', { n: rows.length }),
              hasWords: q ? 'yes' : 'no',
              words: <span {...DATA_TEXT}>{quoted(words)}</span>,
              events: t('panel.events', { n: visible.length }),
              paged: pages > 1 ? 'yes' : 'no',
              page: current + 1,
              pages,
            }}
          />
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
                    {col.label(t)}
                    <span aria-hidden="true">{SORT_MARK[on ? (sort.ascending ? 'ascending' : 'descending') : 'none']}</span>
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
                <td data-label={t('panel.table.source')}>
                  <span {...DATA_TEXT}>{chainWords(c.asserters, lang)}</span>
                  {SPACE}
                  <span className="muted">{t('panel.table.kind', { kind: labels.kind[sourceOf(c.asserters).kind].toLowerCase() })}</span>
                </td>
                <td data-label={t('panel.table.claim')}>
                  <span {...DATA_TEXT}>{quoted(c.quote.exact)}</span>
                  {SPACE}
                  <button type="button" className="link-button" onClick={() => showClaim(c.id)}>
                    {t('panel.table.showInReport')}
                    <span className="visually-hidden">
                      <FormattedMessage id="panel.table.which" values={{ quote: <span {...DATA_TEXT}>{clip(c.quote.exact, 40)}</span> }} />
                    </span>
                  </button>
                </td>
                <td data-label={t('panel.table.stance')}>
                  {labels.stance[c.stance].label}
                  {c.hedges.length > 0 && (
                    <FormattedMessage
                      id="panel.stance.hedges"
                      values={{ hedges: <span {...DATA_TEXT}>{quoted(c.hedges.join('”, “'))}</span> }}
                    />
                  )}
                </td>
                <th scope="row" data-label={t('panel.table.event')}>
                  <EventLink event={e} />
                </th>
                <td data-label={t('panel.table.when')}>{whenWords(e.properties.when)}</td>
                <td data-label={t('panel.table.where')}>
                  {e.properties.place ? <span {...DATA_TEXT}>{name(e.properties.place)}</span> : t('panel.list.unplaced')}
                </td>
                <td data-label={t('panel.table.report')}>
                  <FormattedMessage
                    id="panel.table.said"
                    values={{ outlet: <span {...DATA_TEXT}>{report.outlet.value}</span>, date: saidWords(c.said) }}
                  />
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
