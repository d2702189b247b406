/**
 * A place the gazetteer does not have, picked on the map (or typed as coordinates, for the
 * keyboard): it becomes a new place of the report, marked as picked by hand so that whoever builds
 * the data checks it.
 */
import type { LeafletMouseEvent } from 'leaflet';
import { useId, useMemo, useState } from 'react';
import { CircleMarker, MapContainer, Tooltip, useMapEvents } from 'react-leaflet';
import type { PlaceInput } from '../../geo/core/model/schema.ts';
import { PRECISIONS, type Precision } from '../../geo/core/model/vocab.ts';
import { Basemap } from '../map/Basemap.tsx';
import { useStore } from '../store/store.ts';
import { fromLatLng, toLatLng } from '../ui/lnglat.ts';
import { useT } from '../words/i18n.tsx';

const NO_LABELS: ReadonlySet<string> = new Set();
const round = (n: number) => Math.round(n * 1e5) / 1e5;

function Picks({ onPick }: { onPick: (lat: number, lng: number) => void }) {
  useMapEvents({ click: (e: LeafletMouseEvent) => onPick(round(e.latlng.lat), round(e.latlng.lng)) });
  return null;
}

export function PlacePicker({
  start,
  startName,
  taken,
  slug,
  onPlace,
  onCancel,
}: {
  /** Where the map opens: the event's place, if it has one. */
  start: [number, number] | null;
  /** The name of the place at `start`, shown for orientation. */
  startName: string;
  /** Ids in use: a new place never takes one. */
  taken: (id: string) => boolean;
  slug: (s: string) => string;
  onPlace: (p: PlaceInput) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const model = useStore((s) => s.model)!;
  const [name, setName] = useState('');
  const startLatLng = start ? toLatLng(start) : null;
  const [lat, setLat] = useState(startLatLng ? String(startLatLng[0]) : '');
  const [lng, setLng] = useState(startLatLng ? String(startLatLng[1]) : '');
  const [precision, setPrecision] = useState<Precision>('city');
  const [error, setError] = useState<string | null>(null);
  const bounds = useMemo(() => {
    const b = model.meta.bbox;
    return b
      ? ([
          [b[1], b[0]],
          [b[3], b[2]],
        ] as [[number, number], [number, number]])
      : ([
          [29, 36],
          [38, 48],
        ] as [[number, number], [number, number]]);
  }, [model]);
  const point =
    Number.isFinite(parseFloat(lat)) && Number.isFinite(parseFloat(lng)) ? ([parseFloat(lat), parseFloat(lng)] as [number, number]) : null;

  function use() {
    const y = parseFloat(lat);
    const x = parseFloat(lng);
    if (!name.trim()) return setError(t('studio.picker.needName'));
    if (!(Math.abs(y) <= 90 && Math.abs(x) <= 180)) return setError(t('studio.picker.needPoint'));
    let pid = slug(name) || 'place';
    for (let n = 2; taken(pid); n++) pid = `${slug(name) || 'place'}-${n}`;
    onPlace({
      id: pid,
      name: name.trim(),
      lngLat: fromLatLng([round(y), round(x)]),
      precision,
      geonames: null,
      source: 'Picked on a map in the studio: check it against a gazetteer (GeoNames) before publishing.',
    });
  }

  return (
    <div className="place-picker" role="group" aria-labelledby={`${id}-h`}>
      <p id={`${id}-h`} className="place-picker-head">
        {t('studio.picker.head')}
      </p>
      <div className="place-picker-map">
        <MapContainer
          {...(start ? { center: [start[1], start[0]] as [number, number], zoom: 7 } : { bounds })}
          scrollWheelZoom={false}
          attributionControl={false}
          style={{ height: '100%' }}
        >
          <Basemap basemap={model.basemap} hiddenCountryLabels={NO_LABELS} />
          <Picks
            onPick={(y, x) => {
              setLat(String(y));
              setLng(String(x));
              setError(null);
            }}
          />
          {start && (
            <CircleMarker center={[start[1], start[0]]} radius={5} pathOptions={{ color: '#5b6472', weight: 2, fillOpacity: 0.2 }}>
              <Tooltip permanent direction="right">
                <bdi>{startName}</bdi>
              </Tooltip>
            </CircleMarker>
          )}
          {point && <CircleMarker center={point} radius={7} pathOptions={{ color: '#b3261e', weight: 3, fillOpacity: 0.4 }} />}
        </MapContainer>
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-name`}>{t('studio.picker.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          dir="auto"
          placeholder={t('studio.picker.name.placeholder')}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-lat`}>{t('studio.picker.lat')}</label>
        <span className="claim-when">
          <input id={`${id}-lat`} value={lat} size={9} dir="ltr" inputMode="decimal" onChange={(e) => setLat(e.target.value)} />
          <label htmlFor={`${id}-lng`}>{t('studio.picker.lng')}</label>
          <input id={`${id}-lng`} value={lng} size={9} dir="ltr" inputMode="decimal" onChange={(e) => setLng(e.target.value)} />
        </span>
      </div>
      <div className="claim-row">
        <label htmlFor={`${id}-prec`}>{t('studio.picker.itIs')}</label>
        <select id={`${id}-prec`} value={precision} onChange={(e) => setPrecision(e.target.value as Precision)}>
          {PRECISIONS.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`studio.precision.${p.id}`)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="studio-error" role="alert">
          {error}
        </p>
      )}
      <div className="claim-actions">
        <button type="button" className="primary" onClick={use}>
          {t('studio.picker.use')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('studio.picker.cancel')}
        </button>
      </div>
    </div>
  );
}
