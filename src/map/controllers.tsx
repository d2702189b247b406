/** Imperative map work, one job each, in tiny useMap() children. */
import { DIRECTION, useLanguage } from '../store/language';
import { useT } from '../words/i18n';
import type { FitBoundsOptions, LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Model } from '../data/model';
import { useStore } from '../store/store';
import { boundsOf, inRegion, toLatLng } from '../ui/lnglat';
import { frameOf, type Frame } from '../ui/frame';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const frames = new WeakMap<Model, Frame | null>();

/**
 * The map's first view, from its data (ui/frame.ts): its places, weighted by their events (a place
 * without events is framed only when it lies near the others); a country's point only when the
 * map has nothing finer. Made once per map.
 */
export function frameOfModel(model: Model): Frame | null {
  if (!frames.has(model)) {
    const finer = model.places.filter((p) => p.precision !== 'country');
    const points = (finer.length ? finer : model.places).map((p) => ({
      lngLat: p.lngLat,
      weight: model.eventsByPlace.get(p.id)?.length ?? 0,
    }));
    frames.set(model, frameOf(points));
  }
  return frames.get(model)!;
}

/** The first view's box, as Leaflet bounds. */
export function mainBounds(model: Model): LatLngBoundsExpression | null {
  const frame = frameOfModel(model);
  if (!frame) return null;
  const [w, s, e, n] = frame.bbox;
  return [
    [s, w],
    [n, e],
  ];
}

/** Every place of the given ids (or with events), so that "Show all" shows all: far ones too. */
export function allBounds(model: Model, placeIds?: Iterable<string>): LatLngBoundsExpression | null {
  const ids = placeIds ? new Set(placeIds) : null;
  const placed = model.places.filter((p) => (ids ? ids.has(p.id) : model.eventsByPlace.has(p.id)));
  const finer = placed.filter((p) => p.precision !== 'country');
  return boundsOf((finer.length ? finer : placed).map((p) => p.lngLat));
}

/**
 * Room around the places when the map frames them: below the buttons at the top right ("Show all",
 * "Elsewhere"), with space for a label above the top marker, so no control covers a place's name.
 */
export function framePadding(map: LeafletMap): FitBoundsOptions {
  const buttons = map.getContainer().querySelector<HTMLElement>('.map-buttons');
  const below = buttons ? buttons.offsetTop + buttons.offsetHeight + 30 : 0;
  return { paddingTopLeft: [40, Math.max(40, below)], paddingBottomRight: [40, 40] };
}

/** Names the map for screen readers and says how to use it by keyboard; names Leaflet's zoom buttons in the reader's language. */
export function MapLabel() {
  const map = useMap();
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  useEffect(
    function labelMap() {
      const el = map.getContainer();
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', t('map.label'));
      // The map is never mirrored, but its controls are: the zoom buttons sit at the start of a line, the credits at its end.
      const rtl = DIRECTION[lang] === 'rtl';
      map.zoomControl?.setPosition(rtl ? 'topright' : 'topleft');
      map.attributionControl?.setPosition(rtl ? 'bottomleft' : 'bottomright');
      for (const [selector, words] of [
        ['.leaflet-control-zoom-in', t('map.zoomIn')],
        ['.leaflet-control-zoom-out', t('map.zoomOut')],
      ]) {
        const button = el.querySelector(selector);
        button?.setAttribute('title', words);
        button?.setAttribute('aria-label', words);
      }
    },
    [map, t, lang],
  );
  return null;
}

export function Attribution({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    control?.addAttribution(text);
    return function removeAttribution() {
      control?.removeAttribution(text);
    };
  }, [map, text]);
  return null;
}

/**
 * First view: the link's map position, else the main group of the map's places. Until the reader
 * touches the map, the frame follows the map's size (a notice or the sheet appearing after the
 * first frame would otherwise push a place off the edge).
 */
