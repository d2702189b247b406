/** The single-file build's data: the build's output, inlined as text and parsed once. */
import basemap from '../../public/data/basemap.geojson?raw';
import map from '../../public/data/map.json?raw';

export const embedded: { map: unknown; basemap: unknown } | null = { map: JSON.parse(map), basemap: JSON.parse(basemap) };
