/** A small static map for paper: the basemap's region drawn as SVG, with numbered places. */
import type { Feature, FeatureCollection, Position } from 'geojson';
import { memo } from 'react';

const LAYERS = ['land', 'lake', 'river', 'border'] as const;

/** Web Mercator, in degrees-sized units, so shapes look as on the screen map. */
const project = ([lng, lat]: Position): [number, number] => [
  lng,
  (-Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI,
];

function pathOf(f: Feature): string {
  const g = f.geometry;
  const line = (ring: Position[], close: boolean) =>
    ring
      .map(
        (p, i) =>
          `${i ? 'L' : 'M'}${project(p)
            .map((v) => v.toFixed(3))
            .join(' ')}`,
      )
      .join('') + (close ? 'Z' : '');
  if (g.type === 'MultiPolygon') return g.coordinates.flatMap((poly) => poly.map((r) => line(r, true))).join('');
  if (g.type === 'Polygon') return g.coordinates.map((r) => line(r, true)).join('');
  if (g.type === 'MultiLineString') return g.coordinates.map((l) => line(l, false)).join('');
  if (g.type === 'LineString') return line(g.coordinates, false);
  return '';
}

export interface Pin {
  n: number;
  lngLat: readonly [number, number];
  /** A whole country: drawn as a dashed ring, not a precise pin. */
  area: boolean;
}

/** "10–12, 14" */
function runs(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    out.push(j > i ? `${ns[i]}–${ns[j]}` : String(ns[i]));
    i = j;
  }
  return out.join(', ');
}

export const LocatorMap = memo(function LocatorMap({ basemap, pins }: { basemap: FeatureCollection; pins: readonly Pin[] }) {
  const [w, s, e, n] = (basemap.bbox ?? [30, 26, 52, 41.5]) as number[];
  // Pins at one place share one mark, labelled with all their numbers.
  const byPlace = new Map<string, Pin[]>();
  for (const p of pins) {
    if (p.lngLat[0] < w || p.lngLat[0] > e || p.lngLat[1] < s || p.lngLat[1] > n) continue;
    const key = p.lngLat.join(',');
    byPlace.set(key, [...(byPlace.get(key) ?? []), p]);
  }
  const inside = [...byPlace.values()].map((group) => ({ ...group[0], label: runs(group.map((p) => p.n).sort((a, b) => a - b)) }));
  const pts = inside.map((p) => project([p.lngLat[0], p.lngLat[1]]));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const pad = 1.2;
  const [x0, x1] = xs.length ? [Math.min(...xs) - pad, Math.max(...xs) + pad] : [w, e];
  const [y0, y1] = ys.length ? [Math.min(...ys) - pad, Math.max(...ys) + pad] : [project([0, n])[1], project([0, s])[1]];
  const r = (x1 - x0) / 60;
  return (
    <svg
      className="locator-map"
      viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
      role="img"
      aria-label="Map of the places in this handout, numbered as in the table"
    >
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="#d8e8f2" />
      {LAYERS.map((layer) =>
        basemap.features
          .filter((f) => f.properties?.layer === layer)
          .map((f, i) => (
            <path
              key={`${layer}-${i}`}
              d={pathOf(f)}
              className={`lm-${layer}${f.properties?.name ? ' named' : ''}`}
              vectorEffect="non-scaling-stroke"
            />
          )),
      )}
      {inside.map((p, i) => (
        <g key={p.n} transform={`translate(${pts[i][0]} ${pts[i][1]})`}>
          <circle r={p.area ? r * 1.6 : r * 0.6} className={p.area ? 'lm-area' : 'lm-pin'} vectorEffect="non-scaling-stroke" />
          {/* The halo is in map units (the SVG is scaled), so it is sized from r, not in px. */}
          <text x={r * (p.area ? 1.8 : 0.8)} y={r * 0.4} fontSize={r * 1.05} strokeWidth={r * 0.25} className="lm-pin-n">
            {p.label}
          </text>
        </g>
      ))}
    </svg>
  );
});
