/**
 * The studio's work: one report being annotated, as a person edits it. It starts as the drafter's
 * proposal (geo/core/draft) and every edit is a pure function here, so that the editor, the
 * autosave and the tests share them. Claims are kept as spans of the text (start, end); their
 * quotes are made from the text when the work is checked or exported, so an edit can never leave a
 * quote that is not in the report.
 */
import { sentences } from '../../geo/core/text/sentences.ts';
import type { Confidence } from '../../geo/core/draft/confidence.ts';
import type { Draft } from '../../geo/core/draft/types.ts';
import type { AsserterInput, EventInput, PlaceInput } from '../../geo/core/model/schema.ts';
import type { AsserterKind, Stance, Status } from '../../geo/core/model/vocab.ts';
import type { Span } from '../../geo/core/text/span.ts';

export interface Fact {
  value: string;
  status: Status;
}

export interface StudioMeta {
  reportId: string;
  outlet: Fact;
  title: Fact;
  author: Fact;
  published: { date: string; status: Status };
  url: Fact;
}

export type { Span } from '../../geo/core/text/span.ts';

export interface StudioClaim extends Span {
  id: string;
  event: string;
  asserters: string[];
  cue: string | null;
  stance: Stance;
  hedges: string[];
  said: string;
  /** A person has looked at it and accepted it (or changed it). */
  reviewed: boolean;
  /** How sure the drafter was, and why (a drafted claim only; works saved before it have none). */
  confidence?: Confidence;
}

export interface StudioNotClaim extends Span {
  why: string;
}

export interface StudioWork {
  version: 1;
  stage: 'input' | 'review';
  meta: StudioMeta;
  /** The report text as it will be published, byte for byte. */
  text: string;
  /** The outlet's asserter id: the first link of every chain. */
  outlet: string;
  claims: StudioClaim[];
  notClaims: StudioNotClaim[];
  asserters: AsserterInput[];
  events: EventInput[];
  places: PlaceInput[];
  unknownPlaces: string[];
  /** What the map held when the report was drafted: the export adds only what it lacked. */
  base: { asserters: string[]; places: string[] };
  /** The claims as drafted (by id), to count what the person changed. */
  drafted: Record<string, string>;
  nextClaim: number;
  nextEvent: number;
}

export const emptyFact = (): Fact => ({ value: '', status: 'unknown' });

export function emptyWork(reportId: string): StudioWork {
  return {
    version: 1,
    stage: 'input',
    meta: {
      reportId,
      outlet: { value: '', status: 'confirmed' },
      title: emptyFact(),
      author: emptyFact(),
      published: { date: '', status: 'confirmed' },
      url: emptyFact(),
    },
    text: '',
    outlet: '',
    claims: [],
    notClaims: [],
    asserters: [],
    events: [],
    places: [],
    unknownPlaces: [],
    base: { asserters: [], places: [] },
    drafted: {},
    nextClaim: 1,
    nextEvent: 1,
  };
}

/** What of a claim counts as "changed" when compared with the draft. */
const fingerprint = (c: StudioClaim) => JSON.stringify([c.start, c.end, c.event, c.asserters, c.cue, c.stance, c.hedges, c.said]);

/** The work after drafting: the draft's claims, spans, voices, events and places. */
export function fromDraft(work: StudioWork, d: Draft, base: StudioWork['base']): StudioWork {
  const claims: StudioClaim[] = d.claims.map((c, i) => ({
    id: c.id,
    start: d.spans[i].start,
    end: d.spans[i].end,
    event: c.event,
    asserters: [...c.asserters],
    cue: c.cue ?? null,
    stance: c.stance,
    hedges: c.hedges ?? [],
    said: c.said,
    reviewed: false,
    ...(d.confidence?.[i] ? { confidence: d.confidence[i] } : {}),
  }));
  const notClaims = d.notClaims.map((n) => {
    const at = work.text.indexOf(`${n.prefix ?? ''}${n.quote}`) + (n.prefix?.length ?? 0);
    return { start: at, end: at + n.quote.length, why: n.why };
  });
  return {
    ...work,
    stage: 'review',
    outlet: d.outlet,
    claims,
    notClaims: notClaims.filter((n) => n.start >= 0),
    asserters: d.asserters,
    events: d.events,
    places: d.places,
    unknownPlaces: d.unknownPlaces,
    base,
    drafted: Object.fromEntries(claims.map((c) => [c.id, fingerprint(c)])),
    nextClaim: claims.length + 1,
    nextEvent: d.events.length + 1,
  };
}

