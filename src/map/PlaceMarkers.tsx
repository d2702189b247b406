/**
 * One keyboard-reachable marker per place (or per group of places too close to tell
 * apart at this zoom), with a count badge of the visible events there. Layout (groups,
 * label sides) is computed per zoom level only; time and filters update markers in place.
 */
import { useLanguage } from '../store/language';
import { t } from '../words/i18n';
import type L from 'leaflet';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '../../geo/types';
import type { Model } from '../data/model';
import { useStepEffect } from '../step/step';
import { useStore } from '../store/store';
import { prefersReducedMotion } from './controllers';
import { inRegion, toLatLng } from '../ui/lnglat';
import { layoutLabels, type LabelSide } from '../ui/label-layout';
import { useNames } from '../words/labels';

import { labelText, markerEvents, measureLabel, placeIcon, RADIUS, updateMarker } from './marker-icon';
import { groupPlaces, type Group } from './place-groups';

const PRECISION_WEIGHT = { city: 4, site: 3, district: 2, province: 1, country: 0 } as const;

interface Layout {
  groups: (Group & { places: Place[] })[];
  sides: Map<string, LabelSide | null>;
}

/** Presentation draws markers and labels larger (see app.css): the layout must know. */
const PRESENT_SCALE = { marker: 1.45, label: 20 / 13 };

function computeLayout(map: L.Map, model: Model, zoom: number, present: boolean, name: (p: Place) => string): Layout {
  const scale = present ? PRESENT_SCALE : { marker: 1, label: 1 };
  const screen = model.places.map((p) => {
    const { x, y } = map.project(toLatLng(p.lngLat), zoom);
    const total = model.eventsByPlace.get(p.id)?.length ?? 0;
    // A whole country is the vaguest place: it never leads a group of nearby places.
    const priority = p.precision === 'country' ? total : total * 10 + PRECISION_WEIGHT[p.precision];
    return { id: p.id, x, y, radius: RADIUS[p.precision] * scale.marker, priority, name: name(p) };
  });
  const groups = groupPlaces(screen);
  const byId = new Map(screen.map((s) => [s.id, s]));
  const sides = layoutLabels(
    groups.map((g) => {
      const lead = byId.get(g.id)!;
      const text = g.members.length > 1 ? `${lead.name} +${g.members.length - 1}` : lead.name;
      return {
        id: g.id,
        x: g.x,
        y: g.y,
        radius: lead.radius,
        priority: lead.priority,
        width: measureLabel(text) * scale.label,
        height: 18 * scale.label,
      };
    }),
  );
  // Each group's places are built here, once per zoom, so markers' handlers stay stable per step.
  return { groups: groups.map((g) => ({ ...g, places: g.members.map((id) => model.placeById.get(id)!) })), sides };
}

function describe(places: Place[], count: number, total: number, selected: boolean, labelled: boolean, name: (p: Place) => string): string {
  const events = markerEvents(count, total, selected);
  if (places.length === 1) return t('map.marker.place', { name: name(places[0]), events });
  // Starts with the words written on the map ("Tikrit +2"), then names every place.
  const names = places.map(name).join(t('core.list.comma'));
  return labelled
    ? t('map.marker.groupLabelled', { label: labelText(name(places[0]), places.length), names, events })
    : t('map.marker.group', { names, events });
}

