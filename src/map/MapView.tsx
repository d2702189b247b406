/** The map: offline basemap, place markers, and the small controllers that steer it. */
import './leaflet-fixes';
import { useT } from '../words/i18n';
import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import { useStore } from '../store/store';
import { Basemap } from './Basemap';
import { frameOfModel } from './controllers';
import { setSeam } from '../ui/lnglat';
import { Attribution, FitOnLoad, FlyToSelection, MapLabel, PresentationFly, ResizeWatcher, TrackMapView } from './controllers';
import { MapButtons } from './MapButtons';
import { PlaceMarkers } from './PlaceMarkers';

/** The basemap's own credits (`map.credits`, its sources' names are links); the data's come from its meta.credits. */
const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/" lang="en" dir="ltr">Natural Earth</a>';
const GSHHG = '<span lang="en" dir="ltr">GSHHG (LGPL)</span>';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function MapView() {
  const t = useT();
  const model = useStore((s) => s.model)!;
  // Leaflet's attribution takes HTML: the data's words are escaped first.
  // The data's credits are the map's own words (its language, not the reader's).
  const credits = [
    t('map.credits', { naturalEarth: NATURAL_EARTH, gshhg: GSHHG }),
    ...model.meta.credits.map((c) => `<span dir="auto" class="data-words">${escapeHtml(c)}</span>`),
  ].join(' · ');
  // A country that is itself a place carries its name on its marker.
  const hiddenCountryLabels = useMemo(
    () => new Set(model.places.filter((p) => p.precision === 'country').map((p) => p.name.toUpperCase())),
    [model],
  );
  // Where the world is cut: at -180, or past the antimeridian for data around it (set before any
  // marker is placed). The first frame, before FitOnLoad frames the places: the middle of the data.
  const frame = frameOfModel(model);
  const dataPlaces = useMemo(() => model.places.filter((p) => model.eventsByPlace.has(p.id)).map((p) => p.lngLat), [model]);
  const seam = frame?.seam ?? -180;
  setSeam(seam);
  const [w, s, e, n] = frame?.bbox ?? [-180, -60, 180, 75];
  return (
    <MapContainer
      className="map"
      center={[(s + n) / 2, (w + e) / 2]}
      zoom={frame ? 6 : 3}
      minZoom={1}
      maxZoom={10}
      zoomSnap={0.5}
      preferCanvas
      attributionControl={false}
      maxBounds={[
        [-85, seam],
        [85, seam + 360],
      ]}
      keyboardPanDelta={120}
    >
      <AttributionControl position="bottomright" prefix={false} />
      <MapLabel />
      <Attribution text={credits} />
      <Basemap basemap={model.basemap} hiddenCountryLabels={hiddenCountryLabels} seam={seam} places={dataPlaces} />
      <PlaceMarkers />
      <FitOnLoad />
      <TrackMapView />
      <FlyToSelection />
      <PresentationFly />
      <ResizeWatcher />
      <MapButtons />
    </MapContainer>
  );
}
