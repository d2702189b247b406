/**
 * Finding words in the reports and voices in the chains. The index is built once per map, on the
 * first search (a lower-cased copy of each report's text and each claim's chain), and kept with the
 * map; a query is then one pass over those strings. Offsets are UTF-16 code units, as everywhere.
 */
import type { AsserterRef, Claim } from '../../geo/types';
import type { Model } from '../data/model';
import { chainWords, labelsIn } from '../words/labels';

export type Hit =
  /** A claim: its quote holds the words (`at`: where, in the report's text), or only its chain names them (`at` null). */
  | { type: 'claim'; claim: string; report: string; at: number | null }
  /** Words in a report outside every claim. */
  | { type: 'text'; report: string; at: number };

/** One voice of the chains, with how many claims it is in and how many it is the final source of. */
export interface Voice {
  asserter: AsserterRef;
  claims: number;
  asSource: number;
}

/** Fewer characters match too much to help. */
export const MIN_QUERY = 2;

export function normalise(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every place the (normalised) query occurs in the lower-cased text, without overlaps. */
export function occurrences(lower: string, q: string): number[] {
  const out: number[] = [];
  if (q.length < MIN_QUERY) return out;
  for (let i = lower.indexOf(q); i !== -1; i = lower.indexOf(q, i + q.length)) out.push(i);
  return out;
}

/** Spans of the query in any text, for marking them. */
export function matchSpans(text: string, query: string): { start: number; end: number }[] {
  const q = normalise(query);
  const lower = text.toLowerCase();
  // A few characters change length when lower-cased (İ): their text is matched as it stands.
  return occurrences(lower.length === text.length ? lower : text, q).map((start) => ({ start, end: start + q.length }));
}

interface ReportEntry {
  id: string;
  lower: string;
  /** Claims in text order. */
  claims: readonly Claim[];
  /** The longest claim's length: how far back a claim covering a word can start. */
  longest: number;
}

export class SearchIndex {
  private readonly reports: ReportEntry[];
  private readonly chains = new Map<string, string>();
  private voiceList: Voice[] | null = null;
  private readonly rows = new Map<string, string>();

  constructor(private readonly model: Model) {
    this.reports = model.reports.map((r) => {
      const lower = r.text.toLowerCase();
      const claims = model.claimsByReport.get(r.id) ?? [];
      const longest = claims.reduce((n, c) => Math.max(n, c.quote.end - c.quote.start), 0);
      return { id: r.id, lower: lower.length === r.text.length ? lower : r.text, claims, longest };
    });
    // A voice is found by its own name and by the form Arabic readers know (وول ستريت جورنال).
    for (const { claim } of model.claimById.values())
      this.chains.set(claim.id, `${chainWords(claim.asserters)} \u0000 ${chainWords(claim.asserters, 'ar')}`.toLowerCase());
  }

  /** Every hit for the query, report by report in the map's order, in text order within each. */
  search(query: string): Hit[] {
    const q = normalise(query);
    if (q.length < MIN_QUERY) return [];
    const out: Hit[] = [];
    for (const report of this.reports) {
      const found = new Map<string, number | null>();
      const hits: { hit: Hit; order: number }[] = [];
      for (const at of occurrences(report.lower, q)) {
        const inner = innermost(report, at, at + q.length);
        if (!inner) hits.push({ hit: { type: 'text', report: report.id, at }, order: at });
        else if (!found.has(inner.id)) found.set(inner.id, at);
      }
      for (const c of report.claims) {
        if (!found.has(c.id) && this.chains.get(c.id)!.includes(q)) found.set(c.id, null);
        if (found.has(c.id))
          hits.push({ hit: { type: 'claim', claim: c.id, report: report.id, at: found.get(c.id)! }, order: c.quote.start });
      }
      hits.sort((a, b) => a.order - b.order);
      for (const { hit } of hits) out.push(hit);
    }
    return out;
  }

  /** Every voice with claims, the busiest first. */
  voices(): Voice[] {
    if (!this.voiceList) {
      const byId = new Map<string, Voice>();
      for (const { claim } of this.model.claimById.values()) {
        const source = claim.asserters[claim.asserters.length - 1];
        for (const a of new Map(claim.asserters.map((x) => [x.id, x])).values()) {
          const voice = byId.get(a.id) ?? { asserter: a, claims: 0, asSource: 0 };
          voice.claims += 1;
          if (a.id === source.id) voice.asSource += 1;
          byId.set(a.id, voice);
        }
      }
      this.voiceList = [...byId.values()].sort((a, b) => b.claims - a.claims || a.asserter.name.localeCompare(b.asserter.name));
    }
    return this.voiceList;
  }

  /**
   * A claim's row as the table searches it (event, place, quote, chain, stance, outlet), lower-cased
   * and kept: the table's search types into strings made once per map.
   */
  rowText(claimId: string): string {
    let text = this.rows.get(claimId);
    if (text === undefined) {
      const { claim, event } = this.model.claimById.get(claimId)!;
      const report = this.model.reportById.get(claim.report);
      const stance = this.model.labels.stance[claim.stance]?.label ?? claim.stance;
      const stanceAr = labelsIn(this.model.meta.vocabularies, 'ar').stance[claim.stance]?.label;
      text = [
        event.properties.title,
        // The title as a reader of another language sees it: the table finds what it shows.
        ...Object.values(event.properties.translations ?? {}).map((words) => words?.title),
        event.properties.place?.name,
        event.properties.place?.names?.ar,
        stanceAr,
        claim.quote.exact,
        this.chains.get(claimId),
        stance,
        report?.outlet.value,
      ]
        .join(' \u0000 ')
        .toLowerCase();
      this.rows.set(claimId, text);
    }
    return text;
  }

  /** The claims a voice is in, in report order. */
  claimsOf(asserterId: string): Claim[] {
    return this.reports.flatMap((r) => r.claims.filter((c) => c.asserters.some((a) => a.id === asserterId)));
  }
}

/**
 * The shortest claim covering [start, end): the one a reader sees the words in. Claims are in text
 * order; a binary search finds the last one starting by `start`, and only claims that start within
 * the longest claim's length before it can reach it.
 */
function innermost(report: ReportEntry, start: number, end: number): Claim | null {
  const { claims, longest } = report;
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].quote.start <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: Claim | null = null;
  for (let i = lo - 1; i >= 0 && claims[i].quote.start >= start - longest; i--) {
    const c = claims[i];
    if (c.quote.end >= end && (!best || c.quote.end - c.quote.start < best.quote.end - best.quote.start)) best = c;
  }
  return best;
}

const built = new WeakMap<Model, SearchIndex>();

/** The map's index, built on first use and kept for the map's lifetime. */
export function searchIndexOf(model: Model): SearchIndex {
  let index = built.get(model);
  if (!index) built.set(model, (index = new SearchIndex(model)));
  return index;
}
