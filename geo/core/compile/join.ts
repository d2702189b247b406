/**
 * Joins the flat tables into what readers need: one GeoJSON Feature per event, with its place
 * and its claims; each claim with its chain of asserters and its relations from both sides; and,
 * apart from the claims, what was later known about the event.
 * Linear in the data. The app builds its model from it; the GeoJSON export writes it.
 */
import type { AsserterRef, Claim, EventCollection, EventFeature, LaterNote } from '../../types.ts';
import type { MapData } from '../model/contract.ts';
import type { RelationType } from '../model/vocab.ts';

type Relation = Claim['relations'][number];

function relationsByClaim(map: MapData): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  const add = (from: string, type: RelationType, claim: string, note: string | null) => {
    const list = out.get(from);
    if (list) list.push({ type, claim, note });
    else out.set(from, [{ type, claim, note }]);
  };
  for (const r of map.relations) {
    add(r.from, r.type, r.to, r.note);
    add(r.to, r.type === 'updates' ? 'updated-by' : r.type, r.from, r.note);
  }
  for (const list of out.values())
    list.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
  return out;
}

export function joinEvents(map: MapData): EventCollection {
  const asserters = new Map<string, AsserterRef>(
    map.asserters.map((a) => [
      a.id,
      { id: a.id, name: a.name, kind: a.kind, affiliation: a.affiliation, ...(a.names ? { names: a.names } : {}) },
    ]),
  );
  const places = new Map(map.places.map((p) => [p.id, p]));
  const relations = relationsByClaim(map);
  // An event's parties (an ACLED row's actors), shared by its claims: filters by side or kind match them too.
  const partiesOf = new Map(
    map.events.filter((e) => e.actors?.length).map((e) => [e.id, e.actors!.flatMap((id) => asserters.get(id) ?? [])]),
  );
  const claimsByEvent = new Map<string, Claim[]>();
  // Claims come in text order (report, start): each event's list keeps it.
  for (const c of map.claims) {
    const claim: Claim = {
      id: c.id,
      report: c.report,
      quote: c.quote,
      asserters: c.asserters.flatMap((id) => asserters.get(id) ?? []),
      cue: c.cue,
      stance: c.stance,
      hedges: c.hedges,
      said: c.said,
      relations: relations.get(c.id) ?? [],
    };
    const parties = partiesOf.get(c.event);
    if (parties) claim.parties = parties;
    const list = claimsByEvent.get(c.event);
    if (list) list.push(claim);
    else claimsByEvent.set(c.event, [claim]);
  }
  const laterByEvent = new Map<string, LaterNote[]>();
  for (const { events, ...note } of map.later) {
    for (const e of events) {
      const list = laterByEvent.get(e);
      if (list) list.push(note);
      else laterByEvent.set(e, [note]);
    }
  }
  const features: EventFeature[] = map.events.map((e) => {
    const place = e.place === null ? undefined : places.get(e.place);
    return {
      type: 'Feature',
      id: e.id,
      geometry: place ? { type: 'Point', coordinates: [...place.lngLat] } : null,
      properties: {
        title: e.title,
        summary: e.summary,
        place: place
          ? { id: place.id, name: place.name, ...(place.names ? { names: place.names } : {}), precision: place.precision }
          : null,
        when: e.when,
        ...(partiesOf.has(e.id) ? { actors: partiesOf.get(e.id) } : {}),
        claims: claimsByEvent.get(e.id) ?? [],
        later: laterByEvent.get(e.id) ?? [],
        ...(e.translations ? { translations: e.translations } : {}),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
