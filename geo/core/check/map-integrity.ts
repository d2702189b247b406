/**
 * What a published map must hold beyond its shape for every view to work: every reference points
 * at something (claims at reports, events and asserters; events at places; relations, tours and
 * later-known notes at what they name), every value it uses is in its vocabularies, every date is
 * a real day with start before end, and every coordinate is a number on the globe. The app runs it
 * on every map it opens (the built one, a stored one, an imported file, the single file's), in the
 * worker where there is one, so that a map with valid JSON but a wrong meaning gets a clear error,
 * never a blank page. Linear in the map's size.
 */
import type { MapData } from '../model/contract.ts';
import { isIsoDate } from '../model/dates.ts';
import { Problems, type Path, type Problem } from '../model/problems.ts';

const MAX_PROBLEMS = 50;

export function checkMapIntegrity(map: MapData): Problem[] {
  const problems = new Problems();
  const full = () => problems.list.length >= MAX_PROBLEMS;
  const ids = <T extends { id: string }>(rows: readonly T[]) => new Set(rows.map((r) => r.id));
  const reports = ids(map.reports);
  const events = ids(map.events);
  const places = ids(map.places);
  const asserters = ids(map.asserters);
  const claims = ids(map.claims);
  const vocab = map.meta.vocabularies;
  const terms = (name: keyof typeof vocab) => ids(vocab[name]);
  const known = {
    stance: terms('stance'),
    kind: terms('kind'),
    affiliation: terms('affiliation'),
    precision: terms('precision'),
    datePrecision: terms('datePrecision'),
    dateBasis: terms('dateBasis'),
    status: terms('status'),
    relation: terms('relation'),
  };
  const ref = (
    set: ReadonlySet<string>,
    id: string,
    path: Path,
    code: 'UNKNOWN_REPORT' | 'UNKNOWN_EVENT' | 'UNKNOWN_PLACE' | 'UNKNOWN_ASSERTER' | 'UNKNOWN_CLAIM',
    what: string,
  ) => {
    if (!full() && !set.has(id))
      problems.add(code, path, `${formatWhat(path)} names the ${what} "${id.slice(0, 60)}", which the map does not have.`, {
        case: 'map',
        id: id.slice(0, 60),
      });
  };
  const term = (name: keyof typeof known, value: string, path: Path) => {
    if (!full() && !known[name].has(value))
      problems.add(
        'VOCABULARY_MISSING',
        path,
        `${formatWhat(path)} uses the ${name} "${value.slice(0, 40)}", which the map's vocabularies (meta.vocabularies.${name}) do not define.`,
        { where: formatWhat(path), vocabulary: name, term: value.slice(0, 40) },
      );
  };
  const day = (value: string, path: Path) => {
    if (!full() && !isIsoDate(value))
      problems.add('INVALID_DATE', path, `${formatWhat(path)} is "${value.slice(0, 20)}", which is not a real day.`, {
        found: value.slice(0, 20),
      });
  };
  const interval = (start: string, end: string, path: Path) => {
    day(start, [...path, 'start']);
    day(end, [...path, 'end']);
    if (!full() && isIsoDate(start) && isIsoDate(end) && start > end)
      problems.add('REVERSED_DATES', path, `${formatWhat(path)} starts on ${start}, after it ends (${end}).`, { start, end });
  };

  interval(map.meta.span.start, map.meta.span.end, ['meta', 'span']);
  for (const name of Object.keys(known) as (keyof typeof known)[]) {
    if (!full() && vocab[name].length === 0)
      problems.add('VOCABULARY_MISSING', ['meta', 'vocabularies', name], `The map's ${name} vocabulary is empty.`, {
        case: 'empty',
        where: `meta.vocabularies.${name}`,
        vocabulary: name,
        term: '',
      });
  }
  map.claims.forEach((c, i) => {
    const at: Path = ['claims', i];
    ref(reports, c.report, [...at, 'report'], 'UNKNOWN_REPORT', 'report');
    ref(events, c.event, [...at, 'event'], 'UNKNOWN_EVENT', 'event');
    c.asserters.forEach((a, j) => ref(asserters, a, [...at, 'asserters', j], 'UNKNOWN_ASSERTER', 'asserter'));
    term('stance', c.stance, [...at, 'stance']);
  });
  const textOf = new Map(map.reports.map((r) => [r.id, r.text.length]));
  map.claims.forEach((c, i) => {
    const length = textOf.get(c.report);
    if (!full() && length !== undefined && (c.quote.end > length || c.quote.start > c.quote.end))
      problems.add(
        'QUOTE_OFFSET_MISMATCH',
        ['claims', i, 'quote'],
        `Claim ${c.id}'s quote runs from ${c.quote.start} to ${c.quote.end}, outside its report's ${length} characters.`,
        { case: 'map', id: c.id, start: c.quote.start, end: c.quote.end, length },
      );
  });
  map.reports.forEach((r, i) => {
    for (const field of ['outlet', 'title', 'author', 'url'] as const) term('status', r[field].status, ['reports', i, field, 'status']);
    term('status', r.published.status, ['reports', i, 'published', 'status']);
  });
  map.relations.forEach((r, i) => {
    ref(claims, r.from, ['relations', i, 'from'], 'UNKNOWN_CLAIM', 'claim');
    ref(claims, r.to, ['relations', i, 'to'], 'UNKNOWN_CLAIM', 'claim');
    term('relation', r.type, ['relations', i, 'type']);
  });
  map.events.forEach((e, i) => {
    if (e.place !== null) ref(places, e.place, ['events', i, 'place'], 'UNKNOWN_PLACE', 'place');
    interval(e.when.start, e.when.end, ['events', i, 'when']);
    term('datePrecision', e.when.precision, ['events', i, 'when', 'precision']);
    term('dateBasis', e.when.basis, ['events', i, 'when', 'basis']);
  });
  map.places.forEach((p, i) => {
    const [lng, lat] = p.lngLat;
    if (!full() && !(Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90))
      problems.add(
        'COORDINATE_OUT_OF_RANGE',
        ['places', i, 'lngLat'],
        `Place ${p.id} stands at [${String(lng)}, ${String(lat)}], which is not on the globe.`,
        { case: 'place', id: p.id, lng: String(lng), lat: String(lat) },
      );
    term('precision', p.precision, ['places', i, 'precision']);
  });
  map.asserters.forEach((a, i) => {
    term('kind', a.kind, ['asserters', i, 'kind']);
    term('affiliation', a.affiliation, ['asserters', i, 'affiliation']);
  });
  map.tours.forEach((t, i) =>
    t.steps.forEach((s, j) => {
      if (s.event !== null) ref(events, s.event, ['tours', i, 'steps', j, 'event'], 'UNKNOWN_EVENT', 'event');
      s.claims.forEach((c, k) => ref(claims, c, ['tours', i, 'steps', j, 'claims', k], 'UNKNOWN_CLAIM', 'claim'));
      day(s.to, ['tours', i, 'steps', j, 'to']);
    }),
  );
  map.later.forEach((l, i) => {
    l.events.forEach((e, j) => ref(events, e, ['later', i, 'events', j], 'UNKNOWN_EVENT', 'event'));
    day(l.known, ['later', i, 'known']);
  });
  return problems.list;
}

/** "claims[3].event" as a reader's phrase: "claims[3].event". */
function formatWhat(path: Path): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
}