/** How the claims differ from the draft: changed, deleted, added (for the person and the note). */
export function changesFromDraft(work: StudioWork): { drafted: number; changed: number; deleted: number; added: number } {
  const ids = new Set(work.claims.map((c) => c.id));
  const drafted = Object.keys(work.drafted);
  return {
    drafted: drafted.length,
    changed: work.claims.filter((c) => work.drafted[c.id] !== undefined && work.drafted[c.id] !== fingerprint(c)).length,
    deleted: drafted.filter((id) => !ids.has(id)).length,
    added: work.claims.filter((c) => work.drafted[c.id] === undefined).length,
  };
}

const claimId = (work: StudioWork) => `${work.meta.reportId}-c${String(work.nextClaim).padStart(2, '0')}`;

/** A span shrunk to its text: no white space at either end. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Spans with [start, end) carved out: spans inside it go, spans across its edges are cut back
 * (and trimmed). A new claim or non-claim takes its text from whatever held it before.
 */
function carve<T extends Span>(text: string, spans: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (const s of spans) {
    if (s.end <= start || s.start >= end) {
      out.push(s);
      continue;
    }
    if (s.start < start) {
      const left = trimSpan(text, s.start, start);
      if (left.end > left.start) out.push({ ...s, ...left });
    }
    if (s.end > end) {
      const right = trimSpan(text, end, s.end);
      if (right.end > right.start) out.push({ ...s, ...right, ...(s.start < start ? { id: undefined } : {}) });
    }
  }
  return out;
}

const byStart = <T extends Span>(a: T, b: T) => a.start - b.start;

/**
 * A claim cut down keeps only the hedge words still in its text; a hedged claim left with none is
 * stated firmly (attributed when someone else says it, fact in the outlet's own voice).
 */
function fitHedges(text: string, c: StudioClaim): StudioClaim {
  const quote = text.slice(c.start, c.end).toLowerCase();
  const hedges = c.hedges.filter((h) => quote.includes(h.toLowerCase()));
  if (hedges.length === c.hedges.length) return c;
  const stance = c.stance === 'hedged' && hedges.length === 0 ? (c.asserters.length > 1 ? 'attributed' : 'fact') : c.stance;
  return { ...c, hedges, stance };
}

/** Gives a fresh id to any claim that lost its own when it was cut in two. */
function withIds(work: StudioWork, claims: StudioClaim[]): StudioWork {
  let next = work.nextClaim;
  const fixed = claims.map((raw) => {
    const c = fitHedges(work.text, raw);
    if (c.id) return c;
    const id = `${work.meta.reportId}-c${String(next++).padStart(2, '0')}`;
    return { ...c, id, reviewed: false };
  });
  return { ...work, claims: fixed.sort(byStart), nextClaim: next };
}

/** The claim nearest a place in the text: a new claim borrows its event, voice and date. */
function nearest(work: StudioWork, at: number): StudioClaim | undefined {
  let best: StudioClaim | undefined;
  for (const c of work.claims) if (c.start <= at) best = c;
  return best ?? work.claims[0];
}

/** The words a new event is given (in the person's language): its title, and the note on its date. */
export interface NewEventWords {
  title: string;
  note: string;
}

const NEW_EVENT: NewEventWords = { title: 'An event of this report', note: 'Dated in the studio from the claim; to be checked.' };

/** Makes [start, end) a claim of the outlet's own voice; what held that text gives it up. */
export function addClaim(
  work: StudioWork,
  start: number,
  end: number,
  words: NewEventWords = NEW_EVENT,
): { work: StudioWork; id: string | null } {
  const span = trimSpan(work.text, start, end);
  if (span.end <= span.start) return { work, id: null };
  const near = nearest(work, span.start);
  const event = near?.event ?? work.events[0]?.id;
  const base = event ? work : addEvent(work, words.title, work.meta.published.date, words.note);
  const id = claimId(base);
  const claim: StudioClaim = {
    id,
    ...span,
    event: event ?? base.events[base.events.length - 1].id,
    asserters: [base.outlet],
    cue: null,
    stance: 'fact',
    hedges: [],
    said: base.meta.published.date,
    reviewed: true,
  };
  const claims = withIds({ ...base, nextClaim: base.nextClaim + 1 }, [...carve(base.text, base.claims, span.start, span.end), claim]);
  return { work: { ...claims, notClaims: carve(base.text, base.notClaims, span.start, span.end) }, id };
}

