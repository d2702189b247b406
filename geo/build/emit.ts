/** Turns checked inputs into the public data format (geo/types.ts), in a stable order. */
import type { Claim, EventCollection, EventFeature, Place, RelationType, Report } from '../types.ts';
import type { Annotations, AnchoredClaim } from './annotations.ts';
import type { Registries } from './registries.ts';

const byKeys = <T>(...keys: ((x: T) => string | number)[]) => (a: T, b: T) => {
  for (const key of keys) {
    const [x, y] = [key(a), key(b)];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
};

/** Each relation is authored once; readers need it from both ends. */
type Relation = Claim['relations'][number];

function relationsOf(claims: Map<string, AnchoredClaim>): Map<string, Relation[]> {
  const out = new Map<string, Map<string, Relation>>();
  const add = (from: string, type: RelationType, to: string, note: string | null) => {
    const list = out.get(from) ?? new Map<string, Relation>();
    list.set(`${type} ${to}`, { type, claim: to, note });
    out.set(from, list);
  };
  for (const c of claims.values()) {
    for (const r of c.relations ?? []) {
      add(c.id, r.type, r.claim, r.note ?? null);
      add(r.claim, r.type === 'updates' ? 'updated-by' : r.type, c.id, r.note ?? null);
    }
  }
  return new Map([...out].map(([id, m]) => [id, [...m.values()].sort(byKeys((r) => r.type, (r) => r.claim))]));
}

function claimOut(c: AnchoredClaim, reg: Registries, relations: Claim['relations']): Claim {
  return {
    id: c.id,
    report: c.report,
    quote: { exact: c.quote, start: c.start, end: c.end },
    // Unknown asserters were reported as problems; the build writes nothing then.
    asserters: c.asserters.flatMap((id) => {
      const a = reg.asserters.get(id)?.value;
      return a ? [{ id: a.id, name: a.name, kind: a.kind, affiliation: a.affiliation }] : [];
    }),
    cue: c.cue ?? null,
    stance: c.stance,
    hedges: c.hedges ?? [],
    said: c.said,
    relations,
  };
}

export function emitEvents(reg: Registries, ann: Annotations): EventCollection {
  const relations = relationsOf(ann.claims);
  const claimsByEvent = new Map<string, Claim[]>();
  for (const c of ann.claims.values()) {
    const list = claimsByEvent.get(c.event) ?? [];
    list.push(claimOut(c, reg, relations.get(c.id) ?? []));
    claimsByEvent.set(c.event, list);
  }
  const features: EventFeature[] = [...reg.events.values()].map(({ value: e }) => {
    const place = e.place === null ? undefined : reg.places.get(e.place)?.value;
    return {
      type: 'Feature',
      id: e.id,
      geometry: place ? { type: 'Point', coordinates: place.lngLat } : null,
      properties: {
        title: e.title,
        summary: e.summary,
        place: place ? { id: place.id, name: place.name, precision: place.precision } : null,
        when: { start: e.when.start, end: e.when.end, precision: e.when.precision, basis: e.when.basis, note: e.when.note },
        claims: (claimsByEvent.get(e.id) ?? []).sort(byKeys((c) => c.report, (c) => c.quote.start, (c) => c.id)),
      },
    };
  });
  features.sort(byKeys((f) => f.properties.when.start, (f) => f.properties.when.end, (f) => f.id));
  return { type: 'FeatureCollection', features };
}

export function emitReports(reg: Registries, ann: Annotations): Report[] {
  return [...reg.reports.values()]
    .map(({ value: r }) => ({
      id: r.id,
      file: r.file,
      outlet: r.outlet,
      title: r.title,
      author: r.author,
      published: r.published,
      url: r.url,
      text: reg.texts.get(r.id) ?? '',
      notClaims: ann.notClaims.get(r.id) ?? [],
    }))
    .sort(byKeys((r) => r.published.date, (r) => r.id));
}

export function emitPlaces(reg: Registries): Place[] {
  return [...reg.places.values()]
    .map(({ value: p }) => ({ id: p.id, name: p.name, lngLat: p.lngLat, precision: p.precision }))
    .sort(byKeys((p) => p.id));
}
