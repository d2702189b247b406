/**
 * The pieces broken links are made of, for the fuzz tests of the URL codec (Vitest) and of the
 * running page (Chromium): every key the codec reads, and values that have broken something
 * somewhere (impossible dates, half escapes, markup, huge numbers).
 */
export const LINK_KEYS = [
  't',
  'f',
  'e',
  'r',
  'c',
  'p',
  'tab',
  'mode',
  'fr',
  'fa',
  'fk',
  'fs',
  'tour',
  'step',
  'present',
  'handout',
  'map',
  'm',
  'share',
  'x',
];

export const LINK_VALUES = [
  '2015-13-01',
  '2014-00-10',
  '0000-00-00',
  '2015-02-30',
  '%E0%A4%A',
  '%',
  'tikrit',
  'r003-c05',
  'who-said-what',
  'speicher',
  'window',
  '1',
  '35,42,7',
  'NaN',
  '',
  '-1',
  '9'.repeat(400),
  'eyJ0aXRsZSI6IngifQ',
  '<img src=x onerror=alert(1)>',
  '../../etc',
];
