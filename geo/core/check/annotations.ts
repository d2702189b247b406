/** Checks the annotations of a corpus: anchors every quote, checks every reference and stance. */
import { anchor, type Selector } from '../text/anchor.ts';
import type { Corpus } from '../model/corpus.ts';
import { checkSaid } from '../model/dates.ts';
import { indexById, parseList, parseOne, type Entry } from '../model/entries.ts';
import type { Path, Problems } from '../model/problems.ts';
import { checkReaderText, internalReportIds } from './reader-text.ts';
import type { Registries } from './registries.ts';
import { AnnotationSchema, ClaimSchema, NotClaimSchema, type ClaimInput } from '../model/schema.ts';
import type { Span } from '../text/span.ts';

export interface AnchoredClaim extends ClaimInput {
  report: string;
  start: number;
  end: number;
}

export type { Span } from '../text/span.ts';

export interface Annotations {
  /** Anchored claims by id, in the order they were written. */
  claims: Map<string, AnchoredClaim>;
  notClaims: Map<string, (Span & { why: string; quote: string; prefix?: string; suffix?: string })[]>;
  /** Where each report's annotations stand in the corpus (["annotations", i]). */
  paths: Map<string, Path>;
}

function place(text: string, s: Selector, path: Path, problems: Problems): Span | null {
  const found = anchor(text, s);
  if (found.ok) return found;
  problems.add(found.code, [...path, found.code === 'QUOTE_OFFSET_MISMATCH' ? 'start' : 'quote'], found.message, found.values);
  return null;
}

/** The paragraph (text between line breaks) around a span, where its cue should stand. */
function paragraphAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

function checkClaim(c: ClaimInput, at: Span | null, text: string, outlet: string, reg: Registries, path: Path, problems: Problems): void {
  const p = (...rest: Path) => [...path, ...rest];
  if (!reg.events.has(c.event))
    problems.add('UNKNOWN_EVENT', p('event'), `Claim ${c.id} names the event "${c.event}", which the events list does not have.`, {
      case: 'claim',
      id: c.id,
      event: c.event,
    });
  c.asserters.forEach((a, i) => {
    if (!reg.asserters.has(a))
      problems.add(
        'UNKNOWN_ASSERTER',
        p('asserters', i),
        `Claim ${c.id} names the asserter "${a}", which the asserters list does not have.`,
        { case: 'claim', id: c.id, asserter: a },
      );
  });
  if (c.asserters[0] !== outlet) {
    problems.add(
      'CHAIN_NOT_FROM_OUTLET',
      p('asserters', 0),
      `Claim ${c.id}'s chain starts with "${c.asserters[0]}", but this report's outlet is "${outlet}".`,
      { id: c.id, first: String(c.asserters[0]), outlet },
    );
  }
  const hedges = c.hedges ?? [];
  if (c.stance === 'hedged' && hedges.length === 0) {
    problems.add('STANCE_HEDGES_MISMATCH', p('hedges'), `Claim ${c.id} is hedged but lists no hedge words.`, { case: 'none', id: c.id });
  } else if (c.stance !== 'hedged' && hedges.length > 0) {
    problems.add(
      'STANCE_HEDGES_MISMATCH',
      p('hedges'),
      `Claim ${c.id} has stance ${c.stance} but lists hedges ${JSON.stringify(hedges)}.`,
      {
        case: 'notHedged',
        id: c.id,
        stance: c.stance,
        hedges: hedges.map((h) => JSON.stringify(h)).join(', '),
      },
    );
  }
  for (const h of hedges) {
    if (!c.quote.toLowerCase().includes(h.toLowerCase())) {
      problems.add('STANCE_HEDGES_MISMATCH', p('hedges'), `Claim ${c.id} lists the hedge "${h}", which is not in its quote.`, {
        case: 'notInQuote',
        id: c.id,
        hedge: h,
      });
    }
  }
  if (c.cue && at && !paragraphAround(text, at.start, at.end).toLowerCase().includes(c.cue.toLowerCase())) {
    problems.add('CUE_NOT_IN_CONTEXT', p('cue'), `Claim ${c.id} has the cue "${c.cue}", which is not in its paragraph.`, {
      id: c.id,
      cue: c.cue,
    });
  }
  const said = checkSaid(c.said);
  if (said) problems.add(said.code, p('said'), `Claim ${c.id}: ${said.message}`, { ...said.values, subject: 'claim', id: c.id });
}

