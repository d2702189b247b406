/**
 * The URL codec: the view in the hash (so links work from file:// too), with stable
 * authored ids. parseView never throws; what it cannot use it ignores, and says so.
 */
import type { Tour } from '../../geo/types';
import type { Model } from '../data/model';
import { isIsoDate } from '../../geo/core/model/dates';
import type { Lang } from './language';
import { message, type Message } from '../data/message';
import { FILTER_KEYS, TABS, defaultView, type FilterKey, type Filters, type Tab, type View } from './view';

const FILTER_PARAMS: Record<FilterKey, string> = { report: 'fr', affiliation: 'fa', kind: 'fk', stance: 'fs', source: 'fv', place: 'fp' };

/** The ids and values a link may name: the data decides what is known. */
export interface Vocabulary {
  span: { start: string; end: string };
  /** The imported map (collection) shown, or null for the built-in one. */
  collection: string | null;
  events: ReadonlySet<string>;
  reports: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Step ids by tour id: built-in tours and the reader's own. */
  tours: ReadonlyMap<string, readonly string[]>;
  filterValues: Record<FilterKey, ReadonlySet<string>>;
}

export function vocabularyOf(model: Model, myTours: readonly Tour[] = [], collection: string | null = null): Vocabulary {
  // Filter values are the format's vocabularies (from meta): no scan of the claims at load.
  const ids = (terms: readonly { id: string }[]) => new Set(terms.map((t) => t.id));
  const vocab = model.meta.vocabularies;
  return {
    span: model.span,
    collection,
    events: new Set(model.eventById.keys()),
    reports: new Set(model.reportById.keys()),
    claims: new Set(model.claimById.keys()),
    places: new Set(model.placeById.keys()),
    tours: new Map([...model.tours, ...myTours].map((t) => [t.id, t.steps.map((s) => s.id)])),
    filterValues: {
      report: new Set(model.reportById.keys()),
      affiliation: ids(vocab.affiliation),
      kind: ids(vocab.kind),
      stance: ids(vocab.stance),
      source: ids(model.source.asserters),
      place: new Set(model.placeById.keys()),
    },
  };
}

