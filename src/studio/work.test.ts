import { describe, expect, it } from 'vitest';
import type { Draft } from '../../geo/core/draft/types.ts';
import type { PlaceInput } from '../../geo/core/model/schema.ts';
import {
  addAsserter,
  addClaim,
  addNotClaim,
  changesFromDraft,
  deleteClaim,
  emptyWork,
  fromDraft,
  mergeWithNext,
  placeEvent,
  segmentsOf,
  splitClaim,
  splitPoints,
  tidy,
  updateClaim,
  type StudioWork,
} from './work.ts';

// A short report written for these tests.
const TEXT = [
  'Storm Cuts Power Across Valley',
  'By Ana Reyes',
  '',
  'High winds brought down power lines near the river on Monday, the utility said. Two bridges were closed and schools stayed shut.',
  '',
  'Crews expect to restore power by Friday.',
].join('\n');

const HEADLINE = 'Storm Cuts Power Across Valley';
const BYLINE = 'By Ana Reyes';
const WINDS = 'High winds brought down power lines near the river on Monday, the utility said.';
const BRIDGES = 'Two bridges were closed and schools stayed shut.';
const CREWS = 'Crews expect to restore power by Friday.';

/** Where `quote` stands in `text` (its only or first occurrence). */
function at(quote: string, text = TEXT): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
}

const RIVERTON: PlaceInput = {
  id: 'riverton',
  name: 'Riverton',
  lngLat: [10, 50],
  precision: 'city',
  geonames: null,
  source: 'Test point.',
};

const event = (id: string, title: string, place: string | null = null) => ({
  id,
  title,
  summary: title,
  place,
  when: { start: '2024-05-06', end: '2024-05-06', precision: 'day' as const, basis: 'weekday' as const, note: 'Test.' },
});

/** A draft as the drafter would propose it for TEXT: four claims, one byline, two events. */
const DRAFT: Draft = {
  report: 't100',
  outlet: 'valley-post',
  claims: [
    { id: 't100-c01', quote: HEADLINE, event: 't100-e01', asserters: ['valley-post'], cue: null, stance: 'fact', said: '2024-05-07' },
    {
      id: 't100-c02',
      quote: WINDS,
      event: 't100-e02',
      asserters: ['valley-post', 'utility'],
      cue: 'said',
      stance: 'attributed',
      said: '2024-05-07',
    },
    { id: 't100-c03', quote: BRIDGES, event: 't100-e01', asserters: ['valley-post'], cue: null, stance: 'fact', said: '2024-05-07' },
    { id: 't100-c04', quote: CREWS, event: 't100-e01', asserters: ['valley-post'], cue: null, stance: 'fact', said: '2024-05-07' },
  ],
  spans: [at(HEADLINE), at(WINDS), at(BRIDGES), at(CREWS)],
  notClaims: [{ quote: BYLINE, why: 'byline' }],
  asserters: [
    { id: 'valley-post', name: 'The Valley Post', kind: 'outlet', affiliation: 'independent-media' },
    { id: 'utility', name: 'The utility', kind: 'government-body', affiliation: 'unknown' },
  ],
  events: [event('t100-e01', 'Storm cuts power'), event('t100-e02', 'Power lines down', 'riverton')],
  places: [RIVERTON],
  unknownPlaces: [],
};

function work(): StudioWork {
  const w = emptyWork('t100');
  w.text = TEXT;
  w.meta.outlet.value = 'The Valley Post';
  w.meta.published.date = '2024-05-07';
  return fromDraft(w, DRAFT, { asserters: [], places: [] });
}

const quoteOf = (w: StudioWork, id: string) => {
  const c = w.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return w.text.slice(c.start, c.end);
};
const quotes = (w: StudioWork) => w.claims.map((c) => w.text.slice(c.start, c.end));
const notQuotes = (w: StudioWork) => w.notClaims.map((n) => w.text.slice(n.start, n.end));

describe('fromDraft', () => {
  it('takes the draft’s claims as spans of the text, not yet reviewed, with the byline as a non-claim', () => {
    const w = work();
    expect(w.stage).toBe('review');
    expect(quotes(w)).toEqual([HEADLINE, WINDS, BRIDGES, CREWS]);
    expect(w.claims.every((c) => !c.reviewed)).toBe(true);
    expect(w.notClaims).toEqual([{ ...at(BYLINE), why: 'byline' }]);
    expect(w.nextClaim).toBe(5);
    expect(changesFromDraft(w)).toEqual({ drafted: 4, changed: 0, deleted: 0, added: 0 });
  });
});

