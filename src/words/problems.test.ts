/**
 * Every check's problem has its words in every language, and a sample of real problems (the import
 * fixtures, a damaged corpus, a text's bytes) formats with its own values: nothing left unfilled,
 * and the English says what the build's English says.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../geo/core/check/check.ts';
import { importText } from '../../geo/core/import/import-file.ts';
import type { Corpus } from '../../geo/core/model/corpus.ts';
import { CODES, type Problem } from '../../geo/core/model/problems.ts';
import { decodeText } from '../../geo/core/text/text-file.ts';
import { LANGUAGES, useLanguage } from '../store/language.ts';
import { t } from './i18n.tsx';
import { problemWords } from './problems.ts';

const MESSAGES = new URL('./messages/', import.meta.url).pathname;
const catalogue = (lang: string) =>
  Object.assign(
    {},
    ...readdirSync(join(MESSAGES, lang))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(MESSAGES, lang, f), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;

const FIXTURES = new URL('../../geo/core/import/fixtures/', import.meta.url).pathname;
const fixtureProblems = readdirSync(FIXTURES)
  .filter((f) => statSync(join(FIXTURES, f)).isDirectory())
  .flatMap((folder) =>
    readdirSync(join(FIXTURES, folder)).flatMap((file) => importText(file, readFileSync(join(FIXTURES, folder, file), 'utf8')).problems),
  );

const TEXT = 'Raid on Raqqa. Officials said 18 fighters were killed.';
const broken: Corpus = {
  info: { title: 'A raid', description: 'One report.' },
  reports: [
    {
      id: 'r1',
      file: 'reports/r1.txt',
      outlet_asserter: 'outlet',
      outlet: { value: 'The Outlet', status: 'confirmed', note: 'On the page.' },
      title: { value: 'Raid', status: 'confirmed', note: 'r1 says so.' },
      author: { value: null, status: 'unknown', note: 'Unsigned.' },
      published: { date: '2014-02-30', status: 'confirmed', note: 'Dated.' },
      url: { value: 'ftp://example.org', status: 'confirmed', note: 'The address.' },
    },
  ],
  texts: { 'reports/r1.txt': TEXT },
  places: [{ id: 'raqqa', name: 'Raqqa', lngLat: [35.9, 39.0], precision: 'city', geonames: 1, source: 'GeoNames.' }],
  asserters: [
    { id: 'outlet', name: 'The Outlet', kind: 'outlet', affiliation: 'independent-media' },
    { id: 'outlet', name: 'Twice', kind: 'outlet', affiliation: 'independent-media' },
  ],
  events: [
    {
      id: 'raid',
      title: 'Raid',
      summary: 'A raid.',
      place: 'nowhere',
      when: { start: '2014-09-05', end: '2014-09-04', precision: 'day', basis: 'explicit', note: 'x' },
    },
    {
      id: 'alone',
      title: 'Alone',
      summary: 'No claim.',
      place: null,
      when: { start: '2014-09-01', end: '2014-09-03', precision: 'day', basis: 'weekday', note: 'On Monday.' },
    },
  ],
  annotations: [
    {
      report: 'r1',
      claims: [
        { id: 'r1-c1', quote: 'Raid on Mosul.', event: 'raid', asserters: ['outlet'], stance: 'fact', said: '2014-09-04' },
        { id: 'r1-c2', quote: 'Officials said', event: 'gone', asserters: ['officials'], cue: 'told', stance: 'hedged', said: '2014-09/x' },
        {
          id: 'r1-c3',
          quote: 'fighters',
          event: 'raid',
          asserters: ['outlet', 'who'],
          stance: 'fact',
          hedges: ['may'],
          said: '2014-09-04',
          extra: 1,
        },
      ],
    },
  ],
  tours: [],
};
const checkProblems = check(broken, { coverage: 'require' }).problems;
const bytes = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62, 0xe9, 0x00]), 'r9.txt', 'report').problems;
const sample: Problem[] = [...fixtureProblems, ...checkProblems, ...bytes];

afterAll(() => useLanguage.setState({ lang: 'en' }));

describe('the problems in the catalogue', () => {
  it('has a message and a fix for every code, in every language', () => {
    for (const lang of LANGUAGES) {
      const words = catalogue(lang);
      for (const code of Object.keys(CODES)) {
        expect(words[`problem.${code}.message`], `${lang}: problem.${code}.message`).toBeTruthy();
        expect(words[`problem.${code}.fix`], `${lang}: problem.${code}.fix`).toBeTruthy();
      }
    }
  });

  it('formats a sample of real problems with their values, in every language', () => {
    expect(new Set(sample.map((p) => p.code)).size).toBeGreaterThanOrEqual(20);
    for (const lang of LANGUAGES) {
      useLanguage.setState({ lang });
      for (const p of sample) {
        const w = problemWords(p, t, lang);
        for (const s of [w.message, w.fix, w.where]) {
          expect(s, `${lang} ${p.code}: ${p.message}`).not.toMatch(/\{[a-zA-Z]+[},]|^problem\./);
        }
        expect(w.message.length, p.code).toBeGreaterThan(10);
        if (lang === 'ar') expect(w.message, p.code).toMatch(/[\u0600-\u06FF]/);
      }
    }
  });

  it('says in English what the build says, where the words are the same', () => {
    useLanguage.setState({ lang: 'en' });
    for (const p of sample) {
      const w = problemWords(p, t, 'en');
      if (p.where) expect(w.where).toBe(p.where);
      if (['UNCOVERED_TEXT', 'UNKNOWN_PLACE', 'EVENT_WITHOUT_CLAIMS', 'CUE_NOT_IN_CONTEXT', 'IMPORT_COLUMN_MISSING'].includes(p.code))
        expect(w.message.replace(/[“”]/g, '"')).toBe(p.message);
      if (p.fix === CODES[p.code]) expect(w.fix.replace(/’/g, "'")).toBe(p.fix.replace(/’/g, "'"));
    }
  });
});
