/**
 * The offline basemap (geo/basemap), in two layers that never change once drawn:
 * - the detail region (basemap.geojson, loaded with the map): land, coasts, borders, lakes,
 *   rivers and their names at 1:10m, on the map's own canvas, over an opaque sea of the same
 *   colour as the page's, so the region hides whatever the world has under it;
 * - the world (basemap-world.topojson, world-basemap.ts), loaded after the first markers, in a
 *   pane of its own under the region, with country names that appear as the reader zooms in.
 * Neither is a box with visible edges: the world is not clipped, and the region's only straight
 * edges lie where its land meets the world's land or its sea meets the page's sea.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import L, { type PathOptions } from 'leaflet';
import { memo, useEffect, useMemo, useState } from 'react';
import { GeoJSON, Marker, Pane, useMap, type GeoJSONProps } from 'react-leaflet';
import { markOnce } from '../data/load';
import { loadWorldBasemap, type WorldBasemap } from '../data/world-basemap';
import { toLatLng } from '../ui/lnglat';
import { useLanguage } from '../store/language';
import { basemapName, type BasemapNamed } from '../words/labels';
import { StillCanvas } from './still-canvas';
import { namesWithRoom, type NameBox } from './label-room';
import { useStore } from '../store/store';

/** Words for developers only: the app shows none of its own here (country names are data). */
const WORDS = {
  worldFailed: 'The world basemap could not be drawn; the map shows its detail region only.',
};

const LAND = '#f6f2e7';
/** The page's --sea (app.css): the region's sea is painted in it, so its edges do not show. */
const SEA = '#cfe2ee';
const COAST = '#8db4cc';
const BORDER = '#9c7f92';

const STYLES: Record<string, PathOptions> = {
  'sea-mask': { stroke: false, fillColor: SEA, fillOpacity: 1, fillRule: 'evenodd' },
  land: { stroke: false, fillColor: LAND, fillOpacity: 1 },
  lake: { color: COAST, weight: 0.6, fillColor: '#c4dceb', fillOpacity: 1 },
  coast: { color: COAST, weight: 0.9, fill: false },
  river: { color: '#6fa6cc', weight: 1.2, fill: false, lineCap: 'round', lineJoin: 'round' },
  'river-named': { color: '#4f93c2', weight: 2, fill: false, lineCap: 'round', lineJoin: 'round' },
  border: { color: BORDER, weight: 1.4, fill: false, dashArray: '6 3 1.5 3' },
};
/** The world is coarser: thinner lines, so that it reads as the background it is. */
const WORLD_STYLES: Record<string, PathOptions> = {
  land: STYLES.land,
  lake: { ...STYLES.lake, weight: 0.5 },
  coast: { ...STYLES.coast, weight: 0.8 },
  river: { ...STYLES.river, weight: 1 },
  border: { ...STYLES.border, weight: 1 },
};
/** Drawing order, bottom first. */
const ORDER = ['sea-mask', 'land', 'lake', 'coast', 'river', 'border'];
const WORLD_ORDER = ['land', 'lake', 'coast', 'river', 'border'] as const;
/** Under the map's overlay pane (400), where the region and the events are drawn. */
const WORLD_PANE = 'basemap-world';
const WORLD_LABELS_PANE = 'basemap-world-labels';

/** A renderer of its own for a part of the basemap: shown as an image once drawn (still-canvas.ts). */
function useStillCanvas(pane?: string): StillCanvas {
  const renderer = useMemo(() => new StillCanvas(pane ? { pane } : {}), [pane]);
  useEffect(
    function removeRenderer() {
      return () => void renderer.remove();
    },
    [renderer],
  );
  return renderer;
}

/**
 * Leaflet hands a GeoJSON layer's options to each of its paths, the renderer too; react-leaflet's
 * GeoJSON props do not list it.
 */
const drawnBy = (renderer: L.Renderer) => ({ renderer }) as Partial<GeoJSONProps>;

function styleOf(feature?: Feature): PathOptions {
  const layer = String(feature?.properties?.layer);
  return layer === 'river' && feature?.properties?.name ? STYLES['river-named'] : STYLES[layer];
}

/**
 * A name on the map, in the reader's language where there is one (its `lang` says which it is).
 * `rank`: the lower, the sooner it takes its room when names crowd (label-room.ts).
 */
function labelIcon(
  className: string,
  name: { text: string; lang: string },
  { angle = 0, minZoom, rank }: { angle?: number; minZoom?: number; rank: number },
): L.DivIcon {
  const span = document.createElement('span');
  span.textContent = name.text;
  span.lang = name.lang;
  span.style.transform = `translate(-50%, -50%) rotate(${angle}deg)`;
  span.dataset.angle = String(angle);
  span.dataset.rank = String(rank);
  if (minZoom !== undefined) span.dataset.minZoom = String(minZoom);
  return L.divIcon({ className: `map-label ${className}`, html: span, iconSize: [0, 0] });
}

/**
 * The region's sea: its box less its land, filled even-odd in one path (one fill, so no seams).
 * It covers the world's coarser coast inside the region.
 */
