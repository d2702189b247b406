/** On-map controls: "Show all" and the places far outside the region ("Elsewhere"). */
import { useT } from '../words/i18n';
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { currentStep, useStepEffect } from '../step/step';
import { useStore } from '../store/store';
import { useNames } from '../words/labels';
import { framePadding, prefersReducedMotion, regionBounds } from './controllers';
import { inRegion, toLatLng } from '../ui/lnglat';

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
  // A few buttons at most; the Places tab lists every place.
  const elsewhere = useMemo(() => model.places.filter((p) => model.eventsByPlace.has(p.id) && !inRegion(model, p.lngLat)), [model]);
  const shownElsewhere = elsewhere.slice(0, ELSEWHERE_BUTTONS);
  const showAll = () => {
    const animate = !prefersReducedMotion();
    const shown = [...currentStep().counts.keys()];
    const bounds = regionBounds(model, shown.length ? shown : undefined) ?? regionBounds(model);
    if (bounds) map.fitBounds(bounds, { ...framePadding(map), animate });
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
