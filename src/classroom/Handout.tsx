/**
 * The handout: the current tour (or the view) on paper — a small map, a timeline, a key to the
 * stances, and a table of the tour's questions (its captions) with their events and claims,
 * asserters, stance and full citations. The teacher's copy adds the notes and what was later
 * known (with its sources' full citations); the students' copy leaves what was later known out
 * unless the teacher asks for it. Shown as a print view, and printed by the browser's own print,
 * right to left in Arabic (the timeline too: time runs the way the page reads).
 */
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { create } from 'zustand';
import type { Claim, EventFeature, LaterNote, Report, TourStep } from '../../geo/types';
import { dayWords, monthShort, saidWords, spanWords, whenWords } from '../words/dates';
import { useT } from '../words/i18n';
import { useAuthored, chainWords, quoted, sourceOf, useLabels, useNames } from '../words/labels';
import { claimPasses, visibleEvents } from '../store/selectors';
import { DIRECTION, useLanguage } from '../store/language';
import { findTour, useStore } from '../store/store';
import { dayNumber, isoOfDay } from '../data/time-index';
import { layoutMarks, monthTicks } from '../ui/lanes';
import { dataText } from './data-text';
import { laterNotesOf } from './later';
import { LaterNotes } from './LaterNotes';
import { LocatorMap, type Pin } from './LocatorMap';
import '../styles/handout.css';
import { SPACE, DOT } from './punctuation';
import { DateText } from './DateText';

/** The QR code (with the tours' links and checks) loads with the handout, not with the first screen. */
const TourCode = lazy(() => import('./TourCode').then((m) => ({ default: m.TourCode })));

export interface HandoutRow {
  n: number;
  /** Null for a tour's title step: a caption and no event. */
  event: EventFeature | null;
  claims: Claim[];
  /** The tour's step, with its caption (its question) and the teacher's notes; null outside a tour. */
  step: TourStep | null;
  /** What was later known about the event, when the tour step reveals it; none outside a tour. */
  later: LaterNote[];
}

/** The students' copy with what was later known: the teacher's choice, for this page only. */
const useStudentsLater = create<{ on: boolean }>()(() => ({ on: false }));

/** Does the handout print what was later known? The teacher's copy does; the students' when asked. */
export function useHandoutShowsLater(): boolean {
  const teacher = useStore((s) => s.teacherCopy);
  return useStudentsLater((s) => s.on) || teacher;
}

/** A report's full citation: outlet, title, date (and how sure it is), address. */
function Citation({ report: r }: { report: Report }) {
  const t = useT();
  return (
    <FormattedMessage
      id="classroom.handout.citation"
      values={{
        outlet: <bdi>{r.outlet.value}</bdi>,
        title: r.title.value ? <cite {...dataText(r.title.value)}>{quoted(r.title.value)}</cite> : t('classroom.handout.untitled'),
        date: <DateText>{dayWords(r.published.date)}</DateText>,
        status: r.published.status,
        url: r.url.value ? (
          <span className="source-url" dir="ltr" translate="no">
            {r.url.value}
          </span>
        ) : (
          t('classroom.handout.noAddress')
        ),
      }}
    />
  );
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
        step: s,
        later: laterNotesOf(model, s),
      }));
    }
    return visibleEvents(model, view).map((event, i) => ({
      n: i + 1,
      event,
      claims: event.properties.claims.filter((c) => claimPasses(c, view.filters)),
      step: null,
      later: [],
    }));
  }, [model, tour, view]);
}

/**
 * The choices made before printing: the students' copy, or the teacher's with the notes and what
 * was later known; and whether the students' copy shows what was later known too.
 */
export function HandoutCopyChoice() {
  const t = useT();
  const teacherCopy = useStore((s) => s.teacherCopy);
  const tour = useStore((s) => findTour(s, s.view.tour));
  const model = useStore((s) => s.model);
  const later = useStudentsLater((s) => s.on);
  if (!tour) return null;
  const hasLater = Boolean(model && tour.steps.some((s) => laterNotesOf(model, s).length));
  return (
    <>
      <label className="handout-copy">
        <input type="checkbox" checked={teacherCopy} onChange={(e) => useStore.getState().setTeacherCopy(e.target.checked)} />
        {SPACE}
        {t('classroom.handout.teacherCopyChoice')}
      </label>
      {hasLater && (
        <label className="handout-copy">
          <input
            type="checkbox"
            checked={later || teacherCopy}
            disabled={teacherCopy}
            onChange={(e) => useStudentsLater.setState({ on: e.target.checked })}
          />
          {SPACE}
          {t('classroom.handout.laterChoice')}
        </label>
      )}
    </>
  );
}

