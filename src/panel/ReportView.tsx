/**
 * A report in full, as published: metadata with the status of each fact, then the text
 * with every claim highlighted and labelled with who asserted it. Text is rendered as
 * text nodes, whitespace kept, nothing lost or reflowed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { isWebAddress } from '../../geo/core/model/web-address';
import type { Claim, Report } from '../../geo/types';
import type { Labels } from '../data/labels';
import { DATA_TEXT, textDirection } from '../ui/text-direction';
import { useT } from '../words/i18n';
import { authoredIn, chainWords, quoted, sourceOf, useLabels } from '../words/labels';
import { DIRECTION, useLanguage, type Lang } from '../store/language';
import { claimPasses, placePasses } from '../store/selectors';
import { useStore } from '../store/store';
import { matchSpans, MIN_QUERY, normalise } from './search-index';
import { segmentText } from './segments';
import { useDay } from './use-day';
import { SPACE } from '../ui/space';

function Fact({ label, known, children }: { label: string; known: Report['title']; children?: React.ReactNode }) {
  const t = useT();
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {children ?? (known.value !== null ? <span {...DATA_TEXT}>{known.value}</span> : <em>{t('panel.report.unknown')}</em>)}
        {SPACE}
        <span className={`status status-${known.status}`}>{t('panel.status', { status: known.status })}</span>
        <span className="status-note" {...DATA_TEXT}>
          {known.note}
        </span>
      </dd>
    </>
  );
}

function Metadata({ report }: { report: Report }) {
  const t = useT();
  const day = useDay();
  const published = report.published;
  return (
    <dl className="report-meta">
      <Fact label={t('panel.report.outlet')} known={report.outlet} />
      <Fact label={t('panel.report.title')} known={report.title} />
      <Fact label={t('panel.report.author')} known={report.author} />
      <Fact label={t('panel.report.published')} known={{ value: published.date, status: published.status, note: published.note }}>
        {day(published.date)}
      </Fact>
      <Fact label={t('panel.report.address')} known={report.url}>
        {/* Only web addresses become links, whatever the data says. */}
        {report.url.value && isWebAddress(report.url.value) ? (
          <a href={report.url.value} rel="noopener noreferrer" target="_blank" className="report-url" {...DATA_TEXT}>
            {report.url.value}
          </a>
        ) : undefined}
      </Fact>
    </dl>
  );
}

/** Inside a report the outlet is a given, so its label starts after the outlet. */
function BadgeText({ claim, labels, lang }: { claim: Claim; labels: Labels; lang: Lang }) {
  const src = sourceOf(claim.asserters);
  const voices = claim.asserters.length > 1 ? claim.asserters.slice(1) : claim.asserters;
  return (
    <FormattedMessage
      id="panel.badge"
      values={{
        chain: <span {...DATA_TEXT}>{chainWords(voices, lang)}</span>,
        affiliation: labels.affiliation[src.affiliation].short,
        stance: labels.stance[claim.stance].label.toLowerCase(),
      }}
    />
  );
}

/** The first words of a claim, for a screen reader's label. */
const shortQuote = (c: Claim) => `${quoted(c.quote.exact).slice(0, 90)}${c.quote.exact.length > 88 ? '…' : ''}`;

export function ReportView() {
  const t = useT();
  const day = useDay();
  const model = useStore((s) => s.model)!;
  const reportId = useStore((s) => s.view.report);
  const claimId = useStore((s) => s.view.claim);
  const filters = useStore((s) => s.view.filters);
  const { openReport } = useStore.getState();
  const report = model.reportById.get(reportId ?? '') ?? null;
  return (
    <div className="report-view">
      <nav className="report-picker" aria-label={t('panel.report.picker')}>
        {model.reports.map((r) => (
          <button key={r.id} type="button" aria-current={r.id === report?.id ? 'true' : undefined} onClick={() => openReport(r.id)}>
            <strong {...DATA_TEXT}>{r.outlet.value}</strong>
            <span>{day(r.published.date)}</span>
          </button>
        ))}
      </nav>
      {report ? (
        <ReportText key={report.id} report={report} claimId={claimId} filters={filters} />
      ) : (
        <p className="muted">{t('panel.report.choose')}</p>
      )}
    </div>
  );
}

