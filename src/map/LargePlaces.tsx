/**
 * The places of a large map (hundreds to thousands): every place or cluster of places is a circle
 * on one canvas (event-canvas.ts), clustered where places crowd (supercluster, built once per map),
 * redrawn in place at each slider step. Only the busiest places in view get a DOM marker with a
 * name, chosen through supercluster's spatial index and laid out without collisions; they are the
 * map's keyboard stops. Every place stays reachable by keyboard through the Places tab.
 */
import { useLanguage } from '../store/language';
import { t } from '../words/i18n';
import type L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import Supercluster from 'supercluster';
import type { Place } from '../../geo/types';
import { useStepEffect } from '../step/step';
import { useStore } from '../store/store';
import { prefersReducedMotion } from './controllers';
import { CLUSTER_RADIUS, EventCanvas, radiusOf, type Dot } from './event-canvas';
import { toLatLng } from '../ui/lnglat';
import { layoutLabels } from '../ui/label-layout';
import { useNames } from '../words/labels';
import { labelText, markerEvents, measureLabel, placeIcon, updateMarker } from './marker-icon';

/** Named markers at most, in view. */
const NAMED = 24;

interface Group {
  key: number;
  latLng: L.LatLngTuple;
  members: string[];
  lead: Place;
  total: number;
  clusterId: number | null;
}

function viewOf(map: L.Map): { zoom: number; bbox: [number, number, number, number] } {
  const b = map.getBounds().pad(0.25);
  return {
    zoom: Math.floor(map.getZoom()),
    bbox: [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())],
  };
}

/** Events shown in a group's places. */
const countIn = (group: Group, counts: ReadonlyMap<string, number>) => group.members.reduce((n, id) => n + (counts.get(id) ?? 0), 0);

function NamedMarker({
  group,
  side,
  selected,
  onActivate,
}: {
  group: Group;
  side: ReturnType<typeof layoutLabels> extends Map<string, infer S> ? S : never;
  selected: boolean;
  onActivate: (g: Group) => void;
}) {
  const name = useNames();
  const icon = useMemo(() => placeIcon(name(group.lead), group.lead.precision, side, group.members.length, true), [group, side, name]);
  const lang = useLanguage((s) => s.lang);
  const [marker, setMarker] = useState<L.Marker | null>(null);
  // The count follows a step in place (no render).
  useStepEffect(
    (s) => countIn(group, s.counts),
    (count) => {
      const n = group.members.length;
      const events = markerEvents(count, group.total, selected);
      updateMarker(marker?.getElement(), {
        count,
        total: group.total,
        selected,
        hovered: false,
        label:
          n > 1
            ? t('map.marker.cluster', { label: labelText(name(group.lead), n), n, events })
            : t('map.marker.place', { name: name(group.lead), events }),
      });
    },
    [marker, icon, group, selected, lang, name],
  );
  const handlers = useMemo(
    () => ({
      click: () => onActivate(group),
      keydown: (e: L.LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') {
          e.originalEvent.preventDefault();
          onActivate(group);
        }
      },
    }),
    [group, onActivate],
  );
  return <Marker ref={setMarker} position={group.latLng} icon={icon} eventHandlers={handlers} />;
}