export function seaMask(bbox: readonly number[], land: readonly Feature[]): Feature<Polygon> {
  const [w, s, e, n] = bbox;
  const rings: Position[][] = [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
  for (const f of land) {
    const g = f.geometry as Polygon | MultiPolygon;
    if (g.type === 'Polygon') rings.push(...g.coordinates);
    else if (g.type === 'MultiPolygon') rings.push(...g.coordinates.flat());
  }
  return { type: 'Feature', properties: { layer: 'sea-mask' }, geometry: { type: 'Polygon', coordinates: rings } };
}

const NAME_PANES = ['basemap-labels', 'basemap-world-labels'];

/**
 * A name's box as drawn: its middle from the screen, its size and slant from its own box, in
 * screen pixels (a 4K projector's page zoom, Presentation.tsx, magnifies the one, not the other).
 */
function nameBox(el: HTMLElement): NameBox {
  const r = el.getBoundingClientRect();
  const zoom = el.currentCSSZoom ?? 1;
  return {
    x: (r.left + r.right) / 2,
    y: (r.top + r.bottom) / 2,
    width: el.offsetWidth * zoom,
    height: el.offsetHeight * zoom,
    angle: Number(el.dataset.angle ?? 0),
  };
}

function screenBox(el: Element): NameBox {
  const r = el.getBoundingClientRect();
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2, width: r.width, height: r.height, angle: 0 };
}

/**
 * Shows each basemap name from its first zoom on, where it has room at the size it is drawn
 * (presentation draws names larger): it yields to the place markers and their labels, then to
 * the names ranked before it, moving a little off its point or, with no room near it, left out. Laid out again after a zoom, a resize, and when markers change.
 */
function NamesWithRoom({ shown }: { shown: unknown }) {
  const map = useMap();
  const present = useStore((s) => s.view.present);
  useEffect(
    function layOutNames() {
      let frame = 0;
      const layOut = () => {
        frame = 0;
        const zoom = map.getZoom();
        const names: HTMLElement[] = [];
        for (const pane of NAME_PANES) {
          map
            .getPane(pane)
            ?.querySelectorAll<HTMLElement>('.map-label span')
            .forEach((el) => {
              const due = zoom >= Number(el.dataset.minZoom ?? -Infinity);
              el.style.display = due ? '' : 'none';
              el.style.visibility = '';
              el.style.translate = '';
              if (due) names.push(el);
            });
        }
        const markers = map.getPane('markerPane');
        // A marker's label that is not drawn has no box (display: none).
        const fixed = [...(markers?.querySelectorAll('.place-symbol, .place-label') ?? [])].map(screenBox).filter((b) => b.width > 0);
        names.sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank));
        const room = namesWithRoom(fixed, names.map(nameBox));
        names.forEach((el, i) => {
          const shift = room[i];
          el.style.visibility = shift ? '' : 'hidden';
          if (shift && (shift.dx || shift.dy)) el.style.translate = `${shift.dx}px ${shift.dy}px`;
        });
      };
      const later = () => {
        if (!frame) frame = requestAnimationFrame(layOut);
      };
      layOut();
      map.on('zoomend resize viewreset', later);
      // Place markers are laid out per zoom and replaced when they change: names yield to them.
      // Names arrive a render after their pane (react-leaflet's Pane): they are laid out then.
      const watch = new MutationObserver(later);
      for (const pane of ['markerPane', ...NAME_PANES]) {
        const element = map.getPane(pane);
        if (element) watch.observe(element, { childList: true });
      }
      return function stopLayingOutNames() {
        cancelAnimationFrame(frame);
        watch.disconnect();
        map.off('zoomend resize viewreset', later);
      };
    },
    // `shown` changes when names are added or removed, `present` when their size does.
    [map, shown, present],
  );
  return null;
}

/** The world layer, drawn once when it arrives. */
/** The world 360° east: what lies past the antimeridian, for a map cut further east (ui/frame.ts). */
const eastward = (c: number[]) => L.latLng(c[1], c[0] + 360);

/** A country whose name point lies this near (in degrees) to one of the map's places is named from zoom 4 on. */
const NEAR_DATA = 6;
/** The first zooms at which the detail region's country and river names show. */
const REGION_NAMES_FROM = 4;
const REGION_RIVERS_FROM = 5;
const NO_PLACES: readonly (readonly [number, number])[] = [];
/** World names rank after the region's (fewer than this many) and by their first zoom. */
const WORLD_RANK = 1000;

