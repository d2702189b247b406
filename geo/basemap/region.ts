/** What the basemap covers and names. Shared by the basemap script and the data build. */
import type { Position } from 'geojson';
import type { Box } from './clip.ts';

/** Detail region: Syria, Iraq and their neighbours, larger than any first view. */
export const REGION: Box = [30, 26, 52, 41.5];

/** Reference points along each named river (lng, lat): a joined river line that passes
 * near two of them carries the name. `label` is where its name is written. */
export const RIVER_REFS: { name: string; along: Position[]; label: Position }[] = [
  {
    name: 'Tigris',
    along: [
      [43.13, 36.34],
      [43.68, 34.6],
      [43.88, 34.2],
      [44.39, 33.32],
      [45.82, 32.5],
    ],
    label: [43.55, 35.35],
  },
  {
    name: 'Euphrates',
    along: [
      [39.0, 35.95],
      [40.14, 35.33],
      [40.92, 34.45],
      [42.36, 34.13],
      [43.3, 33.42],
      [46.26, 31.05],
    ],
    label: [41.6, 34.45],
  },
  {
    name: 'Shatt al-Arab',
    along: [
      [47.81, 30.52],
      [48.29, 30.34],
      [47.45, 31.0],
    ],
    label: [48.05, 30.45],
  },
];

export const COUNTRY_LABELS: { name: string; lngLat: Position }[] = [
  { name: 'SYRIA', lngLat: [38.6, 34.9] },
  { name: 'IRAQ', lngLat: [42.6, 32.6] },
  { name: 'IRAN', lngLat: [49.8, 33.6] },
  { name: 'TURKEY', lngLat: [35.9, 39.2] },
  { name: 'JORDAN', lngLat: [36.9, 30.9] },
  { name: 'SAUDI ARABIA', lngLat: [42.8, 28.3] },
  { name: 'KUWAIT', lngLat: [47.6, 29.4] },
  { name: 'LEBANON', lngLat: [35.55, 33.95] },
  { name: 'ISRAEL', lngLat: [34.85, 31.1] },
];