export function checkAnnotations(corpus: Corpus, reg: Registries, problems: Problems, where: (path: Path) => string): Annotations {
  const claimEntries: Entry<ClaimInput>[] = [];
  // Ids of every claim written, even one of the wrong shape: a relation to it is not a second problem.
  const declared = new Set<string>();
  const claims = new Map<string, AnchoredClaim>();
  const notClaims: Annotations['notClaims'] = new Map();
  const annotated = new Map<string, Path>();

  corpus.annotations.forEach((raw, i) => {
    const at: Path = ['annotations', i];
    const header = parseOne(AnnotationSchema, raw, at, problems);
    if (!header) return;
    const report = reg.reports.get(header.report);
    if (!report)
      return problems.add(
        'UNKNOWN_REPORT',
        [...at, 'report'],
        `The annotations are for "${header.report}", which the reports list does not have.`,
        { case: 'annotations', report: header.report },
      );
    const first = annotated.get(header.report);
    if (first)
      return problems.add(
        'DUPLICATE_ID',
        [...at, 'report'],
        `${where([...first, 'report'])} already annotates ${header.report}.`,
        { case: 'annotations', at: where([...first, 'report']), report: header.report },
        'Keep one annotation file per report: merge the two.',
      );
    annotated.set(header.report, at);
    const text = reg.texts.get(header.report);
    for (const raw of header.claims) {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') declared.add(id);
    }
    const entries = parseList(ClaimSchema, header.claims, [...at, 'claims'], problems);
    for (const entry of entries) claimEntries.push(entry);
    for (const { value: c, path } of entries) {
      const span = text === undefined ? null : place(text, c, path, problems);
      checkClaim(c, span, text ?? '', report.value.outlet_asserter, reg, path, problems);
      if (span && !claims.has(c.id)) claims.set(c.id, { ...c, report: header.report, ...span });
    }
    const spans: Annotations['notClaims'] extends Map<string, infer V> ? V : never = [];
    for (const { value: n, path } of parseList(NotClaimSchema, header.not_claims ?? [], [...at, 'not_claims'], problems)) {
      const span = text === undefined ? null : place(text, n, path, problems);
      if (span) spans.push({ ...span, why: n.why, quote: n.quote, prefix: n.prefix, suffix: n.suffix });
    }
    notClaims.set(
      header.report,
      spans.sort((a, b) => a.start - b.start),
    );
  });

  indexById(claimEntries, problems, where); // reports claim ids used twice, across reports too
  // A claim whose quote did not anchor is reported once, not again for each relation to it.
  const internal = internalReportIds(reg);
  for (const { value: c, path } of claimEntries) {
    (c.relations ?? []).forEach((r, i) => {
      checkReaderText(r.note, [...path, 'relations', i, 'note'], `The note on claim ${c.id}'s relation`, internal, problems, {
        subject: 'relation',
        id: c.id,
      });
      if (r.claim === c.id) problems.add('SELF_RELATION', [...path, 'relations', i], `Claim ${c.id} relates to itself.`, { id: c.id });
      else if (!declared.has(r.claim))
        problems.add(
          'UNKNOWN_CLAIM',
          [...path, 'relations', i, 'claim'],
          `Claim ${c.id} ${r.type} "${r.claim}", which no annotation defines.`,
          { id: c.id, relation: r.type, claim: r.claim },
        );
    });
  }
  checkUpdateCycles(claimEntries, problems);
  for (const { value: r, path } of reg.reports.values()) {
    if (!annotated.has(r.id))
      problems.add('REPORT_NOT_ANNOTATED', path, `Report ${r.id} has no annotations (annotations/${r.id}.yaml).`, { id: r.id });
  }
  return { claims, notClaims, paths: annotated };
}

/**
 * "A updates B" says A came later and replaces what B said: a circle of updates (A updates B,
 * B updates A, or a longer one) cannot be true. Each circle is reported once, at the relation
 * that closes it.
 */
function checkUpdateCycles(
  entries: readonly { value: { id: string; relations?: readonly { type: string; claim: string }[] }; path: Path }[],
  problems: Problems,
): void {
  const next = new Map<string, { to: string; path: Path }[]>();
  for (const { value: c, path } of entries) {
    (c.relations ?? []).forEach((r, i) => {
      if (r.type === 'updates' && r.claim !== c.id)
        next.set(c.id, [...(next.get(c.id) ?? []), { to: r.claim, path: [...path, 'relations', i] }]);
    });
  }
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    for (const edge of next.get(id) ?? []) {
      if (state.get(edge.to) === 'open') {
        const circle = [...trail.slice(trail.indexOf(edge.to)), edge.to];
        problems.add(
          'RELATION_CYCLE',
          edge.path,
          `The claims update one another in a circle: ${circle.join(' updates ')}. Updates run one way in time.`,
          { circle: circle.join(' › ') },
        );
      } else if (!state.has(edge.to)) visit(edge.to);
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const id of next.keys()) if (!state.has(id)) visit(id);
}
