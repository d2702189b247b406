/**
 * The one way an imported list of events (ACLED rows, GeoJSON features) becomes a corpus, so
 * that both pass the same `check` as geo/ does. A file of events has no report texts, so each
 * source gets one report whose text is its items' texts joined by blank lines; every item is
 * one claim anchored by its offset (identical texts then still anchor), one event, and a place
 * shared by name, point and precision. It remembers which item each entry came from, so that a
 * problem `check` finds is shown at the row or feature a person can fix.
 */
import type { Corpus } from '../model/corpus.ts';
import { CODES, type Code, type Path, type Problem, type ProblemValues } from '../model/problems.ts';
import type { WhenInput } from '../model/schema.ts';
import { uniqueSlug, slugify } from '../model/values.ts';
import { KINDS, type Precision, type Term } from '../model/vocab.ts';

export interface ImportItem {
  /** The spreadsheet row or the feature number, both counted from 1 as people count them. */
  at: number;
  id: string;
  title: string;
  summary: string;
  when: WhenInput;
  said: string;
  /** null for an event the file does not locate (a GeoJSON feature whose geometry is null). */
  place: { name: string; lngLat: [number, number]; precision: Precision } | null;
  /** The outlet that said it, as the file names it. */
  source: string;
  /** The claim's words, verbatim: they become the report's text. */
  text: string;
  /** The parties to the event the file names (ACLED's actor1 and actor2), with their kind of voice. */
  actors?: readonly { name: string; kind: string }[];
}

/** The column or property each part of an item came from. */
export type Fields = Record<
  'id' | 'title' | 'summary' | 'date' | 'timePrecision' | 'place' | 'lngLat' | 'precision' | 'source' | 'text',
  string
>;

export type Locate = (path: Path) => { at: number; field: string } | null;

const BLANK_LINE = '\n\n';

/** A problem at one row's cell or one feature's property: path [number, name], `where` in the file's own words. */
export function problemAt(
  code: Code,
  [at, field]: [number, string],
  where: string,
  message: string,
  values: ProblemValues,
  fix: string = CODES[code],
): Problem {
  return { code, severity: 'error', path: [at, field], file: '', where, message, fix, values };
}

function fieldOf(path: Path, fields: Fields): string {
  const [registry, , key, , sub] = path;
  if (registry === 'events') {
    if (key === 'when') return path[3] === 'precision' ? fields.timePrecision : fields.date;
    return key === 'title' || key === 'summary' || key === 'place' ? fields[key] : fields.id;
  }
  if (registry === 'places') return key === 'lngLat' ? fields.lngLat : key === 'precision' ? fields.precision : fields.place;
  if (registry === 'annotations' && key === 'claims') {
    if (sub === 'said') return fields.date;
    if (sub === 'asserters') return fields.source;
    return sub === 'quote' || sub === 'start' ? fields.text : fields.id;
  }
  return fields.source;
}

