/**
 * A small static map for paper: the basemap's region drawn as SVG, with country names and
 * numbered places. Drawn in a fixed 1000-unit-wide frame so that type has a size on paper;
 * marks that would touch are merged, and labels are placed by the screen map's own layout
 * (label-layout.ts) beside their dots, so none covers another, a mark or a country's name. Label
 * widths are measured as this page draws them (its own fonts), not estimated.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import { memo, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../words/i18n';
import { basemapName, type BasemapNamed } from '../words/labels';
import { useLanguage } from '../store/language';
import { DOT as SEPARATOR } from './punctuation';
import { layoutLabels, labelBox, type Box, type LabelInput } from '../ui/label-layout';
import { markGroups, numbersOnly, pinLabel, type Mark, type Pin } from './locator-marks';

export type { Pin } from './locator-marks';

const LAYERS = ['land', 'lake', 'river', 'border'] as const;
/** The frame's width; on an A4 page it prints about 18 cm wide, so 1 unit ≈ 0.18 mm. */
const WIDTH = 1000;
const DOT = 7;
/** A pin's dot, or the larger dashed ring of a whole country. */
const radiusOf = (area: boolean) => (area ? DOT * 2.2 : DOT);
const FONT = 24;
/** Average advance of a character, as a share of the font size: a first guess until measured. */
const CHAR = 0.62;
const COUNTRY_FONT = FONT * 0.95;
/** Room for the white halo around a label's letters. */
const HALO = 6;

/** Height ÷ width of the frame: about 18 × 10 cm on the page. */
const SHAPE = 0.56;
const around = (centre: number, size: number): [number, number] => [centre - size / 2, centre + size / 2];

