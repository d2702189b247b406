/** The files the build publishes in public/data/, by name. The same input gives the same bytes. */
import type { MapData } from '../core/model/contract.ts';

export function outputFiles(map: MapData, basemap: string, schema: object, world = ''): Record<string, string> {
  return {
    'map.json': JSON.stringify(map),
    'map.schema.json': `${JSON.stringify(schema, null, 2)}\n`,
    'basemap.geojson': basemap,
    'basemap-world.topojson': world,
  };
}