/** Marks [start, end) as not a claim (a headline kicker, a byline, boilerplate). */
export function addNotClaim(work: StudioWork, start: number, end: number, why: string): StudioWork {
  const span = trimSpan(work.text, start, end);
  if (span.end <= span.start) return work;
  const claims = carve(work.text, work.claims, span.start, span.end);
  const notClaims = [...carve(work.text, work.notClaims, span.start, span.end), { ...span, why }].sort(byStart);
  return { ...withIds(work, claims), notClaims };
}

export function removeNotClaim(work: StudioWork, index: number): StudioWork {
  return { ...work, notClaims: work.notClaims.filter((_, i) => i !== index) };
}

export function updateClaim(work: StudioWork, id: string, patch: Partial<Omit<StudioClaim, 'id' | 'start' | 'end'>>): StudioWork {
  return {
    ...work,
    claims: work.claims.map((c) => (c.id === id ? { ...c, reviewed: true, ...patch } : c)),
  };
}

export function deleteClaim(work: StudioWork, id: string): StudioWork {
  return { ...work, claims: work.claims.filter((c) => c.id !== id) };
}

/**
 * Where a claim can be split: after a clause's punctuation, before a conjunction that opens a
 * new clause, and between sentences. Offsets are in the text; the first part ends there.
 */
export function splitPoints(work: StudioWork, id: string): { at: number; before: string; after: string }[] {
  const c = work.claims.find((x) => x.id === id);
  if (!c) return [];
  const quote = work.text.slice(c.start, c.end);
  const points = new Set<number>();
  const add = (at: number) => at > 0 && at < quote.length && points.add(c.start + at);
  // Between sentences, as the drafter finds them ("U.S." and "Sept." do not end one)…
  for (const s of sentences(quote).slice(0, -1)) add(s.end);
  // …and after a clause's punctuation, or before a word that opens a clause.
  for (const m of quote.matchAll(/[,;:—–]\s+|\s+(?=(?:and|but|while|whereas|although|though|as|which|who)\b)/g)) {
    add((m.index ?? 0) + m[0].trimEnd().length);
  }
  return [...points]
    .sort((a, b) => a - b)
    .map((at) => ({
      at,
      before: work.text.slice(Math.max(c.start, at - 30), at).trimStart(),
      after: work.text.slice(at, Math.min(c.end, at + 30)).trim(),
    }));
}

/** Two claims where one was: both keep the voice, stance and event; the second gets a new id. */
export function splitClaim(work: StudioWork, id: string, at: number): { work: StudioWork; id: string | null } {
  const c = work.claims.find((x) => x.id === id);
  if (!c || at <= c.start || at >= c.end) return { work, id: null };
  const left = trimSpan(work.text, c.start, at);
  const right = trimSpan(work.text, at, c.end);
  if (left.end <= left.start || right.end <= right.start) return { work, id: null };
  const second = claimId(work);
  const claims = work.claims.flatMap((x) =>
    x.id === id
      ? [fitHedges(work.text, { ...x, ...left, reviewed: true }), fitHedges(work.text, { ...x, ...right, id: second, reviewed: true })]
      : [x],
  );
  return { work: { ...work, claims, nextClaim: work.nextClaim + 1 }, id: second };
}

/** A claim joined with the next one: it keeps its own voice and stance and takes the text between. */
export function mergeWithNext(work: StudioWork, id: string): StudioWork {
  const i = work.claims.findIndex((x) => x.id === id);
  const next = work.claims[i + 1];
  if (i === -1 || !next) return work;
  const merged = { ...work.claims[i], end: next.end, reviewed: true };
  return {
    ...work,
    claims: [...work.claims.slice(0, i), merged, ...work.claims.slice(i + 2)],
    notClaims: carve(work.text, work.notClaims, merged.start, merged.end),
  };
}

