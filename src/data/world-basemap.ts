/**
 * The world basemap (geo/basemap/world.ts): land, coasts, lakes, rivers, borders and country
 * names for the whole world at 1:50m, drawn under the detail region. It is not needed for the
 * first view, so it is loaded once, after the first markers, and shared by every map on the page.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataError, fetchData } from './map-shape';
import { embeddedWorld } from './world-embedded';

const FILE = 'basemap-world.topojson';
const OBJECTS = ['land', 'lake', 'river', 'border', 'country-label'] as const;

export interface CountryLabel {
  /** In English, as the basemap's data gives it. */
  name: string;
  /** ISO 3166-1 alpha-2 (the app names the country in the reader's language from it). */
  code?: string;
  /** The name in other languages, for a territory without a code. */
  names?: Readonly<Record<string, string>>;
  lngLat: Position;
  /** The first zoom with room for the name (geo/basemap/world.ts lays them out). */
  minZoom: number;
}

/** Layers as collections of one feature per polygon or line, so the map skips what is off screen. */
export interface WorldBasemap {
  land: FeatureCollection;
  /** The land's outlines, less the cuts at the antimeridian and the map's southern edge. */
  coast: FeatureCollection;
  lake: FeatureCollection;
  river: FeatureCollection;
  border: FeatureCollection;
  labels: CountryLabel[];
}

/** Names in other languages, kept only as strings (the file is data from the build, read with care). */
function namesOf(value: unknown): { names: Record<string, string> } | null {
  if (typeof value !== 'object' || value === null) return null;
  const names = Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return { names };
}

const collectionOf = (geometries: Geometry[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry): Feature => ({ type: 'Feature', properties: null, geometry })),
});
const polygon = (coordinates: Position[][]): Polygon => ({ type: 'Polygon', coordinates });
const line = (coordinates: Position[][]): MultiLineString => ({ type: 'MultiLineString', coordinates });

/** A segment along a cut the data makes (the antimeridian, Antarctica's edge), not a coast. */
function isCut(a: Position, b: Position): boolean {
  const meridian = Math.abs(a[0]) >= 179.99 && a[0] === b[0];
  const south = a[1] <= -84.9 && b[1] <= -84.9;
  return meridian || south;
}

/** Rings as coast lines: each ring split wherever it runs along a cut. */
export function coastOf(rings: readonly Position[][]): Position[][] {
  const lines: Position[][] = [];
  for (const ring of rings) {
    let line: Position[] = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      if (isCut(ring[i - 1], ring[i])) {
        if (line.length >= 2) lines.push(line);
        line = [ring[i]];
      } else line.push(ring[i]);
    }
    if (line.length >= 2) lines.push(line);
  }
  return lines;
}

function damaged(why: string): DataError {
  return new DataError('core.data.worldDamaged', { detail: why }, FILE);
}

/** Reads the world layer's TopoJSON; the build wrote it, so only its outline is checked. */
export function decodeWorld(value: unknown): WorldBasemap {
  const topology = value as Topology | null;
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs)) throw damaged('expected a TopoJSON Topology');
  const missing = OBJECTS.filter((name) => topology.objects?.[name]?.type !== 'GeometryCollection');
  if (missing.length) throw damaged(`it has no ${missing.join(', ')}`);
  const collection = (name: (typeof OBJECTS)[number]) => feature(topology, topology.objects[name] as GeometryCollection).features;
  const polygons = (name: 'land' | 'lake'): Position[][][] =>
    collection(name).flatMap((f) =>
      f.geometry.type === 'Polygon' ? [(f.geometry as Polygon).coordinates] : (f.geometry as MultiPolygon).coordinates,
    );
  const lines = (name: 'river' | 'border'): Position[][] => collection(name).flatMap((f) => (f.geometry as MultiLineString).coordinates);
  const land = polygons('land');
  return {
    land: collectionOf(land.map(polygon)),
    coast: collectionOf(land.map((rings) => line(coastOf(rings)))),
    lake: collectionOf(polygons('lake').map(polygon)),
    river: collectionOf([line(lines('river'))]),
    border: collectionOf([line(lines('border'))]),
    labels: collection('country-label').map((f) => {
      const properties = f.properties as { name?: unknown; code?: unknown; names?: unknown; minZoom?: unknown } | null;
      return {
        name: String(properties?.name),
        ...(typeof properties?.code === 'string' ? { code: properties.code } : {}),
        ...(namesOf(properties?.names) ?? {}),
        lngLat: (f.geometry as Point).coordinates,
        minZoom: Number(properties?.minZoom ?? 0),
      };
    }),
  };
}

let loading: Promise<WorldBasemap> | null = null;

/** The world basemap, loaded once per page (a failed load may be tried again). */
export function loadWorldBasemap(fetcher: typeof fetch = fetch): Promise<WorldBasemap> {
  loading ??= (async () => decodeWorld(embeddedWorld !== null ? JSON.parse(embeddedWorld) : await fetchData(FILE, fetcher)))();
  loading.catch(() => (loading = null));
  return loading;
}
