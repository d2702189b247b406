/**
 * The studio's work as data: the corpus the shared checks judge (the same check() the build runs),
 * the map it compiles to for a preview, and the files of the export, laid out like geo/ so that
 * unzipping it into geo/ adds the report: reports/<id>.txt, annotations/<id>.yaml and the new
 * registry entries in reports.d/, asserters.d/, places.d/ and events.d/ (read by the build after
 * the main files).
 */
import { invisibleInReport } from '../../geo/core/text/text-file.ts';
import { check, type Checked } from '../../geo/core/check/check.ts';
import type { Corpus } from '../../geo/core/model/corpus.ts';
import { AFFILIATION_TERMS } from '../../geo/core/draft/lexicon.ts';
import { declareUsed } from '../../geo/core/model/map-vocabularies.ts';
import type { Term } from '../../geo/core/model/vocab.ts';
import type { PlaceInput, ReportInput } from '../../geo/core/model/schema.ts';
import type { Problem } from '../../geo/core/model/problems.ts';
import type { StudioWork } from './work.ts';
import { clip, quoted } from '../words/labels.ts';

/**
 * The places a draft may point at without proposing them: the project's own (geo/places.yaml, as
 * the gazetteer holds them). What the map already held is in the work (`base`).
 */
export interface Known {
  projectPlaces: readonly PlaceInput[];
  /** The kinds of voice and affiliations of the map the person works on: its voices keep their terms. */
  terms?: { kind?: readonly Term[]; affiliation?: readonly Term[] };
  /** The words the studio writes into the report's data, in the person's language (English when not given). */
  words?: DataWords;
}

/** What the studio writes into the data itself (the notes on the report's facts, the map's description). */
export interface DataWords {
  entered: string;
  notKnown: string;
  /** The map's description; `{id}` stands for the report's id. */
  description: string;
}

export const ENGLISH_DATA_WORDS: DataWords = {
  entered: 'Entered in the studio.',
  notKnown: 'Not known to the person who entered the report.',
  description: 'One report, {id}, annotated in the studio.',
};

export const reportFile = (work: StudioWork) => `reports/${work.meta.reportId}.txt`;

export function reportEntry(work: StudioWork, words: DataWords = ENGLISH_DATA_WORDS): ReportInput {
  const NOTE = words.entered;
  const fact = (f: { value: string; status: ReportInput['title']['status'] }) => ({
    value: f.value.trim() || null,
    status: f.value.trim() ? f.status : 'unknown',
    note: f.value.trim() ? NOTE : words.notKnown,
  });
  const m = work.meta;
  return {
    id: m.reportId,
    file: reportFile(work),
    outlet_asserter: work.outlet,
    outlet: fact(m.outlet),
    title: fact(m.title),
    author: fact(m.author),
    published: { date: m.published.date, status: m.published.status, note: NOTE },
    url: fact(m.url),
  };
}

/** The annotation file's content: quotes made from the text, with a start where a quote repeats. */
export function annotationOf(work: StudioWork): { report: string; claims: unknown[]; not_claims: unknown[] } {
  const { text } = work;
  const unique = (start: number, end: number) => {
    const q = text.slice(start, end);
    return text.indexOf(q) === start && text.indexOf(q, start + 1) === -1;
  };
  const sel = (start: number, end: number) => ({ quote: text.slice(start, end), ...(unique(start, end) ? {} : { start }) });
  return {
    report: work.meta.reportId,
    claims: work.claims.map((c) => ({
      id: c.id,
      ...sel(c.start, c.end),
      event: c.event,
      asserters: c.asserters,
      cue: c.cue,
      stance: c.stance,
      ...(c.hedges.length ? { hedges: c.hedges } : {}),
      said: c.said,
    })),
    not_claims: work.notClaims.map((n) => ({ ...sel(n.start, n.end), why: n.why })),
  };
}

/** The entries the export adds: what the map does not hold already. */
export function newEntries(work: StudioWork) {
  const usedPlaces = new Set(work.events.map((e) => e.place));
  return {
    asserters: voicesOf(work).filter((a) => !work.base.asserters.includes(a.id)),
    places: work.places.filter((p) => usedPlaces.has(p.id) && !work.base.places.includes(p.id)),
  };
}

