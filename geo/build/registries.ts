/** Loads and checks the registries: reports, places, asserters, events. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWhen, isIsoDate } from './dates.ts';
import type { Problems } from './problems.ts';
import {
  AsserterSchema,
  EventSchema,
  PlaceSchema,
  ReportSchema,
  type AsserterInput,
  type EventInput,
  type PlaceInput,
  type ReportInput,
} from './schema.ts';
import { indexById, parseList, type Entry } from './validate.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';

export type Indexed<T> = Map<string, Entry<T> & { yaml: YamlFile }>;

export interface Registries {
  reports: Indexed<ReportInput>;
  /** Report texts by report id, exactly as in the files. */
  texts: Map<string, string>;
  places: Indexed<PlaceInput>;
  asserters: Indexed<AsserterInput>;
  events: Indexed<EventInput>;
}

function load<T extends { id: string }>(root: string, file: string, schema: Parameters<typeof parseList<T>>[0], problems: Problems): Indexed<T> {
  const yaml = readYaml(root, file, problems);
  if (!yaml) return new Map();
  return indexById([{ yaml, entries: parseList(schema, yaml.data, yaml, [], problems) }], problems);
}

function checkReports(root: string, reports: Indexed<ReportInput>, problems: Problems): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { value: r, yaml, path } of reports.values()) {
    const full = join(root, r.file);
    if (!existsSync(full)) {
      problems.add('FILE_MISSING', yaml.file, yaml.where([...path, 'file']), `Report ${r.id} names ${r.file}, which does not exist.`);
    } else texts.set(r.id, readFileSync(full, 'utf8'));
    if (!isIsoDate(r.published.date)) {
      problems.add('INVALID_DATE', yaml.file, yaml.where([...path, 'published', 'date']), `Expected YYYY-MM-DD, found "${r.published.date}".`);
    }
    const url = r.url.value;
    // An unknown address is allowed (value null, status unknown); a broken one is not.
    const ok = url === null ? r.url.status === 'unknown' : URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
    if (!ok) problems.add('BAD_URL', yaml.file, yaml.where([...path, 'url', 'value']), `Report ${r.id} has the address ${JSON.stringify(url)}, which is not a web address.`);
  }
  return texts;
}

function checkPlaces(places: Indexed<PlaceInput>, problems: Problems): void {
  for (const { value: p, yaml, path } of places.values()) {
    const [lng, lat] = p.lngLat;
    if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) {
      const flipped = lat >= -180 && lat <= 180 && lng >= -90 && lng <= 90 ? ' It looks like [latitude, longitude]: swap them.' : '';
      problems.add('COORDINATE_OUT_OF_RANGE', yaml.file, yaml.where([...path, 'lngLat']), `Place ${p.id} has lngLat [${lng}, ${lat}], outside the world.${flipped}`);
    }
  }
}

function checkEvents(events: Indexed<EventInput>, places: Indexed<PlaceInput>, problems: Problems): void {
  for (const { value: e, yaml, path } of events.values()) {
    if (e.place !== null && !places.has(e.place)) {
      problems.add('UNKNOWN_PLACE', yaml.file, yaml.where([...path, 'place']), `Event ${e.id} names the place "${e.place}", which geo/places.yaml does not have.`);
    }
    for (const d of checkWhen(e.when)) problems.add(d.code, yaml.file, yaml.where([...path, 'when', d.field]), `Event ${e.id}: ${d.message}`);
  }
}

export function loadRegistries(root: string, problems: Problems): Registries {
  const reports = load(root, 'reports.yaml', ReportSchema, problems);
  const places = load(root, 'places.yaml', PlaceSchema, problems);
  const asserters = load(root, 'asserters.yaml', AsserterSchema, problems);
  const events = load(root, 'events.yaml', EventSchema, problems);
  const texts = checkReports(root, reports, problems);
  checkPlaces(places, problems);
  checkEvents(events, places, problems);
  for (const { value: r, yaml, path } of reports.values()) {
    if (!asserters.has(r.outlet_asserter)) {
      problems.add('UNKNOWN_ASSERTER', yaml.file, yaml.where([...path, 'outlet_asserter']), `Report ${r.id} names the outlet asserter "${r.outlet_asserter}", which geo/asserters.yaml does not have.`);
    }
  }
  return { reports, texts, places, asserters, events };
}
