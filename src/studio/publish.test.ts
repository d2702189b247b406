import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeInput } from '../../geo/core/draft/corpus.ts';
import { draft } from '../../geo/core/draft/draft.ts';
import type { Gazetteer } from '../../geo/core/draft/types.ts';
import type { PlaceInput } from '../../geo/core/model/schema.ts';
import { annotationOf, checkWork, namesOf, newEntries, reportEntry, studioCorpus, targetOf, workTitle, type Known } from './publish.ts';
import { t } from '../words/i18n.tsx';
import { problemWords } from '../words/problems.ts';
import { addClaim, deleteClaim, emptyWork, fromDraft, splitClaim, splitPoints, updateClaim, type StudioWork } from './work.ts';

const gazetteer = JSON.parse(readFileSync(new URL('../../geo/gazetteer/gazetteer.json', import.meta.url), 'utf8')) as Gazetteer;
const known: Known = { projectPlaces: gazetteer.places.filter((p) => p.project).map(placeInput) };

// Short reports written for these tests.
const WATER = [
  'Water Returns to Kirkuk After Week of Outages',
  'By Lena Marsh',
  '',
  'Engineers restored the main pumping station in Kirkuk on Tuesday, the city council said.',
  '',
  'Residents said taps ran dry for six days. The governor told reporters that repairs would cost about $2 million.',
].join('\n');

const ROAD = [
  'Landslide Shuts Mountain Road',
  '',
  'A landslide buried a stretch of the mountain road on Sunday. The road remains closed.',
  '',
  'Drivers were sent on a long detour through the valley. The road remains closed.',
].join('\n');

const STRIKE = [
  'Strike Threatens Kirkuk Oil Exports',
  '',
  'The strike may spread to the refinery next week, and exports fell sharply on Monday, union leaders said.',
].join('\n');

const OUTLET = 'The Harbour Times';
const PUBLISHED = '2024-03-14';

function drafted(text: string, reportId: string, base: StudioWork['base'] = { asserters: [], places: [] }): StudioWork {
  const w = { ...emptyWork(reportId), text };
  w.meta.outlet.value = OUTLET;
  w.meta.published.date = PUBLISHED;
  const d = draft(text, { outlet: OUTLET, published: PUBLISHED, reportId }, gazetteer);
  return fromDraft(w, d, base);
}

const errors = (w: StudioWork) => checkWork(w, known).problems.filter((p) => p.severity === 'error');
const claimStarting = (w: StudioWork, words: string) => {
  const c = w.claims.find((x) => w.text.startsWith(words, x.start));
  if (!c) throw new Error(`no claim starts with "${words}"`);
  return c;
};

describe('checkWork', () => {
  it('passes a fresh draft of a simple report with no errors and every word covered', () => {
    const w = drafted(WATER, 'x001');
    const result = checkWork(w, known);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.percent).toBe(100);
    expect(result.checked.coverage[0]).toMatchObject({ report: 'x001', claims: w.claims.length });
  });

  it('a report text holding half a character is an error pointing at it (the zip would fail the build)', () => {
    const w = drafted(WATER, 'x001');
    const broken = { ...w, text: `${w.text.slice(0, 10)}\uDC00${w.text.slice(11)}` };
    const hit = checkWork(broken, known).problems.find((p) => p.code === 'INVISIBLE_CHARACTER');
    expect(hit).toMatchObject({ severity: 'error', file: 'reports/x001.txt', values: { case: 'surrogate', at: 10 } });
    expect(targetOf(broken, hit!)).toEqual({ kind: 'text', at: 10 });
  });

  it('reports the words a deleted claim leaves uncovered, pointing at them in the text', () => {
    const w = drafted(WATER, 'x001');
    const residents = claimStarting(w, 'Residents said');
    const without = deleteClaim(w, residents.id);
    const result = checkWork(without, known);
    const uncovered = result.problems.filter((p) => p.code === 'UNCOVERED_TEXT');
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0].message).toContain('taps');
    expect(targetOf(without, uncovered[0])).toEqual({ kind: 'text', at: WATER.indexOf('Residents said') });
    expect(result.percent).toBeLessThan(100);
  });

  it('points a bad `said` date at its claim, also after an earlier claim was deleted', () => {
    const w = drafted(WATER, 'x001');
    const governor = claimStarting(w, 'The governor');
    // Deleting the headline moves the governor's claim up the list: the target must follow it.
    const edited = updateClaim(deleteClaim(w, w.claims[0].id), governor.id, { said: '2024-02-30' });
    const bad = errors(edited).filter((p) => p.code !== 'UNCOVERED_TEXT');
    expect(bad).toHaveLength(1);
    expect(bad[0].code).toBe('INVALID_DATE');
    expect(targetOf(edited, bad[0])).toEqual({ kind: 'claim', id: governor.id });
  });

  it('points a bad publication date at the report’s facts', () => {
    const w = drafted(WATER, 'x001');
    const edited = { ...w, meta: { ...w.meta, published: { ...w.meta.published, date: 'last week' } } };
    const bad = errors(edited);
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.map((p) => targetOf(edited, p))).toContainEqual({ kind: 'meta' });
  });

  it('passes a report whose repeated sentence is claimed twice', () => {
    const w = drafted(ROAD, 'x002');
    expect(errors(w)).toEqual([]);
    expect(checkWork(w, known).percent).toBe(100);
  });
});

