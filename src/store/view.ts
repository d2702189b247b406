/** What the reader chose: everything a shared link restores. */
export type TimeMode = 'upto' | 'window';
/** The side panel's tabs, in their order: the one list the panel and the link codec read. */
export const TABS = ['event', 'report', 'places', 'find', 'table', 'tours'] as const;
export type Tab = (typeof TABS)[number];
export type FilterKey = 'report' | 'affiliation' | 'kind' | 'stance' | 'source' | 'place';
/** Per key, the values to keep; an empty list keeps everything. */
export type Filters = Record<FilterKey, readonly string[]>;

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

export interface View {
  /** The imported map (collection) shown, or null for the built-in map. */
  collection: string | null;
  tab: Tab;
  event: string | null;
  report: string | null;
  /** The claim brought into view ("show in report"), if any. */
  claim: string | null;
  place: string | null;
  mode: TimeMode;
  /** Window start; only used in window mode. */
  from: string;
  /** The cursor: "show events up to" this day, or the window's end. */
  to: string;
  filters: Filters;
  map: MapView | null;
  /** The tour and step shown, if any (ids, so links survive edits elsewhere). */
  tour: string | null;
  step: string | null;
  /** Presentation mode: projector look, clicker keys. */
  present: boolean;
  /** The print view: a handout of the current tour or view. */
  handout: boolean;
  /** "Who says so?": the tour as an exercise for students (name the source and the stance). */
  exercise: boolean;
  /** The compact view a school's platform or a news page embeds: the map and timeline, no panel. */
  embed: boolean;
}

export const FILTER_KEYS: readonly FilterKey[] = ['report', 'affiliation', 'kind', 'stance', 'source', 'place'];
export const NO_FILTERS: Filters = { report: [], affiliation: [], kind: [], stance: [], source: [], place: [] };

export function defaultView(span: { start: string; end: string }): View {
  return {
    collection: null,
    tab: 'event',
    event: null,
    report: null,
    claim: null,
    place: null,
    mode: 'upto',
    from: span.start,
    to: span.end,
    filters: NO_FILTERS,
    map: null,
    tour: null,
    step: null,
    present: false,
    handout: false,
    exercise: false,
    embed: false,
  };
}