export function LargePlaces() {
  const map = useMap();
  const model = useStore((s) => s.model)!;
  const selectedPlace = useStore(
    (s) => s.view.place ?? (s.view.event ? (s.model?.eventById.get(s.view.event)?.properties.place?.id ?? null) : null),
  );
  const layer = useMemo(() => new EventCanvas(), []);
  const index = useMemo(() => {
    const sc = new Supercluster<{ id: string; total: number }, { total: number }>({
      radius: CLUSTER_RADIUS,
      extent: 256,
      maxZoom: 11,
      map: (p) => ({ total: p.total }),
      reduce: (a, p) => void (a.total += p.total),
    });
    sc.load(
      model.places
        .filter((p) => model.eventsByPlace.has(p.id))
        .map((p) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [...p.lngLat] },
          properties: { id: p.id, total: model.eventsByPlace.get(p.id)!.length },
        })),
    );
    return sc;
  }, [model]);
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  useEffect(
    function addCanvas() {
      layer.addTo(map);
      return function removeCanvas() {
        layer.remove();
      };
    },
    [map, layer],
  );

  // Clusters in view and their places: once per view change, not per step.
  const groups: Group[] = useMemo(
    () =>
      index.getClusters(view.bbox, view.zoom).map((f, key) => {
        const props = f.properties as { cluster?: boolean; cluster_id?: number; id?: string; total: number };
        const members = props.cluster ? index.getLeaves(props.cluster_id!, Infinity).map((l) => l.properties.id) : [props.id!];
        const places = members.map((id) => model.placeById.get(id)!);
        const lead = places.reduce((a, b) =>
          (model.eventsByPlace.get(b.id)?.length ?? 0) > (model.eventsByPlace.get(a.id)?.length ?? 0) ? b : a,
        );
        return {
          key,
          latLng: toLatLng(f.geometry.coordinates as [number, number]),
          members,
          lead,
          total: props.total,
          clusterId: props.cluster ? props.cluster_id! : null,
        };
      }),
    [index, view, model],
  );

  // Per step, outside React: sum the counts of each group's places and redraw the one canvas.
  useStepEffect(
    (s) => s.counts,
    (counts) => {
      const dots: Dot[] = groups.map((g) => ({
        latLng: g.latLng,
        count: countIn(g, counts),
        total: g.total,
        selected: selectedPlace !== null && g.members.includes(selectedPlace),
        cluster: g.members.length > 1,
        key: g.key,
      }));
      layer.setDots(dots);
    },
    [layer, groups, selectedPlace],
  );

  const activate = useMemo(
    () => (g: Group) => {
      if (g.clusterId !== null) {
        map.flyTo(g.latLng, Math.min(index.getClusterExpansionZoom(g.clusterId), 14), { animate: !prefersReducedMotion() });
        return;
      }
      useStore.getState().openPlace(g.lead.id);
    },
    [map, index],
  );

  useMapEvents({
    click: (e) => {
      const dot = layer.hit(e.containerPoint.x, e.containerPoint.y);
      const group = dot && groups[dot.key];
      if (group) activate(group);
    },
    mousemove: (e) => {
      map.getContainer().style.cursor = layer.hit(e.containerPoint.x, e.containerPoint.y) ? 'pointer' : '';
    },
  });

  // Names for the busiest groups in view, where they fit: every circle in view is an obstacle.
  const name = useNames();
  const named = useMemo(() => {
    const size = map.getSize();
    const inView = groups
      .map((g) => ({ g, p: map.latLngToContainerPoint(g.latLng) }))
      .filter(({ p }) => p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y)
      .sort((a, b) => b.g.total - a.g.total);
    const wanted = new Set(inView.slice(0, NAMED * 2).map(({ g }) => g.key));
    const sides = layoutLabels(
      inView.map(({ g, p }) => ({
        id: String(g.key),
        x: p.x,
        y: p.y,
        radius: radiusOf(g.total, g.members.length > 1),
        // Circles that will not be named still keep labels off them; their own label is empty.
        priority: wanted.has(g.key) ? g.total : -1,
        width: wanted.has(g.key) ? measureLabel(labelText(name(g.lead), g.members.length)) : 0,
        height: wanted.has(g.key) ? 18 : 0,
      })),
      { width: size.x, height: size.y },
    );
    return inView
      .filter(({ g }) => wanted.has(g.key) && sides.get(String(g.key)))
      .slice(0, NAMED)
      .map(({ g }) => ({ g, side: sides.get(String(g.key))! }));
    // The view decides which names fit; counts only change the badges.
  }, [map, groups, name]);

  return (
    <>
      {named.map(({ g, side }) => (
        <NamedMarker
          key={`${view.zoom}:${g.lead.id}:${g.members.length}:${side}`}
          group={g}
          side={side}
          selected={selectedPlace !== null && g.members.includes(selectedPlace)}
          onActivate={activate}
        />
      ))}
    </>
  );
}
