/** Turns a checked corpus into the published format (contract.ts), in a stable order. */
import type { Checked } from '../check/check.ts';
import { FORMAT, type ClaimRow, type LaterRow, type MapData, type Meta, type PlaceRow, type RelationRow } from '../model/contract.ts';
import { monthEnd, monthStart } from '../model/dates.ts';
import { FORMAT_VOCABULARIES } from '../model/vocab.ts';
import { usedTerms } from '../model/map-vocabularies.ts';

const byKeys =
  <T>(...keys: ((x: T) => string | number)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
const byId = byKeys<{ id: string }>((x) => x.id);

/** The slider's span: first to last day of the events, in whole months. */
export function spanOf(events: readonly { when: { start: string; end: string } }[], fallback: string): Meta['span'] {
  let first = '';
  let last = '';
  for (const { when } of events) {
    if (!first || when.start < first) first = when.start;
    if (!last || when.end > last) last = when.end;
  }
  return { start: monthStart(first || fallback), end: monthEnd(last || fallback) };
}

/** [west, south, east, north] around the points, or null when there are none. */
export function bboxOf(points: readonly (readonly [number, number])[]): Meta['bbox'] {
  if (points.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of points) {
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}

/** How many rows each table holds, for meta.counts. */
export function countsOf(tables: Omit<MapData, 'format' | 'meta'>): Meta['counts'] {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
}

export function compile({ info, vocab, reg, ann, tours, later }: Checked): MapData {
  const claims: ClaimRow[] = [...ann.claims.values()].map((c) => ({
    id: c.id,
    report: c.report,
    event: c.event,
    quote: {
      exact: c.quote,
      ...(c.prefix ? { prefix: c.prefix } : {}),
      ...(c.suffix ? { suffix: c.suffix } : {}),
      start: c.start,
      end: c.end,
    },
    asserters: c.asserters,
    cue: c.cue ?? null,
    stance: c.stance,
    hedges: c.hedges ?? [],
    said: c.said,
  }));
  claims.sort(
    byKeys(
      (c) => c.report,
      (c) => c.quote.start,
      (c) => c.id,
    ),
  );
  const relations: RelationRow[] = [...ann.claims.values()]
    .flatMap((c) => (c.relations ?? []).map((r) => ({ from: c.id, type: r.type, to: r.claim, note: r.note ?? null })))
    .sort(
      byKeys(
        (r) => r.from,
        (r) => r.type,
        (r) => r.to,
      ),
    );
  const events = [...reg.events.values()].map(({ value: e }) => ({
    id: e.id,
    title: e.title,
    summary: e.summary,
    place: e.place,
    when: { ...e.when },
    ...(e.actors?.length ? { actors: [...e.actors] } : {}),
    ...(e.translations ? { translations: e.translations } : {}),
  }));
  events.sort(
    byKeys(
      (e) => e.when.start,
      (e) => e.when.end,
      (e) => e.id,
    ),
  );
  const places: PlaceRow[] = [...reg.places.values()]
    .map(({ value: p }) => ({
      id: p.id,
      name: p.name,
      aka: p.aka ?? [],
      lngLat: p.lngLat,
      precision: p.precision,
      geonames: p.geonames,
      source: p.source,
      ...(p.names ? { names: p.names } : {}),
      ...(p.names_source ? { namesSource: p.names_source } : {}),
    }))
    .sort(byId);
  const asserters = [...reg.asserters.values()]
    .map(({ value: a }) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      affiliation: a.affiliation,
      note: a.note ?? null,
      ...(a.names ? { names: a.names } : {}),
    }))
    .sort(byId);
  const reports = [...reg.reports.values()]
    .map(({ value: r }) => ({
      id: r.id,
      file: r.file,
      outletAsserter: r.outlet_asserter,
      outlet: r.outlet,
      title: r.title,
      author: r.author,
      published: r.published,
      url: r.url,
      text: reg.texts.get(r.id) ?? '',
      notClaims: (ann.notClaims.get(r.id) ?? []).map((n) => ({ start: n.start, end: n.end, why: n.why, exact: n.quote })),
    }))
    .sort(
      byKeys(
        (r) => r.published.date,
        (r) => r.id,
      ),
    );
  const endOf = new Map(events.map((e) => [e.id, e.when.end]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const mapped = events.flatMap((e) => (e.place && placeById.has(e.place) ? [placeById.get(e.place)!.lngLat] : []));
  const span = spanOf(events, reports[0]?.published.date ?? '2000-01-01');
  const tourRows = tours
    .map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      steps: t.steps.map((s) => ({
        id: s.id,
        event: s.event ?? null,
        claims: s.claims ?? [],
        caption: s.caption,
        notes: s.notes,
        // A title step shows the whole map: the slider at its end.
        to: s.to ?? (s.event ? endOf.get(s.event) : undefined) ?? span.end,
        later: Boolean(s.event) && (s.later ?? t.later ?? false),
        ...(s.translations ? { translations: s.translations } : {}),
      })),
      ...(t.translations ? { translations: t.translations } : {}),
    }))
    .sort(byId);
  const laterRows: LaterRow[] = [...later.values()]
    .map(({ value: n }) => ({
      id: n.id,
      events: n.events,
      note: n.note,
      known: n.known,
      sources: n.sources.map((x) => ({ outlet: x.outlet, title: x.title, date: x.date, url: x.url })),
      ...(n.translations ? { translations: n.translations } : {}),
    }))
    .sort(byId);
  const meta: Meta = {
    title: info?.title ?? 'Untitled map',
    description: info?.description ?? '',
    credits: info?.credits ?? [],
    ...(info?.translations ? { translations: info.translations } : {}),
    span,
    bbox: bboxOf(mapped),
    counts: countsOf({ reports, claims, relations, events, places, asserters, tours: tourRows, later: laterRows }),
    vocabularies: {
      ...FORMAT_VOCABULARIES,
      // The map's own terms, only those its voices use: its legend and filters show no other.
      kind: usedTerms(vocab.kind, new Set(asserters.map((a) => a.kind))),
      affiliation: usedTerms(vocab.affiliation, new Set(asserters.map((a) => a.affiliation))),
    } as unknown as Meta['vocabularies'],
  };
  return { format: FORMAT, meta, reports, claims, relations, events, places, asserters, tours: tourRows, later: laterRows };
}
