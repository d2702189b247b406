/**
 * A basemap (GeoJSON) whose every feature has a geometry with numeric coordinates, or the first
 * problem. Apart from the map's check (map-integrity.ts): the app's first load needs only this one.
 */
export function checkBasemapGeometry(basemap: { features?: unknown }): string | null {
  if (!Array.isArray(basemap.features)) return 'it has no list of features';
  const numbers = (c: unknown, depth: number): boolean =>
    depth > 6
      ? false
      : Array.isArray(c) &&
        (typeof c[0] === 'number' ? c.every((n) => typeof n === 'number' && Number.isFinite(n)) : c.every((x) => numbers(x, depth + 1)));
  for (let i = 0; i < basemap.features.length; i++) {
    const g = (basemap.features[i] as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    if (!g || typeof g.type !== 'string' || !numbers(g.coordinates, 0)) return `feature ${i} has no geometry with numeric coordinates`;
  }
  return null;
}
