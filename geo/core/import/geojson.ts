/**
 * A GeoJSON FeatureCollection of events as a corpus, built the same way as an ACLED file
 * (import-corpus.ts): one report per source, one claim and one event per feature. Each Point
 * feature is an event, and so is one whose geometry is null (RFC 7946's unlocated feature, as
 * the app's own export writes an event without a place); its properties give the date (`date`, or `start`/`end`, or the app's own
 * `when`), the title (`title`/`name`), the words of the claim (`description`/`summary`/`notes`,
 * else the title) and who said it (`source`/`outlet`, else the file itself). Problems name the
 * feature, counted from 1 as the rows of a CSV are, and the property.
 */
import { walk } from '../check/texts.ts';
import { textFault, type TextFault } from './cells.ts';
import type { Corpus } from '../model/corpus.ts';
import { monthEnd } from '../model/dates.ts';
import { buildCorpus, problemAt, type Fields, type ImportItem, type Locate } from './to-corpus.ts';
import { parseDay, slugify, titleFromFileName } from '../model/values.ts';
import type { Code, Problem, ProblemValues } from '../model/problems.ts';
import { PRECISION_IDS, type Precision } from '../model/vocab.ts';

export const GEOJSON_FIELDS: Fields = {
  id: 'id',
  title: 'title',
  summary: 'description',
  date: 'date',
  timePrecision: 'date',
  place: 'place',
  lngLat: 'geometry',
  precision: 'precision',
  source: 'source',
  text: 'description',
};

export const describeFeature = (n: number, property: string) =>
  property === 'geometry' ? `feature ${n}, geometry` : `feature ${n}, property ${property}`;

export interface GeoJsonImport {
  corpus: Corpus;
  problems: Problem[];
  rows: { total: number; good: number };
  locate: Locate;
}

type Props = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : '');
const firstOf = (p: Props, keys: readonly string[]) => keys.map((k) => [k, str(p[k])] as const).find(([, v]) => v !== '') ?? [keys[0], ''];
const isObject = (v: unknown): v is Props => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first property of a feature whose text breaks the text rules (text/invisible.ts, bytes not UTF-8), and how. */
function faultOf(feature: Props, p: Props, damaged: boolean): [string, TextFault] | null {
  for (const [property, value] of [['id', feature.id] as const, ...Object.entries(p)]) {
    let found: TextFault | null = null;
    walk(value, [], (text) => (found ??= textFault(text, damaged)));
    if (found) return [property, found];
  }
  return null;
}