/** The map's name for a preview or a collection: the outlet and the headline. */
export function workTitle(work: StudioWork, untitled: string = work.meta.reportId): string {
  const { outlet, title } = work.meta;
  return [outlet.value.trim(), title.value.trim()].filter(Boolean).join(': ') || untitled;
}

/**
 * What people call the work's claims and events, by id: a claim by its quote's first words, an
 * event by its title. Problems shown in the studio name them so, never by an internal id.
 */
export function namesOf(work: StudioWork): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of work.claims) names.set(c.id, quoted(clip(work.text.slice(c.start, c.end), 40)));
  for (const e of work.events) if (e.title.trim()) names.set(e.id, quoted(e.title.trim()));
  return names;
}

/** The voices the work uses: the outlet and every link of every chain. */
function voicesOf(work: StudioWork) {
  const used = new Set([work.outlet, ...work.claims.flatMap((c) => c.asserters)]);
  return work.asserters.filter((a) => used.has(a.id));
}

export function studioCorpus(work: StudioWork, known: Known): Corpus {
  const fresh = newEntries(work);
  return {
    info: {
      title: workTitle(work),
      description: (known.words ?? ENGLISH_DATA_WORDS).description.replace('{id}', work.meta.reportId),
      // The sides its voices have, in the words of the map they come from, else the drafter's.
      vocabularies: declareUsed(voicesOf(work), [known.terms ?? {}, { affiliation: AFFILIATION_TERMS }]),
    },
    reports: [reportEntry(work, known.words)],
    texts: { [reportFile(work)]: work.text },
    places: [...known.projectPlaces, ...fresh.places.filter((p) => !known.projectPlaces.some((k) => k.id === p.id))],
    // Voices the map already has are checked with the work's copy of them (same id, same voice).
    asserters: voicesOf(work),
    events: work.events,
    annotations: [annotationOf(work)],
    tours: [],
  };
}

export interface WorkCheck {
  problems: Problem[];
  checked: Checked;
  /** Letters and digits covered by claims or non-claims, in percent. */
  percent: number;
}

/** The shared checks, as the build runs them (coverage required: every uncovered bit is a problem). */
export function checkWork(work: StudioWork, known: Known): WorkCheck {
  const { problems, checked } = check(studioCorpus(work, known), { coverage: 'require' });
  // The report text by the build's file rule, on the text itself (half a character included).
  const hidden = invisibleInReport(work.text, `reports/${work.meta.reportId}.txt`);
  const text = hidden ? [{ ...hidden, path: ['text', Number(hidden.values?.at ?? 0)] }] : [];
  return { problems: [...text, ...problems], checked, percent: checked.coverage[0]?.percent ?? 0 };
}

/** Where a problem points in the work: a claim, a place in the text, an event or the report's facts. */
export type Target =
  { kind: 'claim'; id: string } | { kind: 'text'; at: number } | { kind: 'event'; id: string } | { kind: 'meta' } | { kind: 'none' };

export function targetOf(work: StudioWork, p: Problem): Target {
  const [table, index, part, sub] = p.path;
  if (table === 'text' && typeof index === 'number') return { kind: 'text', at: index };
  if (table === 'annotations') {
    if (part === 'claims' && typeof sub === 'number' && work.claims[sub]) return { kind: 'claim', id: work.claims[sub].id };
    if (part === 'coverage' && typeof sub === 'string') return { kind: 'text', at: Number(sub.split('-')[0]) };
    if (part === 'not_claims' && typeof sub === 'number' && work.notClaims[sub]) return { kind: 'text', at: work.notClaims[sub].start };
  }
  if (table === 'events' && typeof index === 'number' && work.events[index]) return { kind: 'event', id: work.events[index].id };
  if (table === 'reports') return { kind: 'meta' };
  if (table === 'asserters' && typeof index === 'number') {
    const a = voicesOf(work)[index];
    const claim = a && work.claims.find((c) => c.asserters.includes(a.id));
    if (claim) return { kind: 'claim', id: claim.id };
  }
  return { kind: 'none' };
}
