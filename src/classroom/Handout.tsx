/**
 * The handout: the current tour (or the view) on paper — a small map, a timeline, and a table
 * of events and claims with asserters, stance and full citations. Shown as a print view, and
 * printed by the browser's own print.
 */
import { useMemo } from 'react';
import type { Claim, EventFeature, Report } from '../../geo/types';
import { dayWords, monthShort, saidWords, spanWords, whenWords } from '../format/dates';
import { chainWords, quoted, sourceOf, useLabels } from '../format/labels';
import { claimPasses, visibleEvents } from '../store/selectors';
import { findTour, useStore } from '../store/store';
import { dayNumber } from '../time/time-index';
import { monthTicks } from '../timeline/lanes';
import { LocatorMap, type Pin } from './LocatorMap';

interface Row {
  n: number;
  event: EventFeature;
  claims: Claim[];
}

function citation(r: Report): string {
  const title = r.title.value ? `“${r.title.value}”` : 'untitled';
  return `${r.outlet.value}, ${title}, ${dayWords(r.published.date)} (date ${r.published.status}), ${r.url.value ?? 'address unknown'}`;
}

/** What the handout lists: the tour's steps, or the events and claims the map shows. */
export function useHandoutRows(): Row[] {
  const model = useStore((s) => s.model);
  const view = useStore((s) => s.view);
  const tour = useStore((s) => findTour(s, s.view.tour));
  return useMemo(() => {
    if (!model) return [];
    if (tour) {
      return tour.steps.flatMap((s, i) => {
        const event = model.eventById.get(s.event);
        return event ? [{ n: i + 1, event, claims: s.claims.flatMap((c) => model.claimById.get(c)?.claim ?? []) }] : [];
      });
    }
    return visibleEvents(model, view).map((event, i) => ({
      n: i + 1,
      event,
      claims: event.properties.claims.filter((c) => claimPasses(c, view.filters)),
    }));
  }, [model, tour, view]);
}

export function Handout() {
  const labels = useLabels();
  const model = useStore((s) => s.model);
  const view = useStore((s) => s.view);
  const tour = useStore((s) => findTour(s, s.view.tour));
  const rows = useHandoutRows();
  const pins: Pin[] = useMemo(
    () =>
      rows
        .filter((r) => r.event.geometry)
        .map((r) => ({
          n: r.n,
          lngLat: r.event.geometry!.coordinates as [number, number],
          area: r.event.properties.place?.precision === 'country',
        })),
    [rows],
  );
  if (!model) return null;
  const reports = [...new Set(rows.flatMap((r) => r.claims.map((c) => c.report)))].map((id) => model.reportById.get(id)!);
  const first = dayNumber(model.span.start);
  const days = dayNumber(model.span.end) - first + 1;
  const scope = tour ? tour.title : view.mode === 'upto' ? `Events up to ${dayWords(view.to)}` : `Events ${spanWords(view.from, view.to)}`;
  return (
    <article className="handout" aria-label="Handout">
      <header>
        <p className="handout-brand">According to — {model.meta.title}</p>
        <h1>{scope}</h1>
        {tour?.description && <p>{tour.description}</p>}
      </header>
      <div className="handout-figures">
        <LocatorMap basemap={model.basemap} pins={pins} />
        <svg className="handout-timeline" viewBox="0 0 1000 90" role="img" aria-label="Timeline of the events, numbered as in the table">
          <line x1="0" y1="62" x2="1000" y2="62" stroke="#888" />
          {monthTicks(model.span).map((t) => (
            <g key={t.iso} transform={`translate(${t.left * 1000} 0)`}>
              <line y1="58" y2="66" stroke="#888" />
              <text y="82" fontSize="12" fill="#555">
                {monthShort(t.iso)}
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const x0 = ((dayNumber(r.event.properties.when.start) - first) / days) * 1000;
            const x1 = ((dayNumber(r.event.properties.when.end) - first + 1) / days) * 1000;
            const y = 54 - (i % 5) * 11;
            return (
              <g key={r.n}>
                <rect
                  x={x0}
                  y={y - 3}
                  width={Math.max(3, x1 - x0)}
                  height="4"
                  fill="#b3261e"
                  opacity={r.event.properties.when.start === r.event.properties.when.end ? 1 : 0.45}
                />
                <text x={x0} y={y - 5} fontSize="10" fill="#222">
                  {r.n}
                </text>
              </g>
            );
          })}
        </svg>
        <p className="handout-key">Solid marks: a known day. Pale bars: an uncertain date, drawn over its whole range.</p>
      </div>
      <table className="handout-table">
        <thead>
          <tr>
            <th>#</th>
            <th>Event, place and date</th>
            <th>Claim</th>
            <th>Asserted by</th>
            <th>Stance</th>
          </tr>
        </thead>
        {rows.map((r) => (
          <tbody key={r.n}>
            {(r.claims.length ? r.claims : [null]).map((c, j) => (
              <tr key={c?.id ?? 'none'}>
                {j === 0 && (
                  <>
                    <td rowSpan={Math.max(1, r.claims.length)}>{r.n}</td>
                    <td rowSpan={Math.max(1, r.claims.length)}>
                      <strong>{r.event.properties.title}</strong>
                      <br />
                      {r.event.properties.place?.name ?? 'not on the map'} · {whenWords(r.event.properties.when)}
                      <br />
                      <small>{r.event.properties.when.note}</small>
                    </td>
                  </>
                )}
                {c ? (
                  <>
                    <td>
                      {quoted(c.quote.exact)}{' '}
                      <small>
                        ({model.reportById.get(c.report)?.outlet.value}, said {saidWords(c.said)})
                      </small>
                    </td>
                    <td>
                      {chainWords(c.asserters)} <small>({labels.kind[sourceOf(c.asserters).kind].toLowerCase()})</small>
                    </td>
                    <td>
                      {labels.stance[c.stance].label}
                      {c.hedges.length ? `: “${c.hedges.join('”, “')}”` : ''}
                    </td>
                  </>
                ) : (
                  <td colSpan={3}>No claim shown.</td>
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <section className="handout-sources">
        <h2>Sources</h2>
        <ol>
          {reports.map((r) => (
            <li key={r.id}>{citation(r)}</li>
          ))}
        </ol>
        <p>
          Basemap: Natural Earth (public domain); rivers and lakes: GSHHG (LGPL); places: GeoNames (CC BY). Dates marked inferred were
          reasoned from the text; see the app for the reasoning.
        </p>
      </section>
    </article>
  );
}