export function buildCorpus(
  items: readonly ImportItem[],
  { kinds, ...info }: { title: string; description: string; credits?: string[]; kinds?: readonly Term[] },
  fields: Fields,
  placeSource: (at: number) => string,
): { corpus: Corpus; locate: Locate } {
  const bySource = new Map<string, ImportItem[]>();
  for (const item of items) {
    const list = bySource.get(item.source);
    if (list) list.push(item);
    else bySource.set(item.source, [item]);
  }
  const places: object[] = [];
  const placeAt: number[] = [];
  const placeIds = new Map<string, string>();
  const [usedPlaces, nextPlace] = [new Set<string>(), new Map<string, number>()];
  // Sources' ids are made first, so that an actor never takes a source's id.
  const [usedSources, nextSource] = [new Set<string>(), new Map<string, number>()];
  const sourceIds = new Map([...bySource.keys()].map((name) => [name, uniqueSlug(slugify(name) || 'source', usedSources, nextSource)]));
  // Each actor, once by name: an asserter with an affiliation of its own.
  const actorIds = new Map<string, string>();
  const actorAt: number[] = [];
  const actors: { id: string; name: string; kind: string; affiliation: string; note: string }[] = [];
  const affiliations: Term[] = [];
  const actorsOf = (item: ImportItem) =>
    (item.actors ?? []).map(({ name, kind }) => {
      let id = actorIds.get(name);
      if (id === undefined) {
        id = uniqueSlug(slugify(name) || 'actor', usedSources, nextSource);
        actorIds.set(name, id);
        actors.push({ id, name, kind, affiliation: id, note: 'Named as an actor of an event in the imported file.' });
        affiliations.push({ id, label: name });
        actorAt.push(item.at);
      }
      return id;
    });
  const events = items.map((item) => {
    const parties = actorsOf(item);
    const withActors = parties.length ? { actors: [...new Set(parties)] } : {};
    if (item.place === null) return { id: item.id, title: item.title, summary: item.summary, place: null, when: item.when, ...withActors };
    const key = JSON.stringify([item.place.name, ...item.place.lngLat, item.place.precision]);
    let place = placeIds.get(key);
    if (place === undefined) {
      // The same name at another point or precision: "tikrit-province" says which before "tikrit-2" does.
      const base = slugify(item.place.name) || 'place';
      place = uniqueSlug(usedPlaces.has(base) ? `${base}-${item.place.precision}` : base, usedPlaces, nextPlace);
      placeIds.set(key, place);
      places.push({
        id: place,
        name: item.place.name,
        lngLat: item.place.lngLat,
        precision: item.place.precision,
        geonames: null,
        source: placeSource(item.at),
      });
      placeAt.push(item.at);
    }
    return { id: item.id, title: item.title, summary: item.summary, place, when: item.when, ...withActors };
  });

  const [reports, asserters, annotations, texts] = [[] as object[], [] as object[], [] as object[], {} as Record<string, string>];
  const sourceAt: number[] = [];
  const claimAt: number[][] = [];
  for (const [name, list] of bySource) {
    const id = sourceIds.get(name)!;
    const file = `reports/${id}.txt`;
    let offset = 0;
    let published = list[0].said;
    const claims = list.map((item) => {
      const start = offset;
      offset += item.text.length + BLANK_LINE.length;
      if (item.said > published) published = item.said;
      return { id: `${item.id}-c1`, quote: item.text, start, event: item.id, asserters: [id], cue: null, stance: 'fact', said: item.said };
    });
    texts[file] = list.map((item) => item.text).join(BLANK_LINE);
    const unknown = (note: string) => ({ value: null, status: 'unknown', note });
    reports.push({
      id,
      file,
      outlet_asserter: id,
      outlet: { value: name, status: 'confirmed', note: 'As the imported file names the source.' },
      title: unknown('The imported file gives no headline.'),
      author: unknown('The imported file gives no byline.'),
      published: {
        date: published,
        status: 'inferred',
        note: 'The latest date of the events this source reports; the file gives no publication date.',
      },
      url: unknown('The imported file gives no address.'),
    });
    asserters.push({ id, name, kind: 'outlet', affiliation: 'unknown', note: 'Named as a source in the imported file.' });
    annotations.push({ report: id, claims });
    sourceAt.push(list[0].at);
    claimAt.push(list.map((item) => item.at));
  }

  const locate: Locate = (path) => {
    const [registry, i, key, c] = path;
    if (typeof i !== 'number') return null;
    const at =
      registry === 'events'
        ? items[i]?.at
        : registry === 'places'
          ? placeAt[i]
          : registry === 'annotations' && key === 'claims' && typeof c === 'number'
            ? claimAt[i]?.[c]
            : registry === 'asserters' && i >= sourceAt.length
              ? actorAt[i - sourceAt.length]
              : registry === 'reports' || registry === 'asserters' || registry === 'annotations'
                ? sourceAt[i]
                : undefined;
    return at === undefined ? null : { at, field: fieldOf(path, fields) };
  };
  // The file's own vocabularies: the kinds its codes need, and one affiliation per actor.
  const usedKinds = new Set(actors.map((a) => a.kind));
  const extraKinds = (kinds ?? []).filter((k) => usedKinds.has(k.id));
  const vocabularies = { ...(extraKinds.length ? { kind: [...KINDS, ...extraKinds] } : {}), affiliation: affiliations };
  const corpus: Corpus = {
    info: { ...info, vocabularies },
    reports,
    texts,
    places,
    asserters: [...asserters, ...actors],
    events,
    annotations,
    tours: [],
  };
  return { corpus, locate };
}