export function FitOnLoad() {
  const map = useMap();
  const model = useStore((s) => s.model)!;
  useEffect(
    function fitOnce() {
      const saved = useStore.getState().view.map;
      if (saved) {
        map.setView([saved.lat, saved.lng], saved.zoom, { animate: false });
        return;
      }
      const bounds = mainBounds(model);
      if (!bounds) return;
      const fit = () => map.fitBounds(bounds, { ...framePadding(map), animate: false, maxZoom: 8 });
      fit();
      // A link that opens an event, a place or a presentation moves the map itself.
      const { view } = useStore.getState();
      if (view.event || view.place || view.present) return;
      const container = map.getContainer();
      const observer = new ResizeObserver(() => {
        map.invalidateSize({ pan: false });
        fit();
      });
      observer.observe(container);
      const touched = () => stop();
      const events = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
      function stop() {
        observer.disconnect();
        for (const e of events) container.removeEventListener(e, touched);
      }
      for (const e of events) container.addEventListener(e, touched, { passive: true });
      // A selection or a presentation that moves the map ends the framing too.
      const unsubscribe = useStore.subscribe((s, prev) => {
        if (s.view.event !== prev.view.event || s.view.place !== prev.view.place || s.view.present !== prev.view.present) stop();
      });
      map.once('dragstart', stop);
      return function stopFraming() {
        stop();
        unsubscribe();
      };
    },
    [map, model],
  );
  return null;
}

/** Keeps view.map in step with the map, for links. */
export function TrackMapView() {
  const map = useMap();
  const setMapView = useStore((s) => s.setMapView);
  useMapEvents({
    moveend() {
      const c = map.getCenter();
      setMapView({ lat: Number(c.lat.toFixed(3)), lng: Number(c.lng.toFixed(3)), zoom: map.getZoom() });
    },
  });
  return null;
}

/** Brings the selected event's place into view when it is not already. */
export function FlyToSelection() {
  const map = useMap();
  const eventId = useStore((s) => s.view.event);
  const placeId = useStore((s) => s.view.place);
  const model = useStore((s) => s.model)!;
  // Fly only when the selection changes: not on load (the link's map position wins), and
  // not again when StrictMode runs the effect twice.
  const last = useRef({ eventId, placeId });
  useEffect(
    function flyToSelection() {
      if (last.current.eventId === eventId && last.current.placeId === placeId) return;
      last.current = { eventId, placeId };
      if (useStore.getState().view.present) return;
      const place = (eventId && model.eventById.get(eventId)?.properties.place) || null;
      const lngLat = place ? model.placeById.get(place.id)?.lngLat : placeId ? model.placeById.get(placeId)?.lngLat : undefined;
      if (!lngLat) return;
      const target = toLatLng(lngLat);
      const inner = map.getBounds().pad(-0.15);
      if (inner.contains(target)) return;
      const zoom = Math.max(map.getZoom(), 6);
      if (prefersReducedMotion()) map.setView(target, zoom, { animate: false });
      else map.flyTo(target, zoom, { duration: 0.8 });
    },
    [map, model, eventId, placeId],
  );
  return null;
}

const STEP_ZOOM = { site: 9, city: 8, district: 8, province: 7, country: 5 } as const;

/** In presentation (and an embedded tour), each step flies to its place (short, or instant with reduced motion). */
export function PresentationFly() {
  const map = useMap();
  const model = useStore((s) => s.model)!;
  // An embedded tour flies the same way: its frame is small, its steps go one by one.
  const present = useStore((s) => s.view.present || (s.view.embed && s.view.tour !== null));
  const step = useStore((s) => s.view.step);
  const eventId = useStore((s) => s.view.event);
  useEffect(
    function flyToStep() {
      if (!present || !step) return;
      const place = eventId ? model.eventById.get(eventId)?.properties.place : null;
      const lngLat = place ? model.placeById.get(place.id)?.lngLat : undefined;
      const animate = !prefersReducedMotion();
      map.invalidateSize();
      if (!place || !lngLat) {
        const bounds = mainBounds(model);
        if (bounds) map.fitBounds(bounds, { padding: [30, 30], animate, maxZoom: 8 });
        return;
      }
      // Outside the detail region the basemap is coarse: show the country, not the street.
      const zoom = inRegion(model, lngLat) ? STEP_ZOOM[place.precision] : 5;
      if (animate) map.flyTo(toLatLng(lngLat), zoom, { duration: 0.7 });
      else map.setView(toLatLng(lngLat), zoom, { animate: false });
    },
    [map, model, present, step, eventId],
  );
  return null;
}

/** The map's box changes when the layout does (presentation, panel): tell Leaflet. */
export function ResizeWatcher() {
  const map = useMap();
  useEffect(
    function watchSize() {
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