function readFeature(
  f: unknown,
  n: number,
  fileName: string,
  seen: Map<string, number>,
  problems: Problem[],
  damaged: boolean,
): ImportItem | null {
  const before = problems.length;
  const add = (code: Code, property: string, message: string, values: ProblemValues, fix?: string) =>
    problems.push(problemAt(code, [n, property], describeFeature(n, property), message, { feature: n, property, ...values }, fix));
  const feature = isObject(f) ? f : {};
  const p = isObject(feature.properties) ? feature.properties : {};
  const fault = faultOf(feature, p, damaged);
  if (fault) {
    const [property, { code, message, values, fix }] = fault;
    add(code, property, message, values, fix);
    return null;
  }
  const g = isObject(feature.geometry) ? feature.geometry : null;
  const coords = g?.type === 'Point' && Array.isArray(g.coordinates) ? g.coordinates : null;
  const [lng, lat] = coords && typeof coords[0] === 'number' && typeof coords[1] === 'number' ? [coords[0], coords[1]] : [NaN, NaN];
  const unlocated = feature.geometry === null; // kept, with no place: listed, off the map
  if (!unlocated && Number.isNaN(lng))
    add(
      'IMPORT_ROW_INVALID',
      'geometry',
      `Feature ${n} has ${g ? `a ${String(g.type)} geometry` : 'no geometry'}; an event needs a Point with [longitude, latitude], or null for no place.`,
      g ? { case: 'geometry', type: String(g.type) } : { case: 'noGeometry' },
      'Give the feature a Point geometry, such as {"type": "Point", "coordinates": [43.68, 34.62]}.',
    );
  else if (!unlocated && !(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)) {
    const swapped = Math.abs(lng) <= 90 && Math.abs(lat) <= 180 ? ' It looks like [latitude, longitude]: swap them.' : '';
    add('COORDINATE_OUT_OF_RANGE', 'geometry', `Feature ${n} has the coordinates [${lng}, ${lat}], outside the world.${swapped}`, {
      case: swapped ? 'featureSwapped' : 'feature',
      lng,
      lat,
    });
  }

  const rawId = str(feature.id) || str(p.id);
  const id = slugify(rawId) || `feature-${n}`;
  if (seen.has(id))
    add(
      'DUPLICATE_ID',
      'id',
      `The id ${rawId || id} is already used by feature ${seen.get(id)}.`,
      { case: 'feature', id: rawId || id, first: seen.get(id)! },
      'Give each feature an id of its own.',
    );
  else seen.set(id, n);

  const when = isObject(p.when) ? p.when : p;
  const [startKey, rawStart] = firstOf(when, when === p ? ['date', 'start'] : ['start']);
  const rawEnd = when === p && startKey === 'date' ? rawStart : str(when.end) || rawStart;
  const [start, end] = [parseDay(rawStart), parseDay(rawEnd)];
  const dateFix = 'Write the date as 2014-09-04 (a time after it is ignored).';
  if (!start)
    add(
      'INVALID_DATE',
      startKey,
      rawStart
        ? `The date "${rawStart}" cannot be read as a real day.`
        : `Feature ${n} has no date: give it a date, or a start and an end.`,
      rawStart ? { case: 'feature', found: rawStart } : { case: 'featureNone' },
      dateFix,
    );
  else if (!end)
    add('INVALID_DATE', 'end', `The end "${rawEnd}" cannot be read as a real day.`, { case: 'featureEnd', found: rawEnd }, dateFix);
  else if (end < start)
    add('REVERSED_DATES', 'end', `Feature ${n} ends on ${end}, before it starts on ${start}.`, { case: 'feature', start, end });

  const [, title] = firstOf(p, ['title', 'name']);
  const [, text] = firstOf(p, ['description', 'summary', 'notes', 'title', 'name']);
  if (!text)
    add(
      'IMPORT_ROW_INVALID',
      'title',
      `Feature ${n} has no title, name, description, summary or notes: nothing says what happened.`,
      { case: 'noText' },
      'Give the feature a title and a description.',
    );
  const place = isObject(p.place) ? p.place : {};
  const rawPrecision = str(place.precision) || str(p.precision);
  const precision = (rawPrecision || 'city') as Precision; // a bare point says nothing of its extent: a town is the usual case
  if (!PRECISION_IDS.includes(precision))
    add(
      'IMPORT_ROW_INVALID',
      'precision',
      `The precision "${rawPrecision}" is not one of ${PRECISION_IDS.join(', ')}.`,
      { case: 'precision', raw: rawPrecision, options: PRECISION_IDS.join(', ') },
      `Write one of ${PRECISION_IDS.join(', ')}, or leave precision out.`,
    );
  if (problems.length > before || !start || !end) return null;

  const precisionOfDate = start === end ? 'day' : start.endsWith('-01') && end === monthEnd(start) ? 'month' : 'range';
  const note = start === end ? `The feature gives the date ${rawStart}.` : `The feature gives the span ${rawStart} to ${rawEnd}.`;
  return {
    at: n,
    id,
    title: title || (text.length > 80 ? `${text.slice(0, 77)}…` : text),
    summary: text,
    when: { start, end, precision: precisionOfDate, basis: 'explicit', note },
    said: end,
    place: unlocated
      ? null
      : { name: str(place.name) || str(p.place) || str(p.location) || `${lat}, ${lng}`, lngLat: [lng, lat], precision },
    source: firstOf(p, ['source', 'outlet'])[1] || fileName.trim() || 'the imported file',
    text,
  };
}

/** `damaged`: the file's bytes were not all UTF-8 (a text holding U+FFFD holds what could not be read). */
export function importGeoJson(fileName: string, collection: { features?: unknown }, damaged = false): GeoJsonImport {
  const problems: Problem[] = [];
  const features = Array.isArray(collection.features) ? collection.features : [];
  if (features.length === 0) {
    const message = Array.isArray(collection.features)
      ? 'The FeatureCollection has no features: no events to import.'
      : 'The FeatureCollection has no list of features.';
    problems.push(
      problemAt(
        'SCHEMA_INVALID',
        [0, 'features'],
        'features',
        message,
        { case: Array.isArray(collection.features) ? 'noFeatures' : 'noFeatureList' },
        'Give the FeatureCollection a "features" list with a Point feature for each event.',
      ),
    );
  }
  const seen = new Map<string, number>();
  const items = features.flatMap((f, i) => readFeature(f, i + 1, fileName, seen, problems, damaged) ?? []);
  const description = `${items.length} events from ${fileName}, a GeoJSON FeatureCollection: one report per source, one claim per feature.`;
  const { corpus, locate } = buildCorpus(
    items,
    { title: titleFromFileName(fileName), description, credits: [`events: ${fileName} (GeoJSON)`] },
    GEOJSON_FIELDS,
    (n) => `GeoJSON feature ${n} of ${fileName}`,
  );
  return {
    corpus,
    problems: problems.map((p) => ({ ...p, file: fileName })),
    rows: { total: features.length, good: items.length },
    locate,
  };
}
