/**
 * The map as RFC 7946 GeoJSON, for GIS tools (QGIS, geojson.io, Kepler…): one Feature per event,
 * each claim about it nested in its properties with who said it and where it was reported, so a
 * feature stands on its own without the other tables. Events with no place keep a null geometry
 * (RFC 7946 §3.2: an unlocated Feature) rather than being dropped or given a made-up point.
 */
import type { Claim } from '../../types.ts';
import { bboxOf } from '../compile/compile.ts';
import type { MapData, ReportRow } from '../model/contract.ts';
import { joinEvents } from '../compile/join.ts';
import { chainText } from '../model/chain.ts';

function claimProperties(c: Claim, report: ReportRow | undefined) {
  return {
    id: c.id,
    quote: c.quote.exact,
    chain: chainText(c.asserters.map((a) => a.name)),
    asserters: c.asserters,
    cue: c.cue,
    stance: c.stance,
    hedges: c.hedges,
    said: c.said,
    relations: c.relations,
    report: {
      id: c.report,
      outlet: report?.outlet.value ?? null,
      title: report?.title.value ?? null,
      url: report?.url.value ?? null,
      published: report?.published.date ?? null,
    },
  };
}

/**
 * A FeatureCollection with the map's title, description and credits as foreign members
 * (RFC 7946 §6.1) and a bbox around the located events. Coordinates are [longitude, latitude].
 */
export function toGeoJSON(map: MapData): string {
  const reports = new Map(map.reports.map((r) => [r.id, r]));
  const features = joinEvents(map).features.map((f) => ({
    type: 'Feature' as const,
    id: f.id,
    geometry: f.geometry,
    properties: { ...f.properties, claims: f.properties.claims.map((c) => claimProperties(c, reports.get(c.report))) },
  }));
  const bbox = bboxOf(features.flatMap((f) => (f.geometry ? [f.geometry.coordinates as [number, number]] : [])));
  const collection = {
    type: 'FeatureCollection',
    title: map.meta.title,
    description: map.meta.description,
    credits: map.meta.credits,
    ...(bbox ? { bbox } : {}),
    features,
  };
  return JSON.stringify(collection, null, 2);
}
