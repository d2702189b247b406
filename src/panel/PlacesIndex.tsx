/** The way in for readers exploring by location: every place, its events in time order. */
import { useMemo, useState } from 'react';
import { FormattedList, FormattedMessage } from 'react-intl';
import { DATA_TEXT } from '../ui/text-direction';
import { useFormat, useT } from '../words/i18n';
import { foldName, isOtherForm, nameMatches, quoted, useLabels, useNames } from '../words/labels';
import { useLanguage } from '../store/language';
import { useStore } from '../store/store';
import { Disagreements } from './Disagreements';
import { EventList } from './EventList';
import type { EventFeature } from '../../geo/types';
import { SPACE } from '../ui/space';

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
  const t = useT();
  const format = useFormat();
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const model = useStore((s) => s.model)!;
  const placeId = useStore((s) => s.view.place);
  const { selectPlace } = useStore.getState();
  const place = placeId ? model.placeById.get(placeId) : undefined;
  const [query, setQuery] = useState('');
  const q = foldName(query.trim());
  const withEvents = useMemo(() => model.places.filter((p) => model.eventsByPlace.has(p.id)), [model]);
  // The search's example is this map's own busiest place.
  const busiest = useMemo(
    () =>
      withEvents.reduce<(typeof withEvents)[number] | null>(
        (best, p) => (!best || model.eventsByPlace.get(p.id)!.length > model.eventsByPlace.get(best.id)!.length ? p : best),
        null,
      ),
    [withEvents, model],
  );
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
            <span {...DATA_TEXT} title={isOtherForm(place, lang) ? place.name : undefined}>
              {name(place)}
            </span>
            {SPACE}
            <span className="muted">{t('panel.event.precision', { precision: labels.precision[place.precision] })}</span>
          </h2>
          <p className="muted">{t('panel.places.here', { n: here.length, total: all.length })}</p>
          <EventList events={here} />
          {nearby.length > 0 && (
            <p>
              <FormattedMessage
                id="panel.places.nearby"
                values={{
                  km: NEARBY_KM,
                  places: (
                    <FormattedList
                      type="unit"
                      value={nearby.map((p) => (
                        <span key={p.id}>
                          <button type="button" className="link-button" onClick={() => selectPlace(p.id)} {...DATA_TEXT}>
                            {name(p)}
                          </button>
                          {SPACE}
                          {t('panel.places.eventCount', { n: model.eventsByPlace.get(p.id)?.length ?? 0 })}
                        </span>
                      ))}
                    />
                  ),
                }}
              />
            </p>
          )}
          <h3>{t('panel.places.disagree', { nearby: nearby.length ? 'yes' : 'no' })}</h3>
          <Disagreements events={around} />
          <button type="button" className="link-button" onClick={() => selectPlace(null)}>
            {t('panel.places.all')}
          </button>
        </section>
      )}
      <h2>{t('panel.places.title')}</h2>
      {withEvents.length > SHOWN / 2 && (
        <label className="place-search">
          {t('panel.places.find')}
          {SPACE}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('panel.places.findPlaceholder', { example: busiest ? name(busiest) : '' })}
          />
        </label>
      )}
      <p className="muted" aria-live="polite">
        {places.length > SHOWN ? (
          t('panel.places.busiest', { shown: SHOWN, n: places.length, match: q ? 'yes' : 'no' })
        ) : q ? (
          <FormattedMessage id="panel.places.match" values={{ n: places.length, query: <span {...DATA_TEXT}>{quoted(query)}</span> }} />
        ) : null}
      </p>
      <ul className="place-index">
        {places.slice(0, SHOWN).map((p) => (
          <li key={p.id}>
            <button type="button" aria-current={p.id === placeId ? 'true' : undefined} onClick={() => selectPlace(p.id)}>
              <span {...DATA_TEXT}>{name(p)}</span>
              <span
                className="count"
                aria-label={t('panel.places.countLabel', { n: counts.get(p.id) ?? 0, total: model.eventsByPlace.get(p.id)?.length ?? 0 })}
              >
                {format.number(counts.get(p.id) ?? 0)}
                <span className="muted">{t('panel.places.ofTotal', { total: model.eventsByPlace.get(p.id)?.length ?? 0 })}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {model.unplaced.length > 0 && <p className="muted">{t('panel.places.unplaced', { n: model.unplaced.length })}</p>}
    </div>
  );
}
