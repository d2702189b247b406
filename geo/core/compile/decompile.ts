/**
 * The way back: a published map (contract.ts) as a corpus, so that a map file someone imports
 * goes through the very same checks as geo/ does, and compiles to the same tables.
 */
import type { MapData } from '../model/contract.ts';
import type { Corpus } from '../model/corpus.ts';

const omitEmpty = <T>(list: readonly T[]) => (list.length > 0 ? list : undefined);

export function toCorpus(map: MapData): Corpus {
  const relationsOf = new Map<string, { type: string; claim: string; note?: string }[]>();
  for (const r of map.relations) {
    const list = relationsOf.get(r.from) ?? [];
    list.push({ type: r.type, claim: r.to, ...(r.note !== null ? { note: r.note } : {}) });
    relationsOf.set(r.from, list);
  }
  const claimsOf = new Map<string, unknown[]>();
  for (const c of map.claims) {
    const list = claimsOf.get(c.report) ?? [];
    list.push({
      id: c.id,
      quote: c.quote.exact,
      ...(c.quote.prefix ? { prefix: c.quote.prefix } : {}),
      ...(c.quote.suffix ? { suffix: c.quote.suffix } : {}),
      start: c.quote.start,
      event: c.event,
      asserters: c.asserters,
      cue: c.cue,
      stance: c.stance,
      hedges: omitEmpty(c.hedges),
      said: c.said,
      relations: relationsOf.get(c.id),
    });
    claimsOf.set(c.report, list);
  }
  return {
    info: {
      title: map.meta.title,
      description: map.meta.description,
      credits: omitEmpty(map.meta.credits),
      vocabularies: { kind: map.meta.vocabularies.kind, affiliation: map.meta.vocabularies.affiliation },
      ...(map.meta.translations ? { translations: map.meta.translations } : {}),
    },
    reports: map.reports.map((r) => ({
      id: r.id,
      file: r.file,
      outlet_asserter: r.outletAsserter,
      outlet: r.outlet,
      title: r.title,
      author: r.author,
      published: r.published,
      url: r.url,
    })),
    texts: Object.fromEntries(map.reports.map((r) => [r.file, r.text])),
    places: map.places.map(({ namesSource, names, ...p }) => ({
      ...p,
      aka: omitEmpty(p.aka),
      ...(names ? { names: names } : {}),
      ...(namesSource ? { names_source: namesSource } : {}),
    })),
    asserters: map.asserters.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      affiliation: a.affiliation,
      ...(a.note !== null ? { note: a.note } : {}),
      ...(a.names ? { names: a.names } : {}),
    })),
    events: map.events,
    annotations: map.reports.map((r) => ({
      report: r.id,
      claims: claimsOf.get(r.id) ?? [],
      not_claims: r.notClaims.map((n) => ({ quote: n.exact, start: n.start, why: n.why })),
    })),
    tours: map.tours,
    later: map.later,
  };
}
