/**
 * A corpus made of a draft and its report, so that the same check() the build runs can judge a
 * draft before a person reviews it (the CLI, the bench, the studio). The project's places come
 * from the gazetteer, since a draft's events may point at them.
 */
import type { Corpus } from '../model/corpus.ts';
import { declareUsed } from '../model/map-vocabularies.ts';
import { AFFILIATION_TERMS } from './lexicon.ts';
import type { PlaceInput } from '../model/schema.ts';
import { fold } from './text.ts';
import type { Draft, DraftMeta, Gazetteer } from './types.ts';

/** A gazetteer entry in the authored shape of places.yaml. */
export function placeInput(p: Gazetteer['places'][number]): PlaceInput {
  return {
    id: p.id,
    name: p.name,
    ...(p.aka?.length ? { aka: p.aka } : {}),
    lngLat: p.lngLat,
    precision: p.precision,
    geonames: p.geonames,
    source: p.source,
  };
}

export function draftCorpus(d: Draft, text: string, meta: DraftMeta, gazetteer: Gazetteer): Corpus {
  const file = `reports/${d.report}.txt`;
  const given = 'Given to the drafter.';
  const unknown = { value: null, status: 'unknown', note: 'Not given to the drafter.' };
  return {
    // A draft has no title of its own; it declares the sides its voices were given.
    info: {
      title: meta.outlet || d.report,
      description: d.report,
      vocabularies: declareUsed(d.asserters, [{ affiliation: AFFILIATION_TERMS }]),
    },
    reports: [
      {
        id: d.report,
        file,
        outlet_asserter: d.outlet,
        outlet: { value: meta.outlet, status: 'confirmed', note: given },
        title: unknown,
        author: unknown,
        published: { date: meta.published, status: 'confirmed', note: given },
        url: unknown,
      },
    ],
    texts: { [file]: text },
    places: [...gazetteer.places.filter((p) => p.project).map(placeInput), ...d.places],
    asserters: d.asserters,
    events: d.events,
    annotations: [{ report: d.report, claims: d.claims, not_claims: d.notClaims }],
    tours: [],
  };
}

/** The outlet's asserter among those the map has: same name, a leading "The" aside. */
export function findOutlet<A extends { id: string; name: string; kind: string }>(outlet: string, asserters: readonly A[]): A | undefined {
  const key = fold(outlet).replace(/^the /, '');
  return asserters.find((a) => a.kind === 'outlet' && fold(a.name).replace(/^the /, '') === key);
}

/** The next free report id of the form r004, after the highest the map has. */
export function nextReportId(ids: readonly string[]): string {
  const next = Math.max(-1, ...ids.map((id) => Number(id.match(/^r(\d+)$/)?.[1] ?? -1))) + 1;
  return `r${String(next).padStart(3, '0')}`;
}
