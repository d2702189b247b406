/**
 * The claims as W3C Web Annotations (JSON-LD), so annotation tools and linked-data stores can
 * read them: an AnnotationCollection with one AnnotationPage, one Annotation per claim, whose
 * target is the quoted passage of its report and whose bodies say who said it, how, and about
 * which event.
 *
 * - motivation "describing": an annotation as a whole describes the passage (who asserted it,
 *   in what stance, about what). Each body carries its own narrower purpose: the chain
 *   "describing", the stance "classifying" (a closed vocabulary), the event "identifying" (its
 *   title) and "linking" (its id).
 * - The attribution chain is not the annotation's `creator`: in the model that is who made the
 *   annotation, not who made the claim. It is the passage's prov:wasAttributedTo, an ordered
 *   list of agents, outermost first.
 * - Offsets: the map stores UTF-16 code units; the model requires Unicode code points
 *   ("The selection of the text MUST be in terms of unicode code points … not in terms of code
 *   units"), so TextPositionSelector start/end are converted to code points into the report's
 *   text as the map holds it. They differ only after a character outside the BMP (an emoji).
 *   With an http(s) source that is our copy of the page's text, not the live page; clients
 *   anchoring on the page should use the TextQuoteSelector: exact, with up to 32 characters of
 *   prefix and suffix, more only where the report repeats the quote with that context.
 * - Ids are stable: `base` + a path from the claim, report, event or asserter id. The default
 *   base is "urn:according-to:" (an informal, unregistered URN namespace).
 * - What was later known about an event is not a claim about a passage: each later-known note is
 *   an Annotation of its own, motivation "commenting", whose targets are the annotations of the
 *   claims it qualifies (an annotation may target another annotation), whose first body is the
 *   note and whose other bodies link its sources (purpose "linking", the outlet, title and date as
 *   the label). They sit on a page of their own after the claims' page, so a client reading the
 *   first page reads the reports' claims and nothing else. A note about events with no claims in
 *   the map has nothing to target and is left out.
 */
import type { AsserterRow, ClaimRow, MapData, ReportRow } from '../model/contract.ts';
import { chainText } from '../model/chain.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const DEFAULT_BASE = 'urn:according-to:';
const ATTRIBUTED_TO = 'http://www.w3.org/ns/prov#wasAttributedTo';
/** Characters of report text kept either side of the quote. */
export const CONTEXT_CHARS = 32;

const PERSON_KINDS = new Set(['named-official', 'anonymous-official']);
const ORGANIZATION_KINDS = new Set(['outlet', 'government-body', 'armed-group', 'militia']);

const codePoints = (text: string) => Array.from(text);
const isWebAddress = (url: string | null): url is string => url !== null && /^https?:\/\/\S+$/i.test(url);

function agent(a: AsserterRow, iri: (path: string) => string) {
  // An analyst may be a person or a think tank, and "unnamed reports" are no agent at all: no type.
  const type = PERSON_KINDS.has(a.kind) ? 'Person' : ORGANIZATION_KINDS.has(a.kind) ? 'Organization' : undefined;
  return { id: iri(`asserters/${a.id}`), ...(type ? { type } : {}), name: a.name };
}

/** How often `needle` occurs in `text`, counting to two. */
function occurrences(text: string, needle: string): number {
  const first = text.indexOf(needle);
  return first === -1 ? 0 : text.indexOf(needle, first + 1) === -1 ? 1 : 2;
}