function ReportText({ report, claimId, filters }: { report: Report; claimId: string | null; filters: Parameters<typeof claimPasses>[1] }) {
  const labels = useLabels();
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const hover = useStore((s) => s.hover);
  const selectedEvent = useStore((s) => s.view.event);
  const { showClaim, setHover, selectEvent } = useStore.getState();
  const [showLabels, setShowLabels] = useState(true);
  const claims = useMemo(() => model.claimsByReport.get(report.id) ?? [], [model, report.id]);
  const claimById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // The words searched in the Find tab are marked here too, until the search is cleared.
  const query = useStore((s) => s.find.query);
  const findAt = useStore((s) => (s.find.at?.report === report.id ? s.find.at.start : null));
  const found = useMemo(() => (normalise(query).length >= MIN_QUERY ? matchSpans(report.text, query) : []), [report, query]);
  const segments = useMemo(
    () =>
      segmentText(
        report.text,
        claims.map((c) => ({ id: c.id, start: c.quote.start, end: c.quote.end })),
        report.notClaims,
        found.flatMap((f) => [f.start, f.end]),
      ),
    [report, claims, found],
  );
  const root = useRef<HTMLDivElement>(null);
  useEffect(
    function bringClaimIntoView() {
      if (!claimId) return;
      const badge = root.current?.querySelector<HTMLElement>(`[data-claim-badge="${claimId}"]`);
      if (!badge) return;
      // Scroll the panel only: scrollIntoView would also move the page and hide the header.
      const panel = badge.closest<HTMLElement>('.panel-body');
      if (panel && panel.scrollHeight > panel.clientHeight) {
        const top = badge.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
        panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
      } else badge.scrollIntoView?.({ block: 'center' });
      badge.focus({ preventScroll: true });
    },
    [claimId],
  );
  useEffect(
    function bringPassageIntoView() {
      if (findAt === null) return;
      const mark = root.current?.querySelector<HTMLElement>(`[data-find-at="${findAt}"]`);
      const panel = mark?.closest<HTMLElement>('.panel-body');
      if (!mark || !panel) return;
      const top = mark.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
      panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
    },
    [findAt],
  );
  /** A segment's text, marked when it lies in words searched for. */
  const text = (seg: (typeof segments)[number]) =>
    found.some((f) => f.start <= seg.start && f.end >= seg.end) ? (
      <mark
        className={`find-match${found.some((f) => f.start === seg.start && f.start === findAt) ? ' current' : ''}`}
        data-find-at={found.some((f) => f.start === seg.start) ? seg.start : undefined}
      >
        {seg.text}
      </mark>
    ) : (
      seg.text
    );
  const eventOf = (id: string) => model.claimById.get(id)?.event;
  // A claim shows as the filters choose it: by its own facets and by its event's place.
  const passes = (c: Claim) => claimPasses(c, filters) && placePasses(eventOf(c.id)!, filters);
  const selected = model.eventById.get(selectedEvent);
  const selectedTitle = selected ? authoredIn(selected.properties, 'title', lang) : null;
  const direction = useMemo(() => textDirection(report.text), [report.text]);
  return (
    <article className="report" aria-labelledby="report-title">
      <h2 id="report-title">
        {report.title.value !== null ? (
          <span {...DATA_TEXT}>{report.title.value}</span>
        ) : (
          <FormattedMessage id="panel.report.untitled" values={{ outlet: <span {...DATA_TEXT}>{report.outlet.value}</span> }} />
        )}
      </h2>
      <Metadata report={report} />
      {selectedTitle && (
        <p className="report-selected">
          <FormattedMessage id="panel.report.selected" values={{ title: <strong {...selectedTitle.attrs}>{selectedTitle.text}</strong> }} />
          {SPACE}
          <button type="button" className="link-button" onClick={() => selectEvent(selectedEvent)}>
            {t('panel.report.openEvent')}
          </button>
        </p>
      )}
      <div className="report-tools">
        <label>
          <input type="checkbox" checked={showLabels} onChange={(e) => setShowLabels(e.target.checked)} /> {t('panel.report.showLabels')}
        </label>
        <ul className="legend" aria-label={t('panel.report.legend')}>
          {Object.entries(labels.affiliation).map(([key, a]) => (
            <li key={key}>
              <span className="swatch" style={{ background: a.colour }} aria-hidden="true" /> {a.label}
            </li>
          ))}
        </ul>
      </div>
      {found.length > 0 && (
        <p className="find-note" role="status">
          <FormattedMessage
            id="panel.report.found"
            values={{
              n: found.length,
              query: (
                <mark className="find-match" {...DATA_TEXT}>
                  {quoted(query)}
                </mark>
              ),
            }}
          />
          {SPACE}
          <button type="button" className="link-button" onClick={() => useStore.getState().setFind({ query: '', at: null })}>
            {t('panel.report.clearSearch')}
          </button>
        </p>
      )}
      {/* The text in its own direction (an Arabic report reads right to left in either interface); the labels in the interface's. */}
      <div className={`report-text${showLabels ? '' : ' no-labels'}`} ref={root} dir={direction} translate="no">
        {segments.map((seg) => {
          const inner = seg.claims.length ? claimById.get(seg.claims[seg.claims.length - 1])! : null;
          const badges = seg.starts.map((id) => {
            const c = claimById.get(id)!;
            const event = eventOf(id);
            const colour = labels.affiliation[sourceOf(c.asserters).affiliation].colour;
            return (
              <button
                key={`b-${id}`}
                type="button"
                className={`claim-badge${id === claimId ? ' selected' : ''}${passes(c) ? '' : ' filtered-out'}`}
                style={{ ['--aff' as string]: colour }}
                data-claim-badge={id}
                dir={DIRECTION[lang]}
                translate="yes"
                onClick={() => showClaim(id)}
                onMouseEnter={() => event && setHover(event.id)}
                onMouseLeave={() => setHover(null)}
                onFocus={() => event && setHover(event.id)}
                onBlur={() => setHover(null)}
              >
                <BadgeText claim={c} labels={labels} lang={lang} />
                {!passes(c) && <span className="filtered-note"> {t('panel.badge.hidden')}</span>}
                {/* For screen readers the label also says which claim, and its whole chain. */}
                <span className="visually-hidden">
                  <FormattedMessage
                    id="panel.badge.more"
                    values={{
                      quote: <span {...DATA_TEXT}>{shortQuote(c)}</span>,
                      chain: <span {...DATA_TEXT}>{chainWords(c.asserters, lang)}</span>,
                    }}
                  />
                </span>
              </button>
            );
          });
          if (!inner) {
            return (
              <span
                key={seg.start}
                className={seg.notClaim ? 'not-claim' : undefined}
                title={seg.notClaim ? t('panel.report.notClaim', { why: seg.notClaim }) : undefined}
              >
                {badges}
                {text(seg)}
              </span>
            );
          }
          const event = eventOf(inner.id);
          const active = seg.claims.includes(claimId ?? '');
          const hovered = event !== undefined && hover === event.id;
          return (
            <span key={seg.start}>
              {badges}
              <mark
                className={`claim depth-${Math.min(seg.claims.length, 3)}${active ? ' selected' : ''}${hovered ? ' hovered' : ''}${passes(inner) ? '' : ' filtered-out'}`}
                style={{ ['--aff' as string]: labels.affiliation[sourceOf(inner.asserters).affiliation].colour }}
                data-claim={inner.id}
                onClick={() => showClaim(inner.id)}
                onMouseEnter={() => event && setHover(event.id)}
                onMouseLeave={() => setHover(null)}
              >
                {text(seg)}
              </mark>
            </span>
          );
        })}
      </div>
    </article>
  );
}
