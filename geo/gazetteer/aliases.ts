/**
 * Hand-made additions to the gazetteer: the spellings English-language reports use that GeoNames
 * does not list, the short names of countries Natural Earth abbreviates, and a point inside each
 * country outline. Spellings only: no coordinates are made up here.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Country names as reports write them; `weak` ones are also adjectives ("U.S. officials"). */
export const COUNTRY_ALIASES: Record<string, { aka?: string[]; weak?: string[] }> = {
  'United States of America': { aka: ['United States'], weak: ['U.S.', 'US', 'USA', 'America'] },
  'United Kingdom': { aka: ['United Kingdom', 'Britain', 'Great Britain'], weak: ['UK', 'U.K.'] },
  Russia: { aka: ['Russia', 'Russian Federation'] },
  'Dem. Rep. Congo': { aka: ['Democratic Republic of the Congo', 'DR Congo', 'DRC'] },
  'Central African Rep.': { aka: ['Central African Republic'] },
  'Dominican Rep.': { aka: ['Dominican Republic'] },
  'Bosnia and Herz.': { aka: ['Bosnia and Herzegovina', 'Bosnia'] },
  'S. Sudan': { aka: ['South Sudan'] },
  'Eq. Guinea': { aka: ['Equatorial Guinea'] },
  'W. Sahara': { aka: ['Western Sahara'] },
  'Solomon Is.': { aka: ['Solomon Islands'] },
  'Falkland Is.': { aka: ['Falkland Islands'] },
  'N. Cyprus': { aka: ['Northern Cyprus'] },
  eSwatini: { aka: ['Eswatini', 'Swaziland'] },
  Macedonia: { aka: ['North Macedonia', 'Macedonia'] },
  Czechia: { aka: ['Czech Republic', 'Czechia'] },
  "Côte d'Ivoire": { aka: ["Côte d'Ivoire", 'Ivory Coast'] },
  Myanmar: { aka: ['Myanmar', 'Burma'] },
  Turkey: { aka: ['Turkey', 'Türkiye'] },
  Palestine: { aka: ['Palestinian territories', 'Palestine'] },
};

/** Spellings seen in English-language reporting, by gazetteer id. */
export const PLACE_ALIASES: Record<string, string[]> = {
  'deir-ez-zor': ['Deir ez-Zor', 'Deir al-Zour', 'Deir al-Zor', 'Deir el-Zor', 'Deir Ezzor', 'Dayr az-Zawr'],
  raqqa: ['Raqqah', 'Ar-Raqqah', 'Rakka'],
  'abu-kamal': ['Al-Bukamal', 'Al Bukamal', 'Albukamal', 'Boukamal', 'Abu Kamal'],
  tikrit: ['Tikrīt'],
  'tal-afar': ['Tall Afar', 'Tall ‘Afar', 'Telafar', 'Tal Afar'],
  'al-qaim': ['Al Qaim', 'Al-Qaim', 'Qaim', 'Al Qā’im'],
  saladin: ['Salahuddin', 'Salah al-Din', 'Salaheddine'],
  'camp-speicher': ['Camp Speicher', 'Speicher base', 'Speicher'],
  'newport-wales': ['Newport'],
  'washington-dc': ['Washington', 'Washington D.C.', 'Washington DC'],
  'new-york': ['New York City'],
  'ar-ramadi': ['Ramadi'],
  'al-fallujah': ['Fallujah', 'Falluja'],
  'ad-diwaniyah': ['Diwaniyah'],
  'an-najaf-al-ashraf': ['Najaf'],
  'as-sulaymaniyah': ['Sulaymaniyah', 'Sulaimaniyah'],
  'al-basrah': ['Basra'],
  'al-hillah': ['Hilla'],
  'al-kut': ['Kut'],
  'dayr-az-zawr': ['Deir ez-Zor'],
  'ar-raqqah': ['Raqqa'],
  'albu-kamal': ['Abu Kamal'],
  hamah: ['Hama'],
  'al-hasakah': ['Hasakah', 'Hasakeh'],
  mayadin: ['Mayadeen', 'Al-Mayadeen'],
  thawrah: ['Tabqa', 'Al-Thawra'],
  tadmur: ['Palmyra'],
};

/** Spellings of world towns (by GeoNames id) that English-language reports use and GeoNames lacks. */
export const WORLD_ALIASES: Record<number, string[]> = {
  172256: ['Kobani', 'Kobane', 'Ain al-Arab', 'Ayn al-Arab'],
  710229: ['Debaltseve'],
};

const ringArea = (r: Position[]) => r.reduce((a, [x, y], i) => a + x * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * y, 0) / 2;

function inside([x, y]: Position, ring: Position[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** A point inside the largest part of an outline: its centroid, or the inside point nearest it. */
export function representativePoint(g: Polygon | MultiPolygon): [number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const ring = polys.map((p) => p[0]).sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  const a = ringArea(ring);
  let cx = 0;
  let cy = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length];
    const f = x * ny - nx * y;
    cx += (x + nx) * f;
    cy += (y + ny) * f;
  });
  let best: Position = [cx / (6 * a), cy / (6 * a)];
  if (!inside(best, ring)) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const centre = best;
    let dist = Infinity;
    for (let i = 1; i < 40; i++) {
      for (let j = 1; j < 40; j++) {
        const p = [x0 + ((x1 - x0) * i) / 40, y0 + ((y1 - y0) * j) / 40];
        const d = (p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2;
        if (d < dist && inside(p, ring)) [best, dist] = [p, d];
      }
    }
  }
  return [Math.round(best[0] * 1e4) / 1e4, Math.round(best[1] * 1e4) / 1e4];
}
