/** What the basemap covers and names. Shared by the basemap script and the data build. */
import type { Position } from 'geojson';
import type { Box } from './clip.ts';

/** Detail region: Syria, Iraq and their neighbours, larger than any first view. */
export const REGION: Box = [30, 26, 52, 41.5];

/**
 * A basemap name in the languages other than English that the app speaks (a country's come from
 * its ISO code in the browser, Intl.DisplayNames; a river's or a territory without a code, here).
 * Arabic: the forms Arabic media use.
 */
export type OtherNames = Readonly<Record<'ar', string>>;

/** Reference points along each named river (lng, lat): a joined river line that passes
 * near two of them carries the name. `label` is where its name is written. */
export const RIVER_REFS: { name: string; names: OtherNames; along: Position[]; label: Position }[] = [
  {
    name: 'Tigris',
    names: { ar: 'دجلة' },
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
    names: { ar: 'الفرات' },
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
    names: { ar: 'شط العرب' },
    along: [
      [47.81, 30.52],
      [48.29, 30.34],
      [47.45, 31.0],
    ],
    label: [48.05, 30.45],
  },
];

export const COUNTRY_LABELS: { name: string; code: string; lngLat: Position }[] = [
  { name: 'SYRIA', code: 'SY', lngLat: [38.6, 34.9] },
  { name: 'IRAQ', code: 'IQ', lngLat: [42.6, 32.6] },
  { name: 'IRAN', code: 'IR', lngLat: [49.8, 33.6] },
  { name: 'TURKEY', code: 'TR', lngLat: [35.9, 39.2] },
  { name: 'JORDAN', code: 'JO', lngLat: [36.9, 30.9] },
  { name: 'SAUDI ARABIA', code: 'SA', lngLat: [42.8, 28.3] },
  { name: 'KUWAIT', code: 'KW', lngLat: [47.6, 29.4] },
  { name: 'LEBANON', code: 'LB', lngLat: [35.55, 33.95] },
  { name: 'ISRAEL', code: 'IL', lngLat: [34.85, 31.1] },
];