const WorldLayers = memo(function WorldLayers({
  world,
  hidden,
  seam,
  places,
}: {
  world: WorldBasemap;
  hidden: ReadonlySet<string>;
  seam: number;
  places: readonly (readonly [number, number])[];
}) {
  const lang = useLanguage((s) => s.lang);
  const labels = useMemo(
    () =>
      world.labels.map((l, i) => {
        // Where the data is, its countries are named early, however narrow (New Zealand, Chile).
        const [lng, lat] = l.lngLat as [number, number];
        const near = places.some(([x, y]) => Math.abs(x - lng) <= NEAR_DATA && Math.abs(y - lat) <= NEAR_DATA);
        const minZoom = near ? Math.min(l.minZoom, 4) : l.minZoom;
        // After the region's names, by first zoom, then as the build ranks them (largest country first).
        const rank = WORLD_RANK + minZoom * WORLD_RANK + i;
        const icon = labelIcon('country-label world-label', basemapName(l, lang), { minZoom, rank });
        return { ...l, latLng: toLatLng([lng, lat]), icon };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- toLatLng places labels by the map's seam
    [world, seam, places, lang],
  );
  const renderer = useStillCanvas(WORLD_PANE);
  useEffect(function markDrawn() {
    const frame = requestAnimationFrame(() => markOnce('basemap-world'));
    return function cancelMark() {
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <>
      <Pane name={WORLD_PANE} style={{ zIndex: 350 }}>
        {WORLD_ORDER.map((layer) => (
          <GeoJSON key={layer} data={world[layer]} style={WORLD_STYLES[layer]} interactive={false} {...drawnBy(renderer)} />
        ))}
        {seam > -180 &&
          WORLD_ORDER.map((layer) => (
            <GeoJSON
              key={`${layer}-east`}
              data={world[layer]}
              style={WORLD_STYLES[layer]}
              interactive={false}
              {...drawnBy(renderer)}
              coordsToLatLng={eastward as (c: [number, number]) => L.LatLng}
            />
          ))}
      </Pane>
      <Pane name={WORLD_LABELS_PANE} style={{ zIndex: 440, pointerEvents: 'none' }}>
        {labels
          .filter((l) => !hidden.has(l.name))
          .map((l) => (
            <Marker key={l.name} position={l.latLng} icon={l.icon} interactive={false} keyboard={false} pane={WORLD_LABELS_PANE} />
          ))}
      </Pane>
    </>
  );
});

/** Loads the world once the first view is on screen (after the next frame), for every map. */
function useWorldBasemap(): WorldBasemap | null {
  const [world, setWorld] = useState<WorldBasemap | null>(null);
  useEffect(function loadWorldAfterFirstView() {
    let live = true;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        loadWorldBasemap().then(
          (w) => live && setWorld(w),
          (error: unknown) => console.error(`${WORDS.worldFailed} ${error instanceof Error ? error.message : String(error)}`),
        );
      });
    });
    return function stopLoadingWorld() {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return world;
}

/** Memoised: drawn once per map, never per slider step. */
export const Basemap = memo(function Basemap({
  basemap,
  hiddenCountryLabels,
  seam = -180,
  places = NO_PLACES,
}: {
  basemap: FeatureCollection;
  hiddenCountryLabels: ReadonlySet<string>;
  /** Where the map's world is cut (ui/frame.ts): past -180, the world is drawn again 360° east. */
  seam?: number;
  /** The map's places with events: their countries are named early. */
  places?: readonly (readonly [number, number])[];
}) {
  const world = useWorldBasemap();
  const lang = useLanguage((s) => s.lang);
  const renderer = useStillCanvas();
  const layers = useMemo(() => {
    const byLayer = new Map<string, Feature[]>();
    for (const f of basemap.features) {
      const layer = String(f.properties?.layer);
      byLayer.set(layer, [...(byLayer.get(layer) ?? []), f]);
    }
    if (basemap.bbox) byLayer.set('sea-mask', [seaMask(basemap.bbox, byLayer.get('land') ?? [])]);
    return byLayer;
  }, [basemap]);
  const labels = useMemo(
    () =>
      [...(layers.get('country-label') ?? []), ...(layers.get('river-label') ?? [])].map((f, rank) => {
        const p = f as Feature<Point>;
        const name = String(p.properties?.name);
        const river = p.properties?.layer === 'river-label';
        const angle = Number(p.properties?.angle ?? 0);
        return {
          key: `${p.properties?.layer}-${name}`,
          name,
          river,
          latLng: toLatLng(p.geometry.coordinates as [number, number]),
          // The region's names are its close-up: on a world view they would crowd one another.
          icon: labelIcon(river ? 'river-label' : 'country-label', basemapName(p.properties as BasemapNamed, lang), {
            angle,
            minZoom: river ? REGION_RIVERS_FROM : REGION_NAMES_FROM,
            rank,
          }),
        };
      }),
    [layers, lang],
  );
  const shown = useMemo(() => [labels, world, hiddenCountryLabels], [labels, world, hiddenCountryLabels]);
  return (
    <>
      {ORDER.map((layer) => {
        const data: FeatureCollection = { type: 'FeatureCollection', features: layers.get(layer) ?? [] };
        return <GeoJSON key={layer} data={data} style={styleOf} interactive={false} {...drawnBy(renderer)} />;
      })}
      <Pane name="basemap-labels" style={{ zIndex: 450, pointerEvents: 'none' }}>
        {labels
          .filter((l) => l.river || !hiddenCountryLabels.has(l.name))
          .map((l) => (
            <Marker key={l.key} position={l.latLng} icon={l.icon} interactive={false} keyboard={false} pane="basemap-labels" />
          ))}
      </Pane>
      {world && <WorldLayers world={world} hidden={hiddenCountryLabels} seam={seam} places={places} />}
      <NamesWithRoom shown={shown} />
    </>
  );
});
