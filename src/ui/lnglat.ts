/** GeoJSON stores [lng, lat]; Leaflet wants [lat, lng]. Flipped here and nowhere else. */
import type { LatLngBoundsExpression, LatLngTuple } from 'leaflet';

export type LngLat = readonly [number, number];

export function toLatLng(lngLat: LngLat): LatLngTuple {
  return [lngLat[1], lngLat[0]];
}

export function fromLatLng(latLng: readonly [number, number]): [number, number] {
  return [latLng[1], latLng[0]];
}

/** Inside the basemap's detail region (its bbox), where the map is drawn at 1:10m. */
export function inRegion(model: { basemap: { bbox?: number[] } }, lngLat: LngLat): boolean {
  const [w, s, e, n] = model.basemap.bbox ?? [-180, -90, 180, 90];
  return lngLat[0] >= w && lngLat[0] <= e && lngLat[1] >= s && lngLat[1] <= n;
}

export function boundsOf(points: readonly LngLat[]): LatLngBoundsExpression | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p[1]);
  const lngs = points.map((p) => p[0]);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}
