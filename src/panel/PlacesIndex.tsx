/** The way in for readers exploring by location: every place, its events in time order. */
import { useMemo, useState } from 'react';
import { foldName, isOtherForm, nameMatches, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { Disagreements } from './Disagreements';
import { EventList } from './EventList';
import type { EventFeature } from '../../geo/types';

const NEARBY_KM = 30;

/** Great-circle distance, for "nearby"; [lng, lat] in degrees. */
function km(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const [dLat, dLng] = [(b[1] - a[1]) * rad, (b[0] - a[0]) * rad];
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Rows shown at once; a longer index is narrowed by typing a name. */
const SHOWN = 100;

export function PlacesIndex({ counts, visible }: { counts: ReadonlyMap<string, number>; visible: readonly EventFeature[] }) {
  const labels = useLabels();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const placeId = useStore((s) => s.view.place);
  const { selectPlace } = useStore.getState();
  const place = placeId ? model.placeById.get(placeId) : undefined;
  const [query, setQuery] = useState('');
  const q = foldName(query.trim());
  const withEvents = useMemo(() => model.places.filter((p) => model.eventsByPlace.has(p.id)), [model]);
  const places = withEvents
    .filter((p) => !q || nameMatches(p, q))
    .sort(
      (a, b) =>
        (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
        (model.eventsByPlace.get(b.id)?.length ?? 0) - (model.eventsByPlace.get(a.id)?.length ?? 0) ||
        name(a).localeCompare(name(b), lang),
    );
  const here = place ? visible.filter((e) => e.properties.place?.id === place.id) : [];
  const all = place ? (model.eventsByPlace.get(place.id) ?? []) : [];
  // Sites a few kilometres off (Camp Speicher by Tikrit) belong to the same story.
  const nearby = place
    ? model.places.filter(
        (p) => p.id !== place.id && p.precision !== 'country' && model.eventsByPlace.has(p.id) && km(p.lngLat, place.lngLat) <= NEARBY_KM,
      )
    : [];
  const around = [...all, ...nearby.flatMap((p) => model.eventsByPlace.get(p.id) ?? [])];
  return (
    <div className="places-view">
      {place && (
        <section className="place-detail" aria-labelledby="place-title">
          <h2 id="place-title" tabIndex={-1}>
            <span title={isOtherForm(place, lang) ? place.name : undefined}>{name(place)}</span>{' '}
            <span className="muted">({labels.precision[place.precision]})</span>
          </h2>
          <p className="muted">
            {here.length} of {all.length} events here in the time and filters shown, in time order.
          </p>
          <EventList events={here} />
          {nearby.length > 0 && (
            <p>
              Also within {NEARBY_KM} km:{' '}
              {nearby.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => selectPlace(p.id)}>
                    {name(p)}
                  </button>{' '}
                  ({model.eventsByPlace.get(p.id)?.length} events)
                </span>
              ))}
            </p>
          )}
          <h3>Where the reports contradict or update one another{nearby.length ? ' here and nearby' : ' here'}</h3>
          <Disagreements events={around} />
          <button type="button" className="link-button" onClick={() => selectPlace(null)}>
            All places
          </button>
        </section>
      )}
      <h2>Places</h2>
      {withEvents.length > SHOWN / 2 && (
        <label className="place-search">
          Find a place <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="a name, e.g. Mosul" />
        </label>
      )}
      <p className="muted" aria-live="polite">
        {places.length > SHOWN
          ? `The ${SHOWN} busiest of ${places.length.toLocaleString('en')} places${q ? ' that match' : ''}; type a name to find the others.`
          : q
            ? `${places.length} place${places.length === 1 ? '' : 's'} match “${query.trim()}”.`
            : ''}
      </p>
      <ul className="place-index">
        {places.slice(0, SHOWN).map((p) => (
          <li key={p.id}>
            <button type="button" aria-current={p.id === placeId ? 'true' : undefined} onClick={() => selectPlace(p.id)}>
              <span>{name(p)}</span>
              <span className="count" aria-label={`${counts.get(p.id) ?? 0} events shown of ${model.eventsByPlace.get(p.id)?.length ?? 0}`}>
                {counts.get(p.id) ?? 0}
                <span className="muted">/{model.eventsByPlace.get(p.id)?.length ?? 0}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {model.unplaced.length > 0 && (
        <p className="muted">Not on the map: {model.unplaced.length} events with no mappable place (see the Event tab).</p>
      )}
    </div>
  );
}