/** The timeline's frame: 1000 units across the page, so type has a size on paper. */
const TIMELINE_WIDTH = 1000;
const NUMBER_FONT = 17;
const LANE = 22;

function Timeline({ rows, span, rtl }: { rows: HandoutRow[]; span: { start: string; end: string }; rtl: boolean }) {
  const t = useT();
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
  // Time runs the way the page reads: from the right in Arabic. Labels start at their day and run the same way.
  const x = (share: number) => (rtl ? 1 - share : share) * TIMELINE_WIDTH;
  const anchor = rtl ? 'end' : 'start';
  return (
    <svg
      className="handout-timeline"
      viewBox={`0 0 ${TIMELINE_WIDTH} ${axis + 26}`}
      role="img"
      aria-label={t('classroom.handout.timeline')}
      direction="ltr"
    >
      <line x1="0" y1={axis} x2={TIMELINE_WIDTH} y2={axis} stroke="#888" />
      {monthTicks(span).map((tick) => (
        <g key={tick.iso} transform={`translate(${x(tick.left)} 0)`}>
          <line y1={axis - 4} y2={axis + 4} stroke="#888" />
          <text y={axis + 20} fontSize="14" fill="#444" textAnchor={anchor}>
            {monthShort(tick.iso)}
          </text>
        </g>
      ))}
      {marks.map((m) => {
        const r = byN.get(m.id)!;
        const { start, end } = r.event.properties.when;
        const x0 = x((dayNumber(start) - first) / days);
        const x1 = x((dayNumber(end) - first + 1) / days);
        const y = axis - 6 - m.lane * LANE;
        return (
          <g key={m.id}>
            <rect
              x={Math.min(x0, x1)}
              y={y - 4}
              width={Math.max(3, Math.abs(x1 - x0))}
              height="5"
              fill="#b3261e"
              opacity={start === end ? 1 : 0.45}
            />
            <text x={x0} y={y - 6} fontSize={NUMBER_FONT} fontWeight="700" fill="#111" textAnchor={anchor}>
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
  const t = useT();
  const labels = useLabels();
  const vocab = useStore((s) => s.model!.meta.vocabularies.stance);
  return (
    <dl className="handout-stances" aria-label={t('classroom.handout.stanceKey')}>
      {vocab.map((term) => (
        <div key={term.id}>
          <dt>
            <span className={`stance stance-${term.id}`}>{labels.stance[term.id]?.label ?? term.label}</span>
          </dt>
          <dd>{labels.stance[term.id]?.hint ?? term.hint ?? ''}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Handout() {
  const t = useT();
  const labels = useLabels();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model);
  const view = useStore((s) => s.view);
  const tour = useStore((s) => findTour(s, s.view.tour));
  const teacher = useStore((s) => s.teacherCopy) && Boolean(tour);
  const showsLater = useHandoutShowsLater() && Boolean(tour);
  const rtl = useLanguage((s) => DIRECTION[s.lang] === 'rtl');
  const rows = useHandoutRows();
  const authored = useAuthored();
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
  const mapTitle = authored(model.meta, 'title');
  const reports = [...new Set(rows.flatMap((r) => r.claims.map((c) => c.report)))].map((id) => model.reportById.get(id)!);
  const tourTitle = tour && authored(tour, 'title');
  const description = tour?.description ? authored(tour, 'description') : null;
  const scope = tourTitle
    ? tourTitle.text
    : view.mode === 'upto'
      ? t('classroom.handout.upTo', { date: dayWords(view.to) })
      : t('classroom.handout.between', { span: spanWords(view.from, view.to) });
  return (
    <article className={`handout${teacher ? ' handout-teacher' : ''}`} aria-label={t('classroom.handout')}>
      <header>
        <p className="handout-brand">
          <FormattedMessage id="classroom.handout.brand" values={{ title: <bdi {...mapTitle.attrs}>{mapTitle.text}</bdi> }} />
          {teacher && (
            <strong className="handout-copy-mark">
              {DOT}
              {t('classroom.handout.teacherCopy')}
            </strong>
          )}
        </p>
        <h1 {...tourTitle?.attrs}>{scope}</h1>
        {description && <p {...description.attrs}>{description.text}</p>}
        {tour && (
          <Suspense fallback={null}>
            <TourCode tour={tour} className="handout-code" />
          </Suspense>
        )}
      </header>
      <div className="handout-figures">
        <LocatorMap basemap={model.basemap} pins={pins} />
        <Timeline rows={rows} span={model.span} rtl={rtl} />
        <p className="handout-key">{t('classroom.handout.timelineKey')}</p>
        <StanceKey />
      </div>
      <table className="handout-table">
        <thead>
          <tr>
            <th scope="col">{t('classroom.handout.claim')}</th>
            <th scope="col">{t('classroom.handout.assertedBy')}</th>
            <th scope="col">{t('classroom.handout.stance')}</th>
          </tr>
        </thead>
        {rows.map((r) => {
          const heading = r.step ? authored(r.step, 'caption') : r.event ? authored(r.event.properties, 'title') : null;
          const title = r.event && authored(r.event.properties, 'title');
          const notes = r.step?.notes ? authored(r.step, 'notes') : null;
          return (
            <tbody key={r.n}>
              <tr className="handout-step">
                <th scope="rowgroup" colSpan={3}>
                  <span className="handout-step-n">{t('classroom.handout.stepN', { n: r.n })}</span>
                  {SPACE}
                  <span {...heading?.attrs}>{heading?.text}</span>
                </th>
              </tr>
              {r.event && (
                <tr className="handout-event">
                  <td colSpan={3}>
                    {r.step && title && (
                      <strong>
                        <span {...title.attrs}>{title.text}</span>
                        {t('classroom.handout.titleColon')}
                      </strong>
                    )}
                    {r.event.properties.place ? <bdi>{name(r.event.properties.place)}</bdi> : t('classroom.handout.notOnMap')}
                    {DOT}
                    <FormattedMessage
                      id="classroom.handout.when"
                      values={{ when: <DateText>{whenWords(r.event.properties.when)}</DateText> }}
                    />
                    {SPACE}
                    <small className="handout-data" {...dataText(r.event.properties.when.note)}>
                      {r.event.properties.when.note}
                    </small>
                  </td>
                </tr>
              )}
              {teacher && (
                <tr className="handout-notes">
                  <td colSpan={3}>
                    <strong>{t('classroom.handout.notes')}</strong>
                    {SPACE}
                    {notes ? (
                      <span className="handout-data" {...notes.attrs}>
                        {notes.text}
                      </span>
                    ) : (
                      t('classroom.noNotes')
                    )}
                  </td>
                </tr>
              )}
              {showsLater && r.later.length > 0 && (
                <tr className="handout-later">
                  <td colSpan={3}>
                    <LaterNotes notes={r.later} full className="handout-later-notes" />
                  </td>
                </tr>
              )}
              {r.event && !r.claims.length && (
                <tr>
                  <td colSpan={3}>{t('classroom.handout.noClaim')}</td>
                </tr>
              )}
              {r.claims.map((c) => (
                <tr key={c.id}>
                  <td>
                    <span className="handout-data" {...dataText(c.quote.exact)}>
                      {quoted(c.quote.exact)}
                    </span>
                    {SPACE}
                    <small>
                      <FormattedMessage
                        id="classroom.handout.said"
                        values={{
                          outlet: <bdi>{model.reportById.get(c.report)?.outlet.value}</bdi>,
                          date: <DateText>{saidWords(c.said)}</DateText>,
                        }}
                      />
                    </small>
                  </td>
                  <td>
                    <bdi>{chainWords(c.asserters, lang)}</bdi>
                    {SPACE}
                    <small>{t('classroom.handout.kind', { kind: labels.kind[sourceOf(c.asserters).kind].toLowerCase() })}</small>
                  </td>
                  <td>
                    <span className={`stance stance-${c.stance}`}>{labels.stance[c.stance].label}</span>
                    {c.hedges.length ? (
                      <>
                        {SPACE}
                        <span {...dataText(c.hedges.join(' '))}>{quoted(c.hedges.join('”, “'))}</span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
      <section className="handout-sources">
        <h2>{t('classroom.handout.sources')}</h2>
        <ol>
          {reports.map((r) => (
            <li key={r.id}>
              <Citation report={r} />
            </li>
          ))}
        </ol>
        <p>
          <FormattedMessage
            id="classroom.handout.credits"
            values={{
              // The names of the data and their licences.
              n: (chunks: ReactNode[]) => <bdi lang="en">{chunks}</bdi>,
            }}
          />
        </p>
      </section>
    </article>
  );
}
