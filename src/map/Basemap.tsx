/**
 * The embedded offline basemap (geo/basemap): land, coasts, borders, lakes, rivers and
 * their names. Drawn once, on the map's canvas renderer; it never changes after load.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import L, { type PathOptions } from 'leaflet';
import { memo, useMemo } from 'react';
import { GeoJSON, Marker, Pane } from 'react-leaflet';
import { toLatLng } from '../ui/lnglat';

const STYLES: Record<string, PathOptions> = {
  // The same colours as the region, so the seam between the two scales does not show.
  'context-land': { stroke: false, fillColor: '#f6f2e7', fillOpacity: 1 },
  'context-border': { color: '#9c7f92', weight: 1, fill: false, dashArray: '6 3 1.5 3' },
  land: { stroke: false, fillColor: '#f6f2e7', fillOpacity: 1 },
  lake: { color: '#8db4cc', weight: 0.6, fillColor: '#c4dceb', fillOpacity: 1 },
  coast: { color: '#8db4cc', weight: 0.9, fill: false },
  river: { color: '#6fa6cc', weight: 1.2, fill: false, lineCap: 'round', lineJoin: 'round' },
  'river-named': { color: '#4f93c2', weight: 2, fill: false, lineCap: 'round', lineJoin: 'round' },
  border: { color: '#9c7f92', weight: 1.4, fill: false, dashArray: '6 3 1.5 3' },
};
/** Drawing order, bottom first. */
const ORDER = ['context-land', 'context-border', 'land', 'lake', 'coast', 'river', 'border'];

function styleOf(feature?: Feature): PathOptions {
  const layer = String(feature?.properties?.layer);
  return layer === 'river' && feature?.properties?.name ? STYLES['river-named'] : STYLES[layer];
}

function labelIcon(className: string, text: string, angle = 0): L.DivIcon {
  const span = document.createElement('span');
  span.textContent = text;
  span.style.transform = `translate(-50%, -50%) rotate(${angle}deg)`;
  return L.divIcon({ className: `map-label ${className}`, html: span, iconSize: [0, 0] });
}

/** Memoised: drawn once per map, never per slider step. */
export const Basemap = memo(function Basemap({
  basemap,
  hiddenCountryLabels,
}: {
  basemap: FeatureCollection;
  hiddenCountryLabels: ReadonlySet<string>;
}) {
  const layers = useMemo(() => {
    const byLayer = new Map<string, Feature[]>();
    for (const f of basemap.features) {
      const layer = String(f.properties?.layer);
      byLayer.set(layer, [...(byLayer.get(layer) ?? []), f]);
    }
    return byLayer;
  }, [basemap]);
  const labels = useMemo(
    () =>
      [...(layers.get('country-label') ?? []), ...(layers.get('river-label') ?? [])].map((f) => {
        const p = f as Feature<Point>;
        const name = String(p.properties?.name);
        const river = p.properties?.layer === 'river-label';
        const angle = Number(p.properties?.angle ?? 0);
        return {
          key: `${p.properties?.layer}-${name}`,
          name,
          river,
          latLng: toLatLng(p.geometry.coordinates as [number, number]),
          icon: labelIcon(river ? 'river-label' : 'country-label', name, angle),
        };
      }),
    [layers],
  );
  return (
    <>
      {ORDER.map((layer) => {
        const data: FeatureCollection = { type: 'FeatureCollection', features: layers.get(layer) ?? [] };
        return <GeoJSON key={layer} data={data} style={styleOf} interactive={false} />;
      })}
      <Pane name="basemap-labels" style={{ zIndex: 450, pointerEvents: 'none' }}>
        {labels
          .filter((l) => l.river || !hiddenCountryLabels.has(l.name))
          .map((l) => (
            <Marker key={l.key} position={l.latLng} icon={l.icon} interactive={false} keyboard={false} pane="basemap-labels" />
          ))}
      </Pane>
    </>
  );
});
