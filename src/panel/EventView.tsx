/** The selected event: what, where, when (with its uncertainty), every claim about it, and what was later known. */
import { useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import type { EventFeature } from '../../geo/types';
import { Arrow } from '../ui/Arrow';
import { usePreference } from '../ui/preference';
import { DATA_TEXT } from '../ui/text-direction';
import { whenWithBasis } from '../words/dates';
import { useT } from '../words/i18n';
import { useAuthored, isOtherForm, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { ClaimCard } from '../ui/ClaimCard';
import { ClaimsBySource } from './ClaimsBySource';
import { EventList } from './EventList';
import { LaterKnown } from './LaterKnown';
import { useDay } from './use-day';
import '../styles/reading.css';
import { SPACE } from '../ui/space';

export function EventView({ visible }: { visible: readonly EventFeature[] }) {
  const model = useStore((s) => s.model)!;
  const id = useStore((s) => s.view.event);
  const event = id ? model.eventById.get(id) : undefined;
  if (!event) return <NoSelection visible={visible} />;
  return <EventDetail event={event} visible={visible} />;
}

/** Earlier and later among the events shown at the event's place: a marker's place, read event by event. */
function PlaceNav({ event, visible }: { event: EventFeature; visible: readonly EventFeature[] }) {
  const t = useT();
  const place = event.properties.place;
  const name = useNames();
  const placeId = event.geometry ? place?.id : undefined;
  const here = useMemo(() => (placeId ? visible.filter((e) => e.properties.place?.id === placeId) : []), [visible, placeId]);
  if (!place || here.length < 2) return null;
  const i = here.findIndex((e) => e.id === event.id);
  const { selectEvent, selectPlace } = useStore.getState();
  const placeName = <span {...DATA_TEXT}>{name(place)}</span>;
  const at = (
    <span className="visually-hidden">
      {SPACE}
      <FormattedMessage id="panel.placeNav.at" values={{ place: placeName }} />
    </span>
  );
  return (
    <nav className="event-nav place-nav" aria-label={t('panel.placeNav.label', { place: name(place) })}>
      <button type="button" disabled={i <= 0} onClick={() => selectEvent(here[i - 1].id)}>
        <Arrow to="back" /> {t('panel.nav.earlier')}
        {at}
      </button>
      <span>
        {i >= 0 ? (
          <FormattedMessage id="panel.placeNav.position" values={{ i: i + 1, n: here.length, place: placeName }} />
        ) : (
          <FormattedMessage id="panel.placeNav.count" values={{ n: here.length, place: placeName }} />
        )}
      </span>
      <button type="button" disabled={i < 0 || i >= here.length - 1} onClick={() => selectEvent(here[i + 1].id)}>
        {t('panel.nav.later')}
        {at} <Arrow to="forward" />
      </button>
      <button type="button" onClick={() => selectPlace(place.id)}>
        {t('panel.placeNav.listAll')}
        <span className="visually-hidden">
          {SPACE}
          <FormattedMessage id="panel.placeNav.listAllAt" values={{ place: placeName }} />
        </span>
      </button>
    </nav>
  );
}

function EventDetail({ event, visible }: { event: EventFeature; visible: readonly EventFeature[] }) {
  const labels = useLabels();
  const t = useT();
  const day = useDay();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const [bySource, setBySource] = usePreference('claims-by-source', false);
  const p = event.properties;
  const authored = useAuthored();
  const title = authored(p, 'title');
  const summary = authored(p, 'summary');
  const when = whenWithBasis(p.when);
  const byReport = new Map<string, typeof p.claims>();
  for (const c of p.claims) byReport.set(c.report, [...(byReport.get(c.report) ?? []), c]);
  const index = visible.findIndex((e) => e.id === event.id);
  const { selectEvent } = useStore.getState();
  return (
    <div className="event-view">
      <nav className="event-nav" aria-label={t('panel.nav.label')}>
        <button type="button" disabled={index <= 0} onClick={() => selectEvent(visible[index - 1].id)}>
          <Arrow to="back" /> {t('panel.nav.earlier')}
        </button>
        <span>{index >= 0 ? t('panel.nav.position', { i: index + 1, n: visible.length }) : t('panel.nav.outside')}</span>
        <button type="button" disabled={index < 0 || index >= visible.length - 1} onClick={() => selectEvent(visible[index + 1].id)}>
          {t('panel.nav.later')} <Arrow to="forward" />
        </button>
        <button type="button" onClick={() => selectEvent(null)}>
          {t('panel.nav.close')}
        </button>
      </nav>
      <PlaceNav event={event} visible={visible} />
      <h2 tabIndex={-1} id="event-title">
        <span {...title.attrs}>{title.text}</span>
      </h2>
      <p className="event-where">
        {p.place ? (
          <>
            <strong {...DATA_TEXT} title={isOtherForm(p.place, lang) ? p.place.name : undefined}>
              {name(p.place)}
            </strong>
            {SPACE}
            <span className="muted">{t('panel.event.precision', { precision: labels.precision[p.place.precision] })}</span>
          </>
        ) : (
          <strong>{t('panel.event.unplaced')}</strong>
        )}
      </p>
      {p.actors && p.actors.length > 0 && (
        <p className="event-parties">
          <span className="muted">{t('panel.event.parties')}</span>
          {p.actors.map((a) => (
            <span key={a.id} className="party" style={{ ['--aff' as string]: labels.affiliation[a.affiliation]?.colour }}>
              <span {...DATA_TEXT}>{name(a)}</span>
              {SPACE}
              <span className="muted">{t('panel.event.partyKind', { kind: labels.kind[a.kind] ?? a.kind })}</span>
            </span>
          ))}
        </p>
      )}
      <p className="event-when">
        <strong>{when.words}</strong>
        {SPACE}
        <span className="muted">
          {t('panel.event.basis', { basis: when.basis })}
          {SPACE}
          <span className="when-note" {...DATA_TEXT}>
            {when.note}
          </span>
        </span>
      </p>
      <p className="event-summary" {...summary.attrs}>
        {summary.text}
      </p>
      {p.claims.length > 1 && (
        <label className="claims-layout">
          <input type="checkbox" checked={bySource} onChange={(e) => setBySource(e.target.checked)} />
          {SPACE}
          {t('panel.event.compact', { n: p.claims.length })}
        </label>
      )}
      {bySource && p.claims.length > 1 ? (
        <ClaimsBySource claims={p.claims} />
      ) : (
        [...byReport].map(([reportId, claims]) => {
          const report = model.reportById.get(reportId)!;
          return (
            <section key={reportId} className="claims-of-report" aria-label={t('panel.event.claimsIn', { outlet: report.outlet.value })}>
              <h3>
                <span {...DATA_TEXT}>{report.outlet.value}</span>
                {SPACE}
                <span className="muted">
                  {t('panel.event.published', {
                    date: day(report.published.date),
                    status: t('panel.status', { status: report.published.status }),
                  })}
                </span>
              </h3>
              {claims.map((c) => (
                <ClaimCard key={c.id} claim={c} />
              ))}
            </section>
          );
        })
      )}
      <LaterKnown notes={p.later} />
    </div>
  );
}

function NoSelection({ visible }: { visible: readonly EventFeature[] }) {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const description = useAuthored()(model.meta, 'description');
  const unplaced = visible.filter((e) => !e.geometry);
  return (
    <div className="event-view empty">
      <p className="intro">
        <span {...description.attrs}>{description.text}</span>
        {SPACE}
        <FormattedMessage id="panel.empty.choose" values={{ strong: (words) => <strong>{words}</strong> }} />
      </p>
      <h2>{t('panel.empty.shown', { n: visible.length, total: model.events.length })}</h2>
      <h3>{t('panel.empty.onMap', { n: visible.length - unplaced.length })}</h3>
      <EventList events={visible.filter((e) => e.geometry)} />
      {unplaced.length > 0 && (
        <>
          <h3>{t('panel.empty.offMap', { n: unplaced.length })}</h3>
          <EventList events={unplaced} />
        </>
      )}
    </div>
  );
}
