/** GeoJSON stores [lng, lat]; Leaflet wants [lat, lng]. Flipped here and nowhere else. */
import type { LatLngBoundsExpression, LatLngTuple } from 'leaflet';

export type LngLat = readonly [number, number];

/**
 * Where the shown map's world is cut (ui/frame.ts seamOf): -180, or further east for a map whose
 * data lies around the antimeridian, whose western longitudes are then drawn 360° east, beside
 * the rest. Set once per map, when the map view opens it.
 */
let seam = -180;

export function setSeam(lng: number): void {
  seam = lng;
}

export function toLatLng(lngLat: LngLat): LatLngTuple {
  return [lngLat[1], lngLat[0] < seam ? lngLat[0] + 360 : lngLat[0]];
}

export function fromLatLng(latLng: readonly [number, number]): [number, number] {
  return [latLng[1] > 180 ? latLng[1] - 360 : latLng[1], latLng[0]];
}

/** Inside the basemap's detail region (its bbox), where the map is drawn at 1:10m. */
export function inRegion(model: { basemap: { bbox?: number[] } }, lngLat: LngLat): boolean {
  const [w, s, e, n] = model.basemap.bbox ?? [-180, -90, 180, 90];
  return lngLat[0] >= w && lngLat[0] <= e && lngLat[1] >= s && lngLat[1] <= n;
}

export function boundsOf(points: readonly LngLat[]): LatLngBoundsExpression | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p[1]);
  const lngs = points.map((p) => toLatLng(p)[1]);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}
