/**
 * The handout: the current tour (or the view) on paper — a small map, a timeline, a key to the
 * stances, and a table of the tour's questions (its captions) with their events and claims,
 * asserters, stance and full citations. The teacher's copy adds the notes. Shown as a print view,
 * and printed by the browser's own print.
 */
import { useMemo } from 'react';
import type { Claim, EventFeature, Report } from '../../geo/types';
import { dayWords, monthShort, saidWords, spanWords, whenWords } from '../words/dates';
import { chainWords, quoted, sourceOf, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { claimPasses, visibleEvents } from '../store/selectors';
import { findTour, useStore } from '../store/store';
import { dayNumber, isoOfDay } from '../data/time-index';
import { layoutMarks, monthTicks } from '../ui/lanes';
import { LocatorMap, type Pin } from './LocatorMap';
import '../styles/handout.css';

export interface HandoutRow {
  n: number;
  /** Null for a tour's title step: a caption and no event. */
  event: EventFeature | null;
  claims: Claim[];
  /** The tour step's caption (its question) and the teacher's notes; null outside a tour. */
  caption: string | null;
  notes: string;
}

function citation(r: Report): string {
  const title = r.title.value ? `“${r.title.value}”` : 'untitled';
  return `${r.outlet.value}, ${title}, ${dayWords(r.published.date)} (date ${r.published.status}), ${r.url.value ?? 'address unknown'}`;
}

/** What the handout lists: the tour's steps, or the events and claims the map shows. */
export function useHandoutRows(): HandoutRow[] {
  const model = useStore((s) => s.model);
  const view = useStore((s) => s.view);
  const tour = useStore((s) => findTour(s, s.view.tour));
  return useMemo(() => {
    if (!model) return [];
    if (tour) {
      return tour.steps.map((s, i) => ({
        n: i + 1,
        event: model.eventById.get(s.event) ?? null,
        claims: s.claims.flatMap((c) => model.claimById.get(c)?.claim ?? []),
        caption: s.caption,
        notes: s.notes,
      }));
    }
    return visibleEvents(model, view).map((event, i) => ({
      n: i + 1,
      event,
      claims: event.properties.claims.filter((c) => claimPasses(c, view.filters)),
      caption: null,
      notes: '',
    }));
  }, [model, tour, view]);
}

/** The choice made before printing: the students' copy, or the teacher's with the notes. */
export function HandoutCopyChoice() {
  const teacherCopy = useStore((s) => s.teacherCopy);
  const hasTour = useStore((s) => Boolean(findTour(s, s.view.tour)));
  if (!hasTour) return null;
  return (
    <label className="handout-copy">
      <input type="checkbox" checked={teacherCopy} onChange={(e) => useStore.getState().setTeacherCopy(e.target.checked)} /> Teacher’s copy,
      with the notes
    </label>
  );
}

/** The timeline's frame: 1000 units across the page, so type has a size on paper. */
const TIMELINE_WIDTH = 1000;
const NUMBER_FONT = 17;
const LANE = 22;

function Timeline({ rows, span }: { rows: HandoutRow[]; span: { start: string; end: string } }) {
  const first = dayNumber(span.start);
  const days = dayNumber(span.end) - first + 1;
  const dated = rows.filter((r): r is HandoutRow & { event: EventFeature } => r.event !== null);
  // A mark takes at least its number's width, so that numbers in one lane never touch.
  const labelDays = (r: HandoutRow) => Math.ceil(((String(r.n).length * 0.62 * NUMBER_FONT + 6) / TIMELINE_WIDTH) * days);
  const { marks, lanes } = layoutMarks(
    dated.map((r) => {
      const { start, end } = r.event.properties.when;
      return { id: String(r.n), start, end: isoOfDay(Math.max(dayNumber(end), dayNumber(start) + labelDays(r))) };
    }),
    span,
  );
  const byN = new Map(dated.map((r) => [String(r.n), r]));
  const axis = lanes * LANE + 12;
  return (
    <svg
      className="handout-timeline"
      viewBox={`0 0 ${TIMELINE_WIDTH} ${axis + 26}`}
      role="img"
      aria-label="Timeline of the events, numbered as in the table"
    >
      <line x1="0" y1={axis} x2={TIMELINE_WIDTH} y2={axis} stroke="#888" />
      {monthTicks(span).map((t) => (
        <g key={t.iso} transform={`translate(${t.left * TIMELINE_WIDTH} 0)`}>
          <line y1={axis - 4} y2={axis + 4} stroke="#888" />
          <text y={axis + 20} fontSize="14" fill="#444">
            {monthShort(t.iso)}
          </text>
        </g>
      ))}
      {marks.map((m) => {
        const r = byN.get(m.id)!;
        const { start, end } = r.event.properties.when;
        const x0 = ((dayNumber(start) - first) / days) * TIMELINE_WIDTH;
        const x1 = ((dayNumber(end) - first + 1) / days) * TIMELINE_WIDTH;
        const y = axis - 6 - m.lane * LANE;
        return (
          <g key={m.id}>
            <rect x={x0} y={y - 4} width={Math.max(3, x1 - x0)} height="5" fill="#b3261e" opacity={start === end ? 1 : 0.45} />
            <text x={x0} y={y - 6} fontSize={NUMBER_FONT} fontWeight="700" fill="#111">
              {r.n}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** What each stance means, in the data's own words, with the badge the table uses. */
function StanceKey() {
  const vocab = useStore((s) => s.model!.meta.vocabularies.stance);
  const stance = useLabels().stance;
  return (
    <dl className="handout-stances" aria-label="Key to the stances">
      {vocab.map((t) => (
        <div key={t.id}>
          <dt>
            <span className={`stance stance-${t.id}`}>{stance[t.id].label}</span>
          </dt>
          <dd>{stance[t.id].hint}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Handout() {
  const labels = useLabels();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model);
  const view = useStore((s) => s.view);
  const tour = useStore((s) => findTour(s, s.view.tour));
  const teacher = useStore((s) => s.teacherCopy) && Boolean(tour);
  const rows = useHandoutRows();
  const pins: Pin[] = useMemo(
    () =>
      rows.flatMap((r) =>
        r.event?.geometry
          ? [
              {
                n: r.n,
                lngLat: r.event.geometry.coordinates as [number, number],
                name: r.event.properties.place ? name(r.event.properties.place) : '',
                area: r.event.properties.place?.precision === 'country',
              },
            ]
          : [],
      ),
    [rows, name],
  );
  if (!model) return null;
  const reports = [...new Set(rows.flatMap((r) => r.claims.map((c) => c.report)))].map((id) => model.reportById.get(id)!);
  const scope = tour ? tour.title : view.mode === 'upto' ? `Events up to ${dayWords(view.to)}` : `Events ${spanWords(view.from, view.to)}`;
  return (
    <article className={`handout${teacher ? ' handout-teacher' : ''}`} aria-label="Handout">
      <header>
        <p className="handout-brand">
          According to — {model.meta.title}
          {teacher && <strong className="handout-copy-mark"> · Teacher’s copy</strong>}
        </p>
        <h1>{scope}</h1>
        {tour?.description && <p>{tour.description}</p>}
      </header>
      <div className="handout-figures">
        <LocatorMap basemap={model.basemap} pins={pins} />
        <Timeline rows={rows} span={model.span} />
        <p className="handout-key">Solid marks: a known day. Pale bars: an uncertain date, drawn over its whole range.</p>
        <StanceKey />
      </div>
      <table className="handout-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Asserted by</th>
            <th scope="col">Stance</th>
          </tr>
        </thead>
        {rows.map((r) => (
          <tbody key={r.n}>
            <tr className="handout-step">
              <th scope="rowgroup" colSpan={3}>
                <span className="handout-step-n">{r.n}.</span> {r.caption ?? r.event?.properties.title}
              </th>
            </tr>
            {r.event && (
              <tr className="handout-event">
                <td colSpan={3}>
                  {r.caption !== null && <strong>{r.event.properties.title}: </strong>}
                  {r.event.properties.place ? name(r.event.properties.place) : 'not on the map'} · {whenWords(r.event.properties.when)}.{' '}
                  <small>{r.event.properties.when.note}</small>
                </td>
              </tr>
            )}
            {teacher && (
              <tr className="handout-notes">
                <td colSpan={3}>
                  <strong>Notes:</strong> {r.notes || 'No notes for this step.'}
                </td>
              </tr>
            )}
            {r.event && !r.claims.length && (
              <tr>
                <td colSpan={3}>No claim shown.</td>
              </tr>
            )}
            {r.claims.map((c) => (
              <tr key={c.id}>
                <td>
                  {quoted(c.quote.exact)}{' '}
                  <small>
                    ({model.reportById.get(c.report)?.outlet.value}, said {saidWords(c.said)})
                  </small>
                </td>
                <td>
                  {chainWords(c.asserters, lang)} <small>({labels.kind[sourceOf(c.asserters).kind].toLowerCase()})</small>
                </td>
                <td>
                  <span className={`stance stance-${c.stance}`}>{labels.stance[c.stance].label}</span>
                  {c.hedges.length ? ` “${c.hedges.join('”, “')}”` : ''}
                </td>
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