describe('edits that the check must still pass', () => {
  const hedged = () => {
    const w = drafted(STRIKE, 'x003');
    const c = claimStarting(w, 'The strike may');
    expect(c).toMatchObject({ stance: 'hedged', hedges: ['may'] });
    expect(errors(w)).toEqual([]);
    return { w, c };
  };

  it('splitting an attributed claim at a comma keeps both halves valid', () => {
    const w = drafted(WATER, 'x001');
    const c = claimStarting(w, 'Engineers restored');
    const r = splitClaim(w, c.id, splitPoints(w, c.id)[0].at);
    expect(r.id).not.toBeNull();
    expect(errors(r.work)).toEqual([]);
  });

  // Each half keeps only the hedge words in its own text; without any, it is stated firmly
  // (the shared check refuses hedges that are not in the quote: STANCE_HEDGES_MISMATCH).
  it('splitting a hedged claim leaves the half without the hedge word valid', () => {
    const { w, c } = hedged();
    const r = splitClaim(w, c.id, splitPoints(w, c.id)[0].at);
    expect(r.id).not.toBeNull();
    expect(errors(r.work)).toEqual([]);
  });

  // The same for the remnants of a hedged claim that a new claim is cut out of.
  it('cutting a new claim out of a hedged claim leaves the remnants valid', () => {
    const { w } = hedged();
    const start = STRIKE.indexOf('exports fell');
    const r = addClaim(w, start, start + 'exports fell sharply on Monday'.length);
    expect(r.id).not.toBeNull();
    expect(errors(r.work)).toEqual([]);
  });
});

describe('annotationOf', () => {
  it('makes every quote from the text and writes a start only where a quote repeats', () => {
    const w = drafted(ROAD, 'x002');
    const ann = annotationOf(w);
    expect(ann.report).toBe('x002');
    const claims = ann.claims as { id: string; quote: string; start?: number }[];
    expect(claims.map((c) => c.quote)).toEqual(w.claims.map((c) => ROAD.slice(c.start, c.end)));
    const repeated = claims.filter((c) => c.quote === 'The road remains closed.');
    expect(repeated.map((c) => c.start)).toEqual([ROAD.indexOf('The road remains'), ROAD.lastIndexOf('The road remains')]);
    for (const c of claims.filter((x) => x.quote !== 'The road remains closed.')) expect(c).not.toHaveProperty('start');
  });

  it('writes hedges only for a claim that has some, and non-claims with their reason', () => {
    const w = drafted(WATER, 'x001');
    const id = w.claims[1].id;
    const hedged = updateClaim(w, id, { stance: 'hedged', hedges: ['restored'] });
    const claims = annotationOf(hedged).claims as { id: string; hedges?: string[] }[];
    expect(claims.find((c) => c.id === id)?.hedges).toEqual(['restored']);
    expect(claims.filter((c) => c.id !== id).every((c) => !('hedges' in c))).toBe(true);
    expect(annotationOf(w).not_claims).toEqual([{ quote: 'By Lena Marsh', why: 'byline' }]);
  });
});