function PlaceMarker({
  group,
  places,
  side,
  total,
  keyboard,
  refocusRef,
}: {
  group: Group;
  places: Place[];
  side: LabelSide | null;
  total: number;
  keyboard: boolean;
  refocusRef: React.RefObject<string | null>;
}) {
  const map = useMap();
  const ref = useRef<L.Marker>(null);
  const lead = places[0];
  const selected = useStore((s) => {
    const eventPlace = s.view.event ? s.model?.eventById.get(s.view.event)?.properties.place?.id : undefined;
    return group.members.includes(s.view.place ?? '') || group.members.includes(eventPlace ?? '');
  });
  const hovered = useStore((s) => {
    const id = s.hover ? s.model?.eventById.get(s.hover)?.properties.place?.id : undefined;
    return id !== undefined && group.members.includes(id);
  });
  const name = useNames();
  const icon = useMemo(() => placeIcon(name(lead), lead.precision, side, places.length), [lead, side, places.length, name]);
  const lang = useLanguage((s) => s.lang);
  // The count follows a step in place (no render); the rest follows the marker's props and state.
  const countRef = useRef(0);
  const paint = useCallback(() => {
    const element = ref.current?.getElement();
    const count = countRef.current;
    updateMarker(element, { count, total, selected, hovered, label: describe(places, count, total, selected, side !== null, name) });
    if (element) element.dataset.places = group.members.join(' ');
    // The language too: the marker's words are its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [icon, total, selected, hovered, places, group.members, side, lang, name]);
  useEffect(paint, [paint]);
  useStepEffect(
    (s) => group.members.reduce((n, id) => n + (s.counts.get(id) ?? 0), 0),
    (count) => {
      countRef.current = count;
      paint();
    },
    [paint, group.members],
  );
  useEffect(
    function skipWhenOffScreen() {
      if (!keyboard) return;
      // A marker outside the map's view is no Tab stop: reaching it would pan the map away from what the reader sees.
      const update = () => {
        const element = ref.current?.getElement();
        if (element) element.tabIndex = map.getBounds().contains(toLatLng(lead.lngLat)) ? 0 : -1;
      };
      update();
      map.on('moveend', update);
      return function stopSkipping() {
        map.off('moveend', update);
      };
    },
    [map, keyboard, lead, icon],
  );
  const activate = useCallback(() => {
    if (places.length > 1) {
      // The markers are rebuilt at the new zoom: keep the keyboard on this place.
      refocusRef.current = lead.id;
      map.fitBounds(
        places.map((p) => toLatLng(p.lngLat)),
        { padding: [80, 80], maxZoom: Math.max(map.getZoom() + 2, 8), animate: !prefersReducedMotion() },
      );
      return;
    }
    useStore.getState().openPlace(lead.id);
  }, [map, places, lead, refocusRef]);
  const handlers = useMemo(
    () => ({
      click: activate,
      // Leaflet makes markers focusable but does not press them: Enter and Space do here.
      keydown: (e: L.LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
          e.originalEvent.preventDefault();
          activate();
        }
      },
    }),
    [activate],
  );
  return <Marker ref={ref} position={toLatLng(lead.lngLat)} icon={icon} keyboard={keyboard} eventHandlers={handlers} riseOnHover />;
}

/** Above this many places, the map draws them on a canvas (LargePlaces, loaded only then). */
export const LARGE_MAP_PLACES = 300;
const LargePlaces = lazy(() => import('./LargePlaces').then((m) => ({ default: m.LargePlaces })));

export function PlaceMarkers() {
  const large = useStore((s) => (s.model?.places.length ?? 0) > LARGE_MAP_PLACES);
  return large ? (
    <Suspense fallback={null}>
      <LargePlaces />
    </Suspense>
  ) : (
    <SmallPlaces />
  );
}

/** A marker element per place: for maps of tens of places, where every place has its name. */
function SmallPlaces() {
  const map = useMap();
  const model = useStore((s) => s.model)!;
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const present = useStore((s) => s.view.present);
  const name = useNames();
  const layout = useMemo(() => computeLayout(map, model, zoom, present, name), [map, model, zoom, present, name]);
  const refocusRef = useRef<string | null>(null);
  useEffect(
    function keepKeyboardFocus() {
      const id = refocusRef.current;
      if (!id) return;
      refocusRef.current = null;
      document.querySelector<HTMLElement>(`.leaflet-marker-icon[data-places~="${id}"]`)?.focus({ preventScroll: true });
    },
    [layout],
  );
  return (
    <>
      {layout.groups.map((g) => {
        const places = g.places;
        const total = g.members.reduce((n, id) => n + (model.eventsByPlace.get(id)?.length ?? 0), 0);
        const side = layout.sides.get(g.id) ?? null;
        // Tab reaches places with events in the region; the rest would pan the map away to
        // nothing (the "Elsewhere" buttons and the Places tab reach those).
        const keyboard = total > 0 && inRegion(model, places[0].lngLat);
        return (
          <PlaceMarker
            key={`${g.id}:${g.members.length}:${side}:${zoom}:${present}:${keyboard}`}
            group={g}
            places={places}
            side={side}
            total={total}
            keyboard={keyboard}
            refocusRef={refocusRef}
          />
        );
      })}
    </>
  );
}