/** The claims no person has reviewed yet: the drafter's least sure first, then in the text's order. */
export function unreviewed(work: StudioWork): StudioClaim[] {
  const rank = { low: 0, medium: 1, high: 2 } as const;
  return work.claims
    .filter((c) => !c.reviewed)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank[a.c.confidence?.level ?? 'medium'] - rank[b.c.confidence?.level ?? 'medium'] || a.i - b.i)
    .map(({ c }) => c);
}

export function acceptAll(work: StudioWork): StudioWork {
  return { ...work, claims: work.claims.map((c) => ({ ...c, reviewed: true })) };
}

/** A new event, dated to a day (or the publication date); it has no place until one is given. */
export function addEvent(work: StudioWork, title: string, date: string, note: string = NEW_EVENT.note): StudioWork {
  const id = `${work.meta.reportId}-e${String(work.nextEvent).padStart(2, '0')}`;
  const event: EventInput = {
    id,
    title,
    summary: title,
    place: null,
    when: { start: date, end: date, precision: 'day', basis: 'context', note },
  };
  return { ...work, events: [...work.events, event], nextEvent: work.nextEvent + 1 };
}

export function updateEvent(work: StudioWork, id: string, patch: Partial<Omit<EventInput, 'id'>>): StudioWork {
  return { ...work, events: work.events.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

/** Gives an event a place: one of the map's or the gazetteer's (added to the work's places). */
export function placeEvent(work: StudioWork, eventId: string, place: PlaceInput | null, known: (id: string) => boolean): StudioWork {
  const places = place && !known(place.id) && !work.places.some((p) => p.id === place.id) ? [...work.places, place] : work.places;
  const events = work.events.map((e) => (e.id === eventId ? { ...e, place: place?.id ?? null } : e));
  // A place no event uses any more is not proposed.
  const used = new Set(events.map((e) => e.place));
  return { ...work, events, places: places.filter((p) => used.has(p.id)) };
}

/** A new voice (asserter) by name; an existing one of that name is reused. */
export function addAsserter(
  work: StudioWork,
  name: string,
  kind: AsserterKind,
  slugOf: (s: string) => string,
): { work: StudioWork; id: string } {
  const same = work.asserters.find((a) => a.name.toLowerCase() === name.trim().toLowerCase());
  if (same) return { work, id: same.id };
  let id = slugOf(name) || 'voice';
  for (let n = 2; work.asserters.some((a) => a.id === id); n++) id = `${slugOf(name) || 'voice'}-${n}`;
  const asserter: AsserterInput = { id, name: name.trim(), kind, affiliation: 'unknown' };
  return { work: { ...work, asserters: [...work.asserters, asserter] }, id };
}

export interface Segment extends Span {
  kind: 'claim' | 'not-claim' | 'gap';
  /** The claim's id, or the non-claim's index. */
  ref?: string;
  /** A gap with letters or digits: text no claim or non-claim covers yet. */
  uncovered?: boolean;
}

/** The text cut where claims and non-claims begin and end, for showing them in place. */
export function segmentsOf(work: StudioWork): Segment[] {
  const marks = [
    ...work.claims.map((c) => ({ start: c.start, end: c.end, kind: 'claim' as const, ref: c.id })),
    ...work.notClaims.map((n, i) => ({ start: n.start, end: n.end, kind: 'not-claim' as const, ref: String(i) })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  const gap = (start: number, end: number) => {
    if (end > start) out.push({ start, end, kind: 'gap', uncovered: /[\p{L}\p{N}]/u.test(work.text.slice(start, end)) });
  };
  for (const m of marks) {
    if (m.end <= at) continue;
    const start = Math.max(m.start, at);
    gap(at, start);
    out.push({ ...m, start });
    at = m.end;
  }
  gap(at, work.text.length);
  return out;
}

/**
 * After an edit: events no claim points at any more are dropped (the build refuses an event
 * without claims), and so are proposed places no event uses.
 */
export function tidy(work: StudioWork): StudioWork {
  const used = new Set(work.claims.map((c) => c.event));
  const events = work.events.filter((e) => used.has(e.id));
  const placed = new Set(events.map((e) => e.place));
  const places = work.places.filter((p) => placed.has(p.id));
  return events.length === work.events.length && places.length === work.places.length ? work : { ...work, events, places };
}