function selectors(claim: ClaimRow, report: ReportRow | undefined) {
  const text = report?.text ?? '';
  const before = codePoints(text.slice(0, claim.quote.start));
  const after = codePoints(text.slice(claim.quote.end));
  const exact = claim.quote.exact;
  // Up to 32 characters either side; more only when the text repeats the quote with that context.
  let n = CONTEXT_CHARS;
  const context = () => ({ prefix: before.slice(Math.max(0, before.length - n)).join(''), suffix: after.slice(0, n).join('') });
  let { prefix, suffix } = context();
  while (occurrences(text, prefix + exact + suffix) > 1 && (n < before.length || n < after.length)) {
    n *= 2;
    ({ prefix, suffix } = context());
  }
  const start = before.length;
  return [
    { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
    { type: 'TextPositionSelector', start, end: start + codePoints(exact).length },
  ];
}

/** The collection as a JSON-LD object; `base` is an absolute IRI that ids are made under. */
export function toWebAnnotations(map: MapData, base: string = DEFAULT_BASE): object {
  const root = /[/#:]$/.test(base) ? base : `${base}/`;
  const iri = (path: string) => `${root}${path}`;
  const reports = new Map(map.reports.map((r) => [r.id, r]));
  const events = new Map(map.events.map((e) => [e.id, e]));
  const asserters = new Map(map.asserters.map((a) => [a.id, a]));
  const stances = new Map(map.meta.vocabularies.stance.map((t) => [t.id, t.label]));

  const items = map.claims.map((c) => {
    const report = reports.get(c.report);
    const chain = c.asserters.flatMap((id) => asserters.get(id) ?? []);
    const event = events.get(c.event);
    const url = report?.url.value ?? null;
    return {
      id: iri(`annotations/${c.id}`),
      type: 'Annotation',
      motivation: 'describing',
      body: [
        { type: 'TextualBody', purpose: 'describing', value: chainText(chain.map((a) => a.name)), format: 'text/plain' },
        { type: 'TextualBody', purpose: 'classifying', value: stances.get(c.stance) ?? c.stance, format: 'text/plain', language: 'en' },
        { type: 'TextualBody', purpose: 'identifying', value: event?.title ?? c.event, format: 'text/plain', language: 'en' },
        { type: 'SpecificResource', purpose: 'linking', source: iri(`events/${c.event}`) },
      ],
      target: {
        type: 'SpecificResource',
        source: isWebAddress(url) ? url : iri(`reports/${c.report}`),
        selector: selectors(c, report),
        [ATTRIBUTED_TO]: { '@list': chain.map((a) => agent(a, iri)) },
      },
    };
  });

  const claimsOf = new Map<string, string[]>();
  for (const c of map.claims) claimsOf.set(c.event, [...(claimsOf.get(c.event) ?? []), c.id]);
  const notes = map.later.flatMap((n) => {
    const target = n.events.flatMap((e) => claimsOf.get(e) ?? []).map((c) => iri(`annotations/${c}`));
    if (target.length === 0) return [];
    const note = {
      type: 'TextualBody',
      purpose: 'commenting',
      value: `Later known (${n.known}): ${n.note}`,
      format: 'text/plain',
      language: 'en',
    };
    const sources = n.sources.map((x) => ({ id: x.url, type: 'Text', purpose: 'linking', label: `${x.outlet}, “${x.title}”, ${x.date}` }));
    return [{ id: iri(`later/${n.id}`), type: 'Annotation', motivation: 'commenting', body: [note, ...sources], target }];
  });

  const collection = iri('annotations');
  const lists = [items, notes].filter((list) => list.length > 0);
  const pageId = (i: number) => iri(`annotations/pages/${i + 1}`);
  // Pages are written nested (first → next), each with its index in the whole collection.
  const page = (i: number, startIndex: number): object => ({
    id: pageId(i),
    type: 'AnnotationPage',
    partOf: collection,
    startIndex,
    ...(i + 1 < lists.length ? { next: page(i + 1, startIndex + lists[i].length) } : {}),
    items: lists[i],
  });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: map.meta.title,
    total: items.length + notes.length,
    ...(lists.length > 0 ? { first: page(0, 0), last: pageId(lists.length - 1) } : {}),
  };
}

/** The same, as the text of a .jsonld file. */
export function toWebAnnotationsJSON(map: MapData, base?: string): string {
  return JSON.stringify(toWebAnnotations(map, base), null, 2);
}
