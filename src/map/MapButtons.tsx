/** On-map controls: "Show all" and the places with events off the current view ("Elsewhere"). */
import { useT } from '../words/i18n';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { useStore } from '../store/store';
import { useNames } from '../words/labels';
import { allBounds, framePadding, prefersReducedMotion } from './controllers';
import { toLatLng } from '../ui/lnglat';

const ELSEWHERE_BUTTONS = 6;

export function MapButtons({ counts }: { counts: ReadonlyMap<string, number> }) {
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
  // The places with events shown now (or with any event), busiest first.
  const candidates = useMemo(() => {
    const withEvents = model.places.filter((p) => (counts.size ? counts.has(p.id) : model.eventsByPlace.has(p.id)));
    const n = (id: string) => counts.get(id) ?? model.eventsByPlace.get(id)?.length ?? 0;
    return withEvents.sort((a, b) => n(b.id) - n(a.id));
  }, [model, counts]);
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
    const shown = [...counts.keys()];
    const bounds = allBounds(model, shown.length ? shown : undefined) ?? allBounds(model);
    if (bounds) map.fitBounds(bounds, { ...framePadding(map), animate, maxZoom: 8 });
  };
  return (
    <div className="map-buttons" ref={ref}>
      <button type="button" onClick={showAll} title={t('map.showAll.title')}>
        {t('map.showAll')}
      </button>
      {elsewhere.length > 0 && (
        <div className="elsewhere" role="group" aria-label={t('map.elsewhere.label')}>
          <span>{t('map.elsewhere')}</span>
          {shownElsewhere.map((p) => (
            <button key={p.id} type="button" onClick={() => map.setView(toLatLng(p.lngLat), 5, { animate: !prefersReducedMotion() })}>
              <span dir="auto">{name(p)}</span>
              {counts.get(p.id) ? t('map.elsewhere.count', { n: counts.get(p.id)! }) : ''}
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