describe('addClaim', () => {
  it('trims white space from the selection', () => {
    const w = deleteClaim(work(), 't100-c04');
    const s = at(CREWS);
    // The selection takes in the blank line before and a space after.
    const r = addClaim({ ...w, text: `${TEXT} ` }, s.start - 2, s.end + 1);
    expect(r.id).not.toBeNull();
    expect(quoteOf(r.work, r.id!)).toBe(CREWS);
  });

  it('does nothing for a selection of white space only', () => {
    const w = work();
    const blank = at('\n\n');
    const r = addClaim(w, blank.start, blank.end);
    expect(r).toEqual({ work: w, id: null });
  });

  it('is a fresh claim in the outlet’s own voice, dated to publication, reviewed', () => {
    const w = deleteClaim(work(), 't100-c04');
    const r = addClaim(w, at(CREWS).start, at(CREWS).end);
    expect(r.id).toBe('t100-c05');
    expect(r.work.nextClaim).toBeGreaterThan(5);
    const c = r.work.claims.find((x) => x.id === r.id);
    expect(c).toMatchObject({ asserters: ['valley-post'], cue: null, stance: 'fact', hedges: [], said: '2024-05-07', reviewed: true });
    // It borrows the event of the claim before it.
    expect(c?.event).toBe('t100-e01');
    expect(r.work.claims.map((x) => x.start)).toEqual([...r.work.claims.map((x) => x.start)].sort((a, b) => a - b));
  });

  it('never reuses an id, even after the claim with the highest id was deleted', () => {
    const w = deleteClaim(work(), 't100-c04');
    const r = addClaim(w, at(CREWS).start, at(CREWS).end);
    const ids = r.work.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('t100-c04');
  });

  it('cuts back a claim that held the start of the selection', () => {
    const w = work();
    const r = addClaim(w, at('Two bridges were closed').start, at('Two bridges were closed').end);
    expect(quoteOf(r.work, r.id!)).toBe('Two bridges were closed');
    // The old claim keeps its id and the rest of its text.
    expect(quoteOf(r.work, 't100-c03')).toBe('and schools stayed shut.');
    expect(quotes(r.work)).toEqual([HEADLINE, WINDS, 'Two bridges were closed', 'and schools stayed shut.', CREWS]);
  });

  it('cuts a claim in two around a selection in its middle: the part after gets an id of its own', () => {
    const w = work();
    const s = at('brought down power lines');
    const r = addClaim(w, s.start, s.end);
    expect(quotes(r.work).slice(1, 4)).toEqual(['High winds', 'brought down power lines', 'near the river on Monday, the utility said.']);
    const [left, middle, right] = r.work.claims.slice(1, 4);
    expect(left.id).toBe('t100-c02');
    expect(middle.id).toBe(r.id);
    expect(right.id).not.toBe('t100-c02');
    expect(right.id).not.toBe(r.id);
    // The part after still speaks with the old claim's voice.
    expect(right).toMatchObject({ asserters: ['valley-post', 'utility'], cue: 'said', stance: 'attributed', reviewed: false });
    const ids = r.work.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('removes claims and non-claims that lay wholly inside the selection', () => {
    const w = work();
    const r = addClaim(w, 0, at(WINDS).end);
    expect(quotes(r.work)).toEqual([TEXT.slice(0, at(WINDS).end), BRIDGES, CREWS]);
    expect(r.work.claims.map((c) => c.id)).not.toContain('t100-c01');
    expect(r.work.claims.map((c) => c.id)).not.toContain('t100-c02');
    expect(r.work.notClaims).toEqual([]);
  });

  it('makes an event for a work that has none', () => {
    const w = { ...work(), claims: [], events: [], places: [] };
    const r = addClaim(w, at(CREWS).start, at(CREWS).end);
    expect(r.work.events).toHaveLength(1);
    expect(r.work.claims[0].event).toBe(r.work.events[0].id);
    expect(r.work.events[0].when.start).toBe('2024-05-07');
  });
});

describe('addNotClaim', () => {
  it('marks trimmed text as not a claim, taking it from the claim that held it', () => {
    const w = work();
    const s = at('Storm Cuts');
    const next = addNotClaim(w, s.start, s.end + 1, 'kicker');
    expect(notQuotes(next)).toEqual(['Storm Cuts', BYLINE]);
    expect(next.notClaims[0].why).toBe('kicker');
    expect(quoteOf(next, 't100-c01')).toBe('Power Across Valley');
  });

  it('removes a claim it covers wholly and gives a fresh id to the second half of a claim it cuts in two', () => {
    const w = work();
    const covered = addNotClaim(w, at(CREWS).start - 1, at(CREWS).end, 'outlook');
    expect(covered.claims.map((c) => c.id)).toEqual(['t100-c01', 't100-c02', 't100-c03']);
    expect(notQuotes(covered)).toEqual([BYLINE, CREWS]);

    const cut = addNotClaim(w, at(' and ').start, at(' and ').end, 'conjunction');
    expect(quotes(cut)).toEqual([HEADLINE, WINDS, 'Two bridges were closed', 'schools stayed shut.', CREWS]);
    expect(cut.claims[2].id).toBe('t100-c03');
    expect(cut.claims[3].id).toBe('t100-c05');
    expect(cut.nextClaim).toBe(6);
  });

  it('does nothing for white space', () => {
    const w = work();
    expect(addNotClaim(w, at('\n\n').start, at('\n\n').end, 'blank')).toBe(w);
  });
});

describe('splitPoints', () => {
  it('offers the point after a clause’s comma', () => {
    const w = work();
    const points = splitPoints(w, 't100-c02');
    expect(points.map((p) => TEXT.slice(at(WINDS).start, p.at))).toEqual(['High winds brought down power lines near the river on Monday,']);
    expect(points[0].after).toBe('the utility said.');
    expect(points[0].before.endsWith('on Monday,')).toBe(true);
  });

  it('offers the point before a conjunction that opens a clause', () => {
    const w = work();
    const points = splitPoints(w, 't100-c03');
    expect(points.map((p) => TEXT.slice(at(BRIDGES).start, p.at))).toEqual(['Two bridges were closed']);
    expect(points[0].after).toBe('and schools stayed shut.');
  });

  it('offers the boundary between two sentences of one claim', () => {
    const w = mergeWithNext(work(), 't100-c02');
    const start = at(WINDS).start;
    const ends = splitPoints(w, 't100-c02').map((p) => TEXT.slice(start, p.at));
    expect(ends).toContain(WINDS);
    // Each point lies inside the claim, never at its ends.
    for (const p of splitPoints(w, 't100-c02')) {
      expect(p.at).toBeGreaterThan(start);
      expect(p.at).toBeLessThan(at(BRIDGES).end);
    }
  });

  it('never splits after an abbreviation such as "U.S." (the drafter\'s own sentences)', () => {
    const text = 'The U.S. military said the strikes hit 12 targets. Iraq denied it.';
    const w = { ...work(), text, claims: [{ ...work().claims[0], start: 0, end: text.length }] };
    const points = splitPoints(w, w.claims[0].id).map((p) => text.slice(0, p.at));
    expect(points).toContain('The U.S. military said the strikes hit 12 targets.');
    expect(points.some((p) => p.endsWith('U.S.'))).toBe(false);
  });

  it('offers nothing for a claim that is one plain clause, or for an unknown id', () => {
    expect(splitPoints(work(), 't100-c04')).toEqual([]);
    expect(splitPoints(work(), 'nope')).toEqual([]);
  });
});

describe('splitClaim', () => {
  it('gives two claims covering the text, with the same chain and event; the second has a new id', () => {
    const w = work();
    const point = splitPoints(w, 't100-c02')[0].at;
    const r = splitClaim(w, 't100-c02', point);
    expect(r.id).toBe('t100-c05');
    expect(quotes(r.work)).toEqual([
      HEADLINE,
      'High winds brought down power lines near the river on Monday,',
      'the utility said.',
      BRIDGES,
      CREWS,
    ]);
    const [first, second] = r.work.claims.slice(1, 3);
    expect(first.id).toBe('t100-c02');
    expect(first.start).toBe(at(WINDS).start);
    expect(second.end).toBe(at(WINDS).end);
    // Nothing but white space between the two halves.
    expect(TEXT.slice(first.end, second.start).trim()).toBe('');
    for (const c of [first, second]) {
      expect(c).toMatchObject({ asserters: ['valley-post', 'utility'], event: 't100-e02', stance: 'attributed', reviewed: true });
    }
    expect(r.work.nextClaim).toBe(6);
  });

  it('refuses a point at or outside the claim’s ends, or one that leaves a half of white space', () => {
    const w = work();
    const s = at(CREWS);
    expect(splitClaim(w, 't100-c04', s.start)).toEqual({ work: w, id: null });
    expect(splitClaim(w, 't100-c04', s.end)).toEqual({ work: w, id: null });
    expect(splitClaim(w, 't100-c04', s.end + 5)).toEqual({ work: w, id: null });
    expect(splitClaim(w, 'nope', s.start + 3)).toEqual({ work: w, id: null });
  });
});

describe('mergeWithNext', () => {
  it('spans both claims and the text between, keeping the first claim’s voice', () => {
    const w = work();
    const merged = mergeWithNext(w, 't100-c02');
    expect(quotes(merged)).toEqual([HEADLINE, `${WINDS} ${BRIDGES}`, CREWS]);
    expect(merged.claims[1]).toMatchObject({ id: 't100-c02', asserters: ['valley-post', 'utility'], reviewed: true });
    expect(merged.claims.map((c) => c.id)).not.toContain('t100-c03');
  });

  it('takes in a non-claim that lay between the two claims', () => {
    const merged = mergeWithNext(work(), 't100-c01');
    expect(quoteOf(merged, 't100-c01')).toBe(`${HEADLINE}\n${BYLINE}\n\n${WINDS}`);
    expect(merged.notClaims).toEqual([]);
  });

  it('does nothing to the last claim', () => {
    const w = work();
    expect(mergeWithNext(w, 't100-c04')).toBe(w);
  });
});

describe('deleteClaim and updateClaim', () => {
  it('deleteClaim removes that claim only', () => {
    const w = deleteClaim(work(), 't100-c03');
    expect(quotes(w)).toEqual([HEADLINE, WINDS, CREWS]);
  });

  it('updateClaim changes the claim and marks it reviewed, leaving the others alone', () => {
    const w = updateClaim(work(), 't100-c03', { stance: 'hedged', hedges: ['closed'] });
    expect(w.claims[2]).toMatchObject({ id: 't100-c03', stance: 'hedged', hedges: ['closed'], reviewed: true });
    expect(w.claims.filter((c) => c.reviewed).map((c) => c.id)).toEqual(['t100-c03']);
    expect(quoteOf(w, 't100-c03')).toBe(BRIDGES);
  });
});

describe('changesFromDraft', () => {
  it('counts a changed cue as a change, but not accepting a claim as it was', () => {
    const accepted = updateClaim(work(), 't100-c02', {});
    expect(changesFromDraft(accepted)).toMatchObject({ changed: 0 });
    const recued = updateClaim(work(), 't100-c02', { cue: 'told' });
    expect(changesFromDraft(recued)).toEqual({ drafted: 4, changed: 1, deleted: 0, added: 0 });
  });

  it('counts deleted and added claims', () => {
    const w = deleteClaim(deleteClaim(work(), 't100-c03'), 't100-c04');
    expect(changesFromDraft(w)).toEqual({ drafted: 4, changed: 0, deleted: 2, added: 0 });
    const r = addClaim(w, at(CREWS).start, at(CREWS).end);
    expect(changesFromDraft(r.work)).toEqual({ drafted: 4, changed: 0, deleted: 2, added: 1 });
  });

  it('counts a claim cut back by a new one as changed, and a split’s second half as added', () => {
    const w = work();
    const r = splitClaim(w, 't100-c03', splitPoints(w, 't100-c03')[0].at);
    expect(changesFromDraft(r.work)).toEqual({ drafted: 4, changed: 1, deleted: 0, added: 1 });
  });
});

describe('tidy', () => {
  it('drops an event no claim uses any more, and the proposed place only it used', () => {
    const w = tidy(deleteClaim(work(), 't100-c02'));
    expect(w.events.map((e) => e.id)).toEqual(['t100-e01']);
    expect(w.places).toEqual([]);
  });

  it('keeps events and places that are used, returning the work itself', () => {
    const w = work();
    expect(tidy(w)).toBe(w);
    const fewer = tidy(deleteClaim(w, 't100-c03'));
    expect(fewer.events.map((e) => e.id)).toEqual(['t100-e01', 't100-e02']);
    expect(fewer.places.map((p) => p.id)).toEqual(['riverton']);
  });
});

describe('segmentsOf', () => {
  it('cuts the whole text into claims, non-claims and gaps, in order and without overlap', () => {
    const w = work();
    const segs = segmentsOf(w);
    expect(segs.map((s) => w.text.slice(s.start, s.end)).join('')).toBe(TEXT);
    expect(segs.filter((s) => s.kind === 'claim').map((s) => s.ref)).toEqual(['t100-c01', 't100-c02', 't100-c03', 't100-c04']);
    expect(segs.filter((s) => s.kind === 'not-claim').map((s) => s.ref)).toEqual(['0']);
  });

  it('marks a gap of white space as covered and a gap with words as uncovered', () => {
    const w = deleteClaim(work(), 't100-c03');
    const gaps = segmentsOf(w).filter((s) => s.kind === 'gap');
    expect(gaps.filter((g) => g.uncovered).map((g) => w.text.slice(g.start, g.end).trim())).toEqual([BRIDGES]);
    expect(gaps.filter((g) => !g.uncovered).every((g) => w.text.slice(g.start, g.end).trim() === '')).toBe(true);
  });

  it('does not count punctuation alone as uncovered', () => {
    const w = { ...work(), text: `${TEXT} —` };
    const last = segmentsOf(w).at(-1);
    expect(last).toMatchObject({ kind: 'gap', uncovered: false });
  });
});

describe('addAsserter', () => {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');

  it('reuses a voice of the same name, whatever its case and spacing', () => {
    const w = work();
    const r = addAsserter(w, '  the UTILITY ', 'government-body', slug);
    expect(r).toEqual({ work: w, id: 'utility' });
  });

  it('adds a new voice with a unique id, its name trimmed', () => {
    const w = work();
    const a = addAsserter(w, ' Utility workers ', 'anonymous-official', slug);
    expect(a.id).toBe('utility-workers');
    expect(a.work.asserters.at(-1)).toEqual({
      id: 'utility-workers',
      name: 'Utility workers',
      kind: 'anonymous-official',
      affiliation: 'unknown',
    });

    // A different name with the same slug gets a numbered id.
    const b = addAsserter(a.work, 'Utility-Workers!', 'anonymous-official', slug);
    expect(b.id).toBe('utility-workers-2');
    const c = addAsserter(b.work, 'utility workers.', 'anonymous-official', slug);
    expect(c.id).toBe('utility-workers-3');
    expect(new Set(c.work.asserters.map((x) => x.id)).size).toBe(c.work.asserters.length);
  });

  it('makes an id for a name with no letters', () => {
    const r = addAsserter(work(), '—', 'anonymous-official', slug);
    expect(r.id).toBe('voice');
  });
});

describe('placeEvent', () => {
  const HILLTOP: PlaceInput = { ...RIVERTON, id: 'hilltop', name: 'Hilltop', lngLat: [11, 51] };

  it('adds a gazetteer place the map does not know, and drops the one it replaced', () => {
    const w = placeEvent(work(), 't100-e02', HILLTOP, () => false);
    expect(w.events.find((e) => e.id === 't100-e02')?.place).toBe('hilltop');
    expect(w.places.map((p) => p.id)).toEqual(['hilltop']);
  });

  it('points at a known place without proposing it', () => {
    const w = placeEvent(work(), 't100-e01', HILLTOP, (id) => id === 'hilltop');
    expect(w.events.find((e) => e.id === 't100-e01')?.place).toBe('hilltop');
    expect(w.places.map((p) => p.id)).toEqual(['riverton']);
  });

  it('does not propose a place twice', () => {
    const w = placeEvent(work(), 't100-e01', RIVERTON, () => false);
    expect(w.places.map((p) => p.id)).toEqual(['riverton']);
    expect(w.events.map((e) => e.place)).toEqual(['riverton', 'riverton']);
  });

  it('takes a place away with null', () => {
    const w = placeEvent(work(), 't100-e02', null, () => false);
    expect(w.events.map((e) => e.place)).toEqual([null, null]);
    expect(w.places).toEqual([]);
  });
});
