/** Checks the registries of a corpus: reports (and their texts), places, asserters, events. */
import { isSafeReportPath, type Corpus } from '../model/corpus.ts';
import { isWebAddress } from '../model/web-address.ts';
import { checkWhen, isIsoDate } from '../model/dates.ts';
import { indexById, parseList, type Indexed } from '../model/entries.ts';
import { formatPath, type Path, type Problems } from '../model/problems.ts';
import {
  AsserterSchema,
  EventSchema,
  PlaceSchema,
  ReportSchema,
  type AsserterInput,
  type EventInput,
  type PlaceInput,
  type ReportInput,
} from '../model/schema.ts';

export interface Registries {
  reports: Indexed<ReportInput>;
  /** Report texts by report id, exactly as given. */
  texts: Map<string, string>;
  places: Indexed<PlaceInput>;
  asserters: Indexed<AsserterInput>;
  events: Indexed<EventInput>;
}

export { isWebAddress };

function checkReports(corpus: Corpus, reports: Indexed<ReportInput>, problems: Problems): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { value: r, path } of reports.values()) {
    if (!isSafeReportPath(r.file)) {
      problems.add('BAD_REPORT_PATH', [...path, 'file'], `Report ${r.id} names the file "${r.file}", which is outside the data folder.`, {
        id: r.id,
        file: r.file,
      });
    } else if (!Object.hasOwn(corpus.texts, r.file)) {
      problems.add('FILE_MISSING', [...path, 'file'], `Report ${r.id} names ${r.file}, which does not exist.`, {
        case: 'report',
        id: r.id,
        file: r.file,
      });
    } else texts.set(r.id, corpus.texts[r.file]);
    if (!isIsoDate(r.published.date)) {
      problems.add('INVALID_DATE', [...path, 'published', 'date'], `Expected YYYY-MM-DD, found "${r.published.date}".`, {
        case: 'iso',
        found: r.published.date,
      });
    }
    const url = r.url.value;
    // An unknown address is allowed (value null, status unknown); a broken one is not.
    const ok = url === null ? r.url.status === 'unknown' : isWebAddress(url);
    if (!ok)
      problems.add(
        'BAD_URL',
        [...path, 'url', 'value'],
        `Report ${r.id} has the address ${JSON.stringify(url)}, which is not a web address.`,
        { case: 'report', id: r.id, url: JSON.stringify(url) },
      );
  }
  return texts;
}

/** Letters of each language's script: a name in `ar` is written in Arabic letters, with no Latin ones. */
const SCRIPT: Record<string, { letters: RegExp; foreign: RegExp; name: string }> = {
  ar: { letters: /\p{Script=Arabic}/u, foreign: /\p{Script=Latin}/u, name: 'Arabic' },
};

/** Names in other languages: each in its language's script (languages without a rule are taken as written). */
function checkNames(
  names: Record<string, string | null> | undefined,
  path: Path,
  who: { case: 'place' | 'asserter'; id: string },
  problems: Problems,
): void {
  for (const [lang, name] of Object.entries(names ?? {})) {
    const script = SCRIPT[lang];
    if (name === null || !script) continue;
    if (!script.letters.test(name) || script.foreign.test(name))
      problems.add(
        'NAME_WRONG_SCRIPT',
        [...path, 'names', lang],
        `${who.case === 'place' ? 'Place' : 'Asserter'} ${who.id} has the ${lang} name "${name}", which is not written in ${script.name} letters alone.`,
        { ...who, lang, name },
      );
  }
}

function checkPlaces(places: Indexed<PlaceInput>, problems: Problems): void {
  for (const { value: p, path } of places.values()) {
    checkNames(p.names, path, { case: 'place', id: p.id }, problems);
    if (p.names && Object.keys(p.names).length > 0 && !p.names_source)
      problems.add('NAMES_WITHOUT_SOURCE', [...path, 'names'], `Place ${p.id} has names in other languages but no names_source.`, {
        id: p.id,
      });
    const [lng, lat] = p.lngLat;
    if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) {
      const flipped = lat >= -180 && lat <= 180 && lng >= -90 && lng <= 90 ? ' It looks like [latitude, longitude]: swap them.' : '';
      problems.add(
        'COORDINATE_OUT_OF_RANGE',
        [...path, 'lngLat'],
        `Place ${p.id} has lngLat [${lng}, ${lat}], outside the world.${flipped}`,
        { case: flipped ? 'placeSwapped' : 'place', id: p.id, lng, lat },
      );
    }
  }
}

function checkEvents(events: Indexed<EventInput>, places: Indexed<PlaceInput>, problems: Problems): void {
  for (const { value: e, path } of events.values()) {
    if (e.place !== null && !places.has(e.place)) {
      problems.add(
        'UNKNOWN_PLACE',
        [...path, 'place'],
        `Event ${e.id} names the place "${e.place}", which the places list does not have.`,
        {
          id: e.id,
          place: e.place,
        },
      );
    }
    for (const d of checkWhen(e.when))
      problems.add(d.code, [...path, 'when', d.field], `Event ${e.id}: ${d.message}`, { ...d.values, subject: 'event', id: e.id });
  }
}

export function checkRegistries(corpus: Corpus, problems: Problems, where: (path: Path) => string = formatPath): Registries {
  const load = <T extends { id: string }>(key: 'reports' | 'places' | 'asserters' | 'events', schema: Parameters<typeof parseList<T>>[0]) =>
    indexById(parseList(schema, corpus[key], [key], problems), problems, where);
  const reports = load('reports', ReportSchema);
  const places = load('places', PlaceSchema);
  const asserters = load('asserters', AsserterSchema);
  const events = load('events', EventSchema);
  const texts = checkReports(corpus, reports, problems);
  checkPlaces(places, problems);
  for (const { value: a, path } of asserters.values()) checkNames(a.names, path, { case: 'asserter', id: a.id }, problems);
  checkEvents(events, places, problems);
  for (const { value: r, path } of reports.values()) {
    if (!asserters.has(r.outlet_asserter)) {
      problems.add(
        'UNKNOWN_ASSERTER',
        [...path, 'outlet_asserter'],
        `Report ${r.id} names the outlet asserter "${r.outlet_asserter}", which the asserters list does not have.`,
        { case: 'report', id: r.id, asserter: r.outlet_asserter },
      );
    }
  }
  return { reports, texts, places, asserters, events };
}
