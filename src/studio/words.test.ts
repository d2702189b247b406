/**
 * The studio's words that are picked by a value (a reason code, a stance, a kind of voice, a
 * precision, a fact's status) exist in every language: the catalogue check cannot see those keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_LEVELS } from '../../geo/core/draft/confidence.ts';
import { DATE_PRECISIONS, KINDS, PRECISIONS, STANCES, STATUSES } from '../../geo/core/model/vocab.ts';
import { LANGUAGES } from '../store/language.ts';
import { t } from '../words/i18n.tsx';
import { reasonWords } from './reasons.ts';

const MESSAGES = new URL('../words/messages/', import.meta.url).pathname;
const catalogue = (lang: string): Record<string, string> =>
  Object.assign({}, ...readdirSync(join(MESSAGES, lang)).map((f) => JSON.parse(readFileSync(join(MESSAGES, lang, f), 'utf8'))));

const KEYS = [
  ...Object.keys(REASON_LEVELS).map((c) => `studio.confidence.${c}`),
  ...STANCES.map((s) => `studio.stance.${s.id}`),
  ...KINDS.map((k) => `studio.kind.${k.id}`),
  ...STATUSES.map((s) => `studio.status.${s.id}`),
  ...PRECISIONS.map((p) => `studio.precision.${p.id}`),
  ...DATE_PRECISIONS.map((p) => `studio.datePrecision.${p.id}`),
  ...['outlet', 'title', 'author', 'url'].flatMap((f) => [`studio.fact.${f}`, `studio.fact.${f}.hint`]),
  ...['fact', 'attributed', 'hedged', 'denial'].map((k) => `studio.key.${k}`),
  ...['csv', 'geojson', 'annotations', 'map'].flatMap((f) => [`io.download.${f}`, `io.download.${f}.hint`]),
  ...['map', 'geojson', 'acled'].flatMap((f) => [`format.${f}.name`, `format.${f}.short`]),
];

describe("the studio's words picked by a value", () => {
  it('are in every language', () => {
    for (const lang of LANGUAGES) {
      const words = catalogue(lang);
      for (const key of KEYS) expect(words[key], `${lang}: ${key}`).toBeTruthy();
    }
  });

  it('word a reason with its values, isolated in Arabic', () => {
    const r = { code: 'TWO_SOURCES', values: { sources: 'an official; a commander' } } as const;
    expect(reasonWords(r, t, 'en')).toBe('two sources in one sentence (an official; a commander)');
  });
});