/** Web Mercator, in degrees-sized units, so shapes look as on the screen map. */
const mercator = ([lng, lat]: Position): [number, number] => [
  lng,
  (-Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI,
];

function pathOf(f: Feature, project: (p: Position) => [number, number]): string {
  const g = f.geometry;
  const line = (ring: Position[], close: boolean) =>
    ring
      .map(
        (p, i) =>
          `${i ? 'L' : 'M'}${project(p)
            .map((v) => v.toFixed(1))
            .join(' ')}`,
      )
      .join('') + (close ? 'Z' : '');
  if (g.type === 'MultiPolygon') return g.coordinates.flatMap((poly) => poly.map((r) => line(r, true))).join('');
  if (g.type === 'Polygon') return g.coordinates.map((r) => line(r, true)).join('');
  if (g.type === 'MultiLineString') return g.coordinates.map((l) => line(l, false)).join('');
  if (g.type === 'LineString') return line(g.coordinates, false);
  return '';
}

/** A sentence of the key that lists places (names are data: set apart, in their own direction). */
function Places({ id, marks }: { id: string; marks: readonly Mark[] }) {
  return (
    <span className="locator-places">
      <FormattedMessage id={id} values={{ places: <bdi>{marks.map(pinLabel).join('; ')}</bdi> }} />
    </span>
  );
}

/** A mark's label: each place's numbers and name, or the numbers alone. */
function LabelText({ mark, short }: { mark: Mark; short: boolean }): ReactNode {
  if (short) return <tspan className="lm-n">{numbersOnly(mark)}</tspan>;
  return mark.places.map((p, j) => (
    <tspan key={p.name}>
      {j > 0 && SEPARATOR}
      <tspan className="lm-n">{p.numbers}</tspan> {p.name}
    </tspan>
  ));
}

/**
 * The widths of the texts in `g` (each `<text data-measure="key">`), in the map's units, as the
 * page draws them; read again once the page's fonts have loaded. Empty where nothing measures
 * (a test's DOM without layout).
 */
function useMeasured(key: string) {
  const ref = useRef<SVGGElement>(null);
  const [widths, setWidths] = useState<ReadonlyMap<string, number>>(() => new Map());
  useLayoutEffect(
    function measure() {
      let live = true;
      const read = () => {
        const out = new Map<string, number>();
        ref.current?.querySelectorAll<SVGTextElement>('text[data-measure]').forEach((t) => {
          const w = typeof t.getComputedTextLength === 'function' ? t.getComputedTextLength() : 0;
          if (w > 0) out.set(t.dataset.measure!, w);
        });
        if (live)
          setWidths((was) => ([...out].every(([k, w]) => Math.abs((was.get(k) ?? -1) - w) < 0.5) && was.size === out.size ? was : out));
      };
      read();
      void document.fonts?.ready.then(read);
      return () => {
        live = false;
      };
    },
    [key],
  );
  return { ref, widths };
}

export const LocatorMap = memo(function LocatorMap({ basemap, pins }: { basemap: FeatureCollection; pins: readonly Pin[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const [w, s, e, n] = (basemap.bbox ?? [30, 26, 52, 41.5]) as number[];
  const inside = (p: Pin) => p.lngLat[0] >= w && p.lngLat[0] <= e && p.lngLat[1] >= s && p.lngLat[1] <= n;
  const inBox = pins.filter(inside);
  // Listed, not drawn: grouped by place only.
  const outside = markGroups(
    pins.filter((p) => !inside(p)),
    (lngLat) => lngLat,
    () => 0,
    0,
  );
  // The frame: the pins with a margin, or the whole basemap, widened or heightened to the page's
  // shape, so that the map always prints at the full width and its type at one size.
  const pts = inBox.map((p) => mercator([p.lngLat[0], p.lngLat[1]]));
  const pad = 1.2;
  let [x0, x1] = pts.length ? [Math.min(...pts.map((p) => p[0])) - pad, Math.max(...pts.map((p) => p[0])) + pad] : [w, e];
  const [top, bottom] = pts.length
    ? [Math.min(...pts.map((p) => p[1])) - pad, Math.max(...pts.map((p) => p[1])) + pad]
    : [mercator([0, n])[1], mercator([0, s])[1]];
  let y0 = top;
  if (bottom - top > (x1 - x0) * SHAPE) [x0, x1] = around((x0 + x1) / 2, (bottom - top) / SHAPE);
  else [y0] = around((top + bottom) / 2, (x1 - x0) * SHAPE);
  const scale = WIDTH / (x1 - x0);
  const height = Math.round(WIDTH * SHAPE);
  const project = (p: Position): [number, number] => {
    const [x, y] = mercator(p);
    return [(x - x0) * scale, (y - y0) * scale];
  };
  const marks = markGroups(inBox, project, radiusOf, 3);
  // Country names whose whole word fits in the frame (a name cut at the edge reads as another word).
  const named = basemap.features.flatMap((f) => {
    if (f.properties?.layer !== 'country-label' || f.geometry.type !== 'Point') return [];
    const [x, y] = project(f.geometry.coordinates);
    const { text, lang: written } = basemapName(f.properties as BasemapNamed, lang);
    return [{ name: text, lang: written, x, y }];
  });
  const { ref: measuring, widths } = useMeasured(
    JSON.stringify([marks.map((m) => [pinLabel(m), numbersOnly(m)]), named.map((c) => c.name)]),
  );
  const countryBox = (c: { name: string; x: number; y: number }): Box => {
    const half = (widths.get(`country ${c.name}`) ?? c.name.length * COUNTRY_FONT * CHAR * 1.1) / 2;
    return { x0: c.x - half, y0: c.y - COUNTRY_FONT * 0.8, x1: c.x + half, y1: c.y + COUNTRY_FONT * 0.25 };
  };
  const inFrame = named.filter((c) => {
    const b = countryBox(c);
    return b.x0 > 0 && b.x1 < WIDTH && b.y0 > 0 && c.y < height;
  });
  const inputsFor = (short: ReadonlySet<number>): LabelInput[] =>
    marks.map((m, i) => ({
      id: String(i),
      x: m.x,
      y: m.y,
      width:
        (short.has(i)
          ? (widths.get(`short ${i}`) ?? numbersOnly(m).length * FONT * CHAR)
          : (widths.get(`full ${i}`) ?? pinLabel(m).length * FONT * CHAR)) + HALO,
      height: FONT * 1.15,
      radius: radiusOf(m.area),
      priority: -m.first,
    }));
  // Names first; a mark whose named label finds no room is numbered only, and laid out again.
  // Country names are in the way of labels; if a mark would still have no label at all, the
  // country names give way to it.
  const place = (obstacles: readonly Box[]) => {
    const first = layoutLabels(inputsFor(new Set()), { width: WIDTH, height }, obstacles);
    const short = new Set(marks.flatMap((_, i) => (first.get(String(i)) ? [] : [i])));
    const inputs = inputsFor(short);
    const sides = short.size ? layoutLabels(inputs, { width: WIDTH, height }, obstacles) : first;
    return { short, inputs, sides, unplaced: marks.filter((_, i) => !sides.get(String(i))) };
  };
  const clear = place(inFrame.map(countryBox));
  const { short, inputs, sides, unplaced } = clear.unplaced.length ? place([]) : clear;
  const labelBoxes = marks.flatMap((_, i) => {
    const side = sides.get(String(i));
    return side ? [labelBox(inputs[i], side)] : [];
  });
  const dotBoxes = marks.map((m) => {
    const r = radiusOf(m.area);
    return { x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r };
  });
  const touches = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const countries = inFrame.filter((c) => ![...labelBoxes, ...dotBoxes].some((b) => touches(countryBox(c), b)));
  const numbered = marks.filter((_, i) => short.has(i) && sides.get(String(i)));
  return (
    <figure className="locator">
      <svg
        className="locator-map"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={t('classroom.locator.label', { places: marks.map(pinLabel).join('; ') })}
        // A map is never mirrored, and its labels are laid out from their start on the left.
        direction="ltr"
      >
        <rect width={WIDTH} height={height} className="lm-sea" />
        {LAYERS.map((layer) =>
          basemap.features
            .filter((f) => f.properties?.layer === layer)
            .map((f, i) => (
              <path key={`${layer}-${i}`} d={pathOf(f, project)} className={`lm-${layer}${f.properties?.name ? ' named' : ''}`} />
            )),
        )}
        {/* The texts as this page draws them, measured and never shown. */}
        <g ref={measuring} visibility="hidden" aria-hidden="true">
          {marks.map((m, i) => (
            <text key={`full-${m.first}`} data-measure={`full ${i}`} fontSize={FONT} className="lm-pin-n">
              <LabelText mark={m} short={false} />
            </text>
          ))}
          {marks.map((m, i) => (
            <text key={`short-${m.first}`} data-measure={`short ${i}`} fontSize={FONT} className="lm-pin-n">
              <LabelText mark={m} short />
            </text>
          ))}
          {named.map((c) => (
            <text key={c.name} data-measure={`country ${c.name}`} className="lm-country" fontSize={COUNTRY_FONT} lang={c.lang}>
              {c.name}
            </text>
          ))}
        </g>
        {countries.map((c) => (
          <text key={c.name} x={c.x} y={c.y} className="lm-country" textAnchor="middle" fontSize={COUNTRY_FONT} lang={c.lang}>
            {c.name}
          </text>
        ))}
        {marks.map((m) => (
          <circle
            key={`dot-${m.first}`}
            data-mark={m.first}
            cx={m.x}
            cy={m.y}
            r={radiusOf(m.area)}
            className={m.area ? 'lm-area' : 'lm-pin'}
          />
        ))}
        {marks.map((m, i) => {
          const side = sides.get(String(i));
          if (!side) return null;
          const box = labelBox(inputs[i], side);
          return (
            <text
              key={`label-${m.first}`}
              data-mark={m.first}
              x={box.x0 + HALO / 2}
              y={box.y1 - FONT * 0.3}
              fontSize={FONT}
              className="lm-pin-n"
            >
              <LabelText mark={m} short={short.has(i)} />
            </text>
          );
        })}
      </svg>
      {(outside.length > 0 || numbered.length > 0 || unplaced.length > 0) && (
        <figcaption className="handout-key">
          {outside.length > 0 && <Places id="classroom.locator.beyond" marks={outside} />}
          {numbered.length > 0 && <Places id="classroom.locator.numbered" marks={numbered} />}
          {unplaced.length > 0 && <Places id="classroom.locator.unplaced" marks={unplaced} />}
        </figcaption>
      )}
    </figure>
  );
});