export interface Parsed {
  view: View;
  /** What was ignored, for the reader: catalogue keys `core.link.*` with the values found. */
  ignored: Message[];
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function parseView(hash: string, vocab: Vocabulary): Parsed {
  const view = defaultView(vocab.span);
  // Which map the link opens was settled before the data loaded (start.ts); the view records it.
  view.collection = vocab.collection;
  const ignored: Message[] = [];
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq === -1 ? part : part.slice(0, eq));
    const value = safeDecode(eq === -1 ? '' : part.slice(eq + 1));
    if (key === null || value === null) ignored.push(message('core.link.garbled'));
    else params.set(key, value);
  }
  const id = (key: string, known: ReadonlySet<string>, what: 'event' | 'report' | 'claim' | 'place'): string | null => {
    const v = params.get(key);
    if (v === undefined) return null;
    if (known.has(v)) return v;
    ignored.push(message(`core.link.unknown.${what}`, { value: v.slice(0, 40) }));
    return null;
  };
  const date = (key: string): string | null => {
    const v = params.get(key);
    if (v === undefined) return null;
    if (isIsoDate(v)) return v < vocab.span.start ? vocab.span.start : v > vocab.span.end ? vocab.span.end : v;
    ignored.push(message('core.link.badDate', { value: v.slice(0, 20) }));
    return null;
  };
  view.event = id('e', vocab.events, 'event');
  view.report = id('r', vocab.reports, 'report');
  view.claim = id('c', vocab.claims, 'claim');
  view.place = id('p', vocab.places, 'place');
  const tab = params.get('tab');
  if (tab !== undefined) {
    if ((TABS as readonly string[]).includes(tab)) view.tab = tab as Tab;
    else ignored.push(message('core.link.unknownTab', { value: tab.slice(0, 20) }));
  } else if (view.report) view.tab = 'report';
  else if (view.place && !view.event) view.tab = 'places';
  const mode = params.get('mode');
  if (mode === 'window') view.mode = 'window';
  else if (mode !== undefined && mode !== 'upto') ignored.push(message('core.link.unknownMode', { value: mode.slice(0, 20) }));
  view.to = date('t') ?? view.to;
  view.from = date('f') ?? view.from;
  if (view.from > view.to) [view.from, view.to] = [view.to, view.from];
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(FILTER_PARAMS[key]);
    const values = raw ? raw.split(',') : [];
    const bad = values.filter((v) => !vocab.filterValues[key].has(v));
    if (bad.length) ignored.push(message('core.link.unknownFilter', { filter: key, value: bad.join(', ').slice(0, 40) }));
    filters[key] = values.filter((v) => vocab.filterValues[key].has(v));
  }
  view.filters = filters as unknown as Filters;
  const tour = params.get('tour');
  if (tour !== undefined) {
    const steps = vocab.tours.get(tour);
    if (!steps) ignored.push(message('core.link.unknownTour', { value: tour.slice(0, 40) }));
    else {
      view.tour = tour;
      const step = params.get('step');
      if (step !== undefined && !steps.includes(step)) ignored.push(message('core.link.unknownStep', { value: step.slice(0, 40) }));
      view.step = step !== undefined && steps.includes(step) ? step : (steps[0] ?? null);
    }
  }
  if (params.get('present') === '1') view.present = true;
  if (params.get('handout') === '1') view.handout = true;
  if (params.get('exercise') === '1') view.exercise = true;
  if (params.get('embed') === '1') view.embed = true;
  const map = params.get('map');
  if (map !== undefined) {
    const [lat, lng, zoom] = map.split(',').map(Number);
    if ([lat, lng, zoom].every(Number.isFinite) && Math.abs(lat) <= 85 && Math.abs(lng) <= 180 && zoom >= 0 && zoom <= 20) {
      view.map = { lat, lng, zoom };
    } else ignored.push(message('core.link.badMap'));
  }
  return { view, ignored };
}

/** The language a link names (`lang=ar`), if any: read before anything else, so the loading screen speaks it. */
export function parseLang(hash: string): string | null {
  const match = /(?:^#|&)lang=([a-z]{2})(?:&|$)/.exec(hash);
  return match ? match[1] : null;
}

/** The link for a view; `lang` is written when it is not English, so a shared link opens in its language. */
export function formatView(view: View, span: { start: string; end: string }, lang: Lang = 'en'): string {
  const parts: [string, string][] = [];
  if (lang !== 'en') parts.push(['lang', lang]);
  if (view.collection) parts.push(['m', view.collection]);
  if (view.tab !== 'event') parts.push(['tab', view.tab]);
  if (view.event) parts.push(['e', view.event]);
  if (view.report) parts.push(['r', view.report]);
  if (view.claim) parts.push(['c', view.claim]);
  if (view.place) parts.push(['p', view.place]);
  if (view.mode === 'window') {
    parts.push(['mode', 'window']);
    parts.push(['f', view.from]);
  }
  if (view.to !== span.end || view.mode === 'window') parts.push(['t', view.to]);
  for (const key of FILTER_KEYS) if (view.filters[key].length) parts.push([FILTER_PARAMS[key], [...view.filters[key]].sort().join(',')]);
  if (view.tour) parts.push(['tour', view.tour]);
  if (view.tour && view.step) parts.push(['step', view.step]);
  if (view.present) parts.push(['present', '1']);
  if (view.handout) parts.push(['handout', '1']);
  if (view.exercise) parts.push(['exercise', '1']);
  if (view.embed) parts.push(['embed', '1']);
  if (view.map) parts.push(['map', `${view.map.lat.toFixed(3)},${view.map.lng.toFixed(3)},${view.map.zoom}`]);
  return parts.length ? `#${parts.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&')}` : '';
}
