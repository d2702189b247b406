/** The selected event: what, where, when (with its uncertainty), and every claim about it. */
import { useMemo } from 'react';
import type { EventFeature } from '../../geo/types';
import { usePreference } from '../ui/preference';
import { dayWords, whenWithBasis } from '../words/dates';
import { isOtherForm, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { ClaimCard } from '../ui/ClaimCard';
import { ClaimsBySource } from './ClaimsBySource';
import { EventList } from './EventList';
import '../styles/reading.css';

export function EventView({ visible }: { visible: readonly EventFeature[] }) {
  const model = useStore((s) => s.model)!;
  const id = useStore((s) => s.view.event);
  const event = id ? model.eventById.get(id) : undefined;
  if (!event) return <NoSelection visible={visible} />;
  return <EventDetail event={event} visible={visible} />;
}

/** Earlier and later among the events shown at the event's place: a marker's place, read event by event. */
function PlaceNav({ event, visible }: { event: EventFeature; visible: readonly EventFeature[] }) {
  const place = event.properties.place;
  const name = useNames();
  const placeId = event.geometry ? place?.id : undefined;
  const here = useMemo(() => (placeId ? visible.filter((e) => e.properties.place?.id === placeId) : []), [visible, placeId]);
  if (!place || here.length < 2) return null;
  const i = here.findIndex((e) => e.id === event.id);
  const { selectEvent, selectPlace } = useStore.getState();
  return (
    <nav className="event-nav place-nav" aria-label={`Events at ${name(place)}`}>
      <button type="button" disabled={i <= 0} onClick={() => selectEvent(here[i - 1].id)}>
        ‹ Earlier<span className="visually-hidden"> at {name(place)}</span>
      </button>
      <span>{i >= 0 ? `${i + 1} of ${here.length} at ${name(place)}` : `${here.length} at ${name(place)}`}</span>
      <button type="button" disabled={i < 0 || i >= here.length - 1} onClick={() => selectEvent(here[i + 1].id)}>
        Later<span className="visually-hidden"> at {name(place)}</span> ›
      </button>
      <button type="button" onClick={() => selectPlace(place.id)}>
        List all<span className="visually-hidden"> events at {name(place)}</span>
      </button>
    </nav>
  );
}

function EventDetail({ event, visible }: { event: EventFeature; visible: readonly EventFeature[] }) {
  const labels = useLabels();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const [bySource, setBySource] = usePreference('claims-by-source', false);
  const p = event.properties;
  const when = whenWithBasis(p.when);
  const byReport = new Map<string, typeof p.claims>();
  for (const c of p.claims) byReport.set(c.report, [...(byReport.get(c.report) ?? []), c]);
  const index = visible.findIndex((e) => e.id === event.id);
  const { selectEvent } = useStore.getState();
  return (
    <div className="event-view">
      <nav className="event-nav" aria-label="Events in time order">
        <button type="button" disabled={index <= 0} onClick={() => selectEvent(visible[index - 1].id)}>
          ‹ Earlier
        </button>
        <span>{index >= 0 ? `${index + 1} of ${visible.length} shown` : 'Outside the time shown'}</span>
        <button type="button" disabled={index < 0 || index >= visible.length - 1} onClick={() => selectEvent(visible[index + 1].id)}>
          Later ›
        </button>
        <button type="button" onClick={() => selectEvent(null)}>
          Close
        </button>
      </nav>
      <PlaceNav event={event} visible={visible} />
      <h2 tabIndex={-1} id="event-title">
        {p.title}
      </h2>
      <p className="event-where">
        {p.place ? (
          <>
            <strong title={isOtherForm(p.place, lang) ? p.place.name : undefined}>{name(p.place)}</strong>{' '}
            <span className="muted">({labels.precision[p.place.precision]})</span>
          </>
        ) : (
          <strong>Not on the map: the reports give no place that can be mapped</strong>
        )}
      </p>
      <p className="event-when">
        <strong>{when.words}</strong>{' '}
        <span className="muted">
          — {when.basis}: {when.note}
        </span>
      </p>
      <p className="event-summary">{p.summary}</p>
      {p.claims.length > 1 && (
        <label className="claims-layout">
          <input type="checkbox" checked={bySource} onChange={(e) => setBySource(e.target.checked)} /> Compact: group the {p.claims.length}{' '}
          claims by source
        </label>
      )}
      {bySource && p.claims.length > 1 ? (
        <ClaimsBySource claims={p.claims} />
      ) : (
        [...byReport].map(([reportId, claims]) => {
          const report = model.reportById.get(reportId)!;
          return (
            <section key={reportId} className="claims-of-report" aria-label={`Claims in ${report.outlet.value}`}>
              <h3>
                {report.outlet.value}{' '}
                <span className="muted">
                  · {dayWords(report.published.date)} ({report.published.status})
                </span>
              </h3>
              {claims.map((c) => (
                <ClaimCard key={c.id} claim={c} />
              ))}
            </section>
          );
        })
      )}
    </div>
  );
}

function NoSelection({ visible }: { visible: readonly EventFeature[] }) {
  const model = useStore((s) => s.model)!;
  const unplaced = visible.filter((e) => !e.geometry);
  return (
    <div className="event-view empty">
      <p className="intro">
        {model.meta.description} Choose a place on the map, a mark on the timeline or an event below to see <strong>who says so</strong>.
      </p>
      <h2>
        Events shown ({visible.length.toLocaleString('en')} of {model.events.length.toLocaleString('en')})
      </h2>
      <h3>On the map: {(visible.length - unplaced.length).toLocaleString('en')}</h3>
      <EventList events={visible.filter((e) => e.geometry)} />
      {unplaced.length > 0 && (
        <>
          <h3>Not on the map: {unplaced.length}</h3>
          <EventList events={unplaced} />
        </>
      )}
    </div>
  );
}
