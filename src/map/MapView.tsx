/** The map: offline basemap, place markers, and the small controllers that steer it. */
import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import { useStore } from '../store/store';
import { Basemap } from './Basemap';
import { Attribution, FitOnLoad, FlyToSelection, MapLabel, PresentationFly, ResizeWatcher, TrackMapView } from './controllers';
import { MapButtons } from './MapButtons';
import { PlaceMarkers } from './PlaceMarkers';

const CREDITS =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) · rivers, lakes: GSHHG (LGPL) · places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY)';

export function MapView({ counts }: { counts: ReadonlyMap<string, number> }) {
  const model = useStore((s) => s.model)!;
  // A country that is itself a place carries its name on its marker.
  const hiddenCountryLabels = useMemo(
    () => new Set(model.places.filter((p) => p.precision === 'country').map((p) => p.name.toUpperCase())),
    [model],
  );
  // The first frame, before FitOnLoad frames the places: the middle of the map's bounding box.
  const [w, s, e, n] = model.meta.bbox ?? [-180, -60, 180, 75];
  return (
    <MapContainer
      className="map"
      center={[(s + n) / 2, (w + e) / 2]}
      zoom={model.meta.bbox ? 6 : 3}
      minZoom={3}
      maxZoom={10}
      zoomSnap={0.5}
      preferCanvas
      attributionControl={false}
      maxBounds={[
        [-10, -120],
        [80, 130],
      ]}
      keyboardPanDelta={120}
    >
      <AttributionControl position="bottomright" prefix={false} />
      <MapLabel />
      <Attribution text={CREDITS} />
      <Basemap basemap={model.basemap} hiddenCountryLabels={hiddenCountryLabels} />
      <PlaceMarkers counts={counts} />
      <FitOnLoad />
      <TrackMapView />
      <FlyToSelection />
      <PresentationFly />
      <ResizeWatcher />
      <MapButtons counts={counts} />
    </MapContainer>
  );
}
