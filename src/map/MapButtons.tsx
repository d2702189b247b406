/** On-map controls: "Show all" and the places with events off the current view ("Elsewhere"). */
import { useT } from '../words/i18n';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { currentStep, useStepEffect } from '../step/step';
import { useStore } from '../store/store';
import { useNames } from '../words/labels';
import { allBounds, framePadding, prefersReducedMotion } from './controllers';
import { toLatLng } from '../ui/lnglat';
import { scrollCue } from '../ui/scroll-cue';

const ELSEWHERE_BUTTONS = 6;

export function MapButtons() {
  const t = useT();
  const map = useMap();
  const model = useStore((s) => s.model)!;
  const name = useNames();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(function keepClicksOffTheMap() {
    if (ref.current) {
      L.DomEvent.disableClickPropagation(ref.current);
      L.DomEvent.disableScrollPropagation(ref.current);
    }
  }, []);
  // The places with events, busiest first (a step changes only their counts, in place).
  const candidates = useMemo(() => {
    const n = (id: string) => model.eventsByPlace.get(id)?.length ?? 0;
    return model.places.filter((p) => model.eventsByPlace.has(p.id)).sort((a, b) => n(b.id) - n(a.id));
  }, [model]);
  // Those off the current view: "Elsewhere", a few buttons at most; the Places tab lists every place.
  const offView = useCallback(() => {
    const view = map.getBounds();
    return candidates.filter((p) => !view.contains(toLatLng(p.lngLat)));
  }, [map, candidates]);
  // Counted again after every move of the map.
  const [moves, setMoves] = useState(0);
  useMapEvents({ moveend: () => setMoves((n) => n + 1) });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `moves` is the map's view, read by offView
  const elsewhere = useMemo(() => offView(), [offView, moves]);
  const shownElsewhere = elsewhere.slice(0, ELSEWHERE_BUTTONS);
  const showAll = () => {
    const animate = !prefersReducedMotion();
    const shown = [...currentStep().counts.keys()];
    const bounds = allBounds(model, shown.length ? shown : undefined) ?? allBounds(model);
    if (bounds) map.fitBounds(bounds, { ...framePadding(map), animate, maxZoom: 8 });
  };
  return (
    <div className="map-buttons" ref={ref}>
      <button type="button" onClick={showAll} title={t('map.showAll.title')}>
        {t('map.showAll')}
      </button>
      {elsewhere.length > 0 && (
        <div className="elsewhere" ref={scrollCue} role="group" aria-label={t('map.elsewhere.label')}>
          <span>{t('map.elsewhere')}</span>
          {shownElsewhere.map((p) => (
            <button key={p.id} type="button" onClick={() => map.setView(toLatLng(p.lngLat), 5, { animate: !prefersReducedMotion() })}>
              <span dir="auto">{name(p)}</span>
              <ElsewhereCount id={p.id} />
            </button>
          ))}
          {elsewhere.length > shownElsewhere.length && (
            <span>{t('map.elsewhere.more', { n: elsewhere.length - shownElsewhere.length })}</span>
          )}
        </div>
      )}
    </div>
  );
}

/** The events shown at a place elsewhere: its text follows a step in place. */
function ElsewhereCount({ id }: { id: string }) {
  const t = useT();
  const ref = useRef<HTMLSpanElement>(null);
  useStepEffect(
    (s) => s.counts.get(id) ?? 0,
    (n) => {
      if (ref.current) ref.current.textContent = n ? t('map.elsewhere.count', { n }) : '';
    },
    [t, id],
  );
  return <span ref={ref} />;
}
