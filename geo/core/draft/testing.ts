/**
 * Helpers for the drafter's tests: a small gazetteer of towns far from the project's region
 * (approximate points, for matching only), and a way to read a draft's claims by their words.
 * The test sentences are written for these tests, about other places, outlets and subjects,
 * so that the rules are seen to hold beyond the four reports they were first written for.
 */
import { draft } from './draft.ts';
import type { Draft, Gazetteer, GazetteerPlace } from './types.ts';

const town = (id: string, name: string, lngLat: [number, number], aka: string[] = []): GazetteerPlace => ({
  id,
  name,
  aka,
  lngLat,
  precision: 'city',
  geonames: null,
  source: 'Test point (approximate).',
});

export const TEST_GAZETTEER: Gazetteer = {
  places: [
    town('passau', 'Passau', [13.46, 48.57]),
    town('lisbon', 'Lisbon', [-9.14, 38.72], ['Lisboa']),
    town('kherson', 'Kherson', [32.62, 46.64]),
    town('porto', 'Porto', [-8.61, 41.15], ['Oporto']),
    town('dresden', 'Dresden', [13.74, 51.05]),
    { ...town('germany', 'Germany', [10.4, 51.1]), precision: 'country' },
    { ...town('portugal', 'Portugal', [-8.2, 39.6]), precision: 'country' },
    { ...town('united-states', 'United States', [-98.5, 39.8]), precision: 'country', weak: ['U.S.', 'US', 'America'] },
    { ...town('idlib', 'Idlib', [36.63, 35.93], ['Idleb']), project: true },
  ],
};

export const OUTLET = 'The Coastal Courier';

/** Drafts `text` for the test outlet, published on `published`. */
export function drafted(text: string, published = '2023-11-15', gazetteer: Gazetteer = TEST_GAZETTEER): Draft {
  return draft(text, { outlet: OUTLET, published, reportId: 't001' }, gazetteer);
}

/** The claim whose quote starts with `words`, with its chain as names. */
export function claim(d: Draft, words: string) {
  const c = d.claims.find((x) => x.quote.startsWith(words));
  if (!c) throw new Error(`No claim starts with "${words}"; claims: ${d.claims.map((x) => JSON.stringify(x.quote)).join(', ')}`);
  const names = c.asserters.map((id) => d.asserters.find((a) => a.id === id)?.name ?? id);
  const event = d.events.find((e) => e.id === c.event);
  return { ...c, names, event };
}