describe('newEntries', () => {
  it('proposes the voices and places of the draft when the map holds none of them', () => {
    const w = drafted(WATER, 'x001');
    const fresh = newEntries(w);
    expect(fresh.asserters.map((a) => a.id)).toContain(w.outlet);
    expect(fresh.asserters.length).toBeGreaterThan(1);
    // Kirkuk is in the gazetteer's regional extract, not a project place.
    expect(fresh.places.map((p) => p.id)).toEqual(['kirkuk']);
  });

  it('leaves out the asserters and places the map already holds', () => {
    const first = drafted(WATER, 'x001');
    const w = drafted(WATER, 'x001', { asserters: [first.outlet, 'city-council'], places: ['kirkuk'] });
    const fresh = newEntries(w);
    expect(fresh.asserters.map((a) => a.id)).not.toContain(first.outlet);
    expect(fresh.asserters.map((a) => a.id)).not.toContain('city-council');
    expect(fresh.asserters.length).toBe(newEntries(first).asserters.length - 2);
    expect(fresh.places).toEqual([]);
  });

  it('leaves out a voice no claim uses any more', () => {
    const w = drafted(WATER, 'x001');
    const residents = claimStarting(w, 'Residents said');
    const voice = residents.asserters.at(-1)!;
    expect(newEntries(w).asserters.map((a) => a.id)).toContain(voice);
    expect(newEntries(deleteClaim(w, residents.id)).asserters.map((a) => a.id)).not.toContain(voice);
  });
});

describe('reportEntry', () => {
  it('turns empty facts into value null and status unknown, and trims the others', () => {
    const w = drafted(WATER, 'x001');
    const edited: StudioWork = {
      ...w,
      meta: {
        ...w.meta,
        title: { value: '  Water Returns to Kirkuk  ', status: 'confirmed' },
        author: { value: '', status: 'confirmed' },
        url: { value: '   ', status: 'confirmed' },
      },
    };
    const entry = reportEntry(edited);
    expect(entry).toMatchObject({ id: 'x001', file: 'reports/x001.txt', outlet_asserter: w.outlet });
    expect(entry.title).toMatchObject({ value: 'Water Returns to Kirkuk', status: 'confirmed' });
    expect(entry.author).toMatchObject({ value: null, status: 'unknown' });
    expect(entry.url).toMatchObject({ value: null, status: 'unknown' });
    expect(entry.outlet).toMatchObject({ value: OUTLET, status: 'confirmed' });
    expect(entry.published).toMatchObject({ date: PUBLISHED, status: 'confirmed' });
  });
});

describe('studioCorpus and workTitle', () => {
  it('holds the one report, its text and the project places with the proposed ones', () => {
    const w = drafted(WATER, 'x001');
    const corpus = studioCorpus(w, known);
    expect(corpus.reports).toHaveLength(1);
    expect(corpus.texts).toEqual({ 'reports/x001.txt': WATER });
    const ids = (corpus.places as PlaceInput[]).map((p) => p.id);
    expect(ids).toContain('kirkuk');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the work by outlet and headline, else by its id', () => {
    const w = drafted(WATER, 'x001');
    expect(workTitle({ ...w, meta: { ...w.meta, title: { value: 'Water Returns', status: 'confirmed' } } })).toBe(
      `${OUTLET}: Water Returns`,
    );
    expect(workTitle(emptyWork('x009'))).toBe('x009');
  });
});

describe('problems as the studio shows them', () => {
  it('name a claim by its quote’s first words and an event by its title, never by an id', () => {
    const w = drafted(WATER, 'x001');
    const c = w.claims[0];
    const hedged = updateClaim(w, c.id, { stance: 'hedged', hedges: [] });
    const problems = checkWork(hedged, known).problems.filter((p) => p.values?.id === c.id);
    expect(problems.length).toBeGreaterThan(0);
    const names = namesOf(hedged);
    for (const p of problems) {
      const { message } = problemWords(p, t, 'en', names);
      expect(message).not.toMatch(/x001-c\d+/);
      expect(message).toContain(`“${WATER.slice(c.start, c.end).slice(0, 12)}`);
    }
    expect(workTitle(emptyWork('x009'), 'an untitled report')).toBe('an untitled report');
  });
});
