/**
 * The one store: `model` is loaded once and never mutated; `view` is what the reader chose;
 * the rest is transient (hover, playback, messages). Actions sit beside the state.
 */
import { create } from 'zustand';
import { addDays } from '../../geo/core/model/dates';
import type { Tour, TourStep } from '../../geo/types';
import type { SaveResult } from '../data/tour-file';
import { message, type Message } from '../data/message';
import type { CollectionRecord } from '../data/collections';
import type { Model } from '../data/model';
import type { ImportResult } from '../../geo/core/import/import-file';
import { defaultView, NO_FILTERS, type FilterKey, type MapView, type Tab, type TimeMode, type View } from './view';

/**
 * What the page learns of a checked file: its problems and counts. The map itself stays where it
 * was read (the import worker), which keeps it; only its title and counts come to the page.
 */
export interface ImportSummary extends Omit<ImportResult, 'map'> {
  map: { title: string; events: number; claims: number } | null;
}

/** A file being imported (src/io/import-flow.ts): its progress, then its problems. */
export interface ImportState {
  file: string;
  phase: 'checking' | 'review' | 'saving' | 'failed';
  /** 0..1 while checking, and again while saving. */
  progress: number;
  result: ImportSummary | null;
  /** Why nothing could be read, in the 'failed' phase. */
  message: string | null;
}

export type Speed = 'slow' | 'normal' | 'fast';

/**
 * A notice's words: a message (a catalogue key with values) or several in a row, formatted at
 * display in the reader's language (src/ui/Notice.tsx). Plain text is shown as it is: only for
 * words already in the reader's language.
 */
export type NoticeWords = Message | string | readonly (Message | string)[];

export interface Find {
  query: string;
  voice: string | null;
  at: { report: string; start: number } | null;
}

export interface State {
  status: 'loading' | 'ready' | 'error';
  /** Why the map cannot open (a message formatted at display), and the file at fault. */
  error: { message: Message; file: string } | null;
  model: Model | null;
  view: View;
  /** The event highlighted by hovering or focusing a claim or a marker. */
  hover: string | null;
  playing: boolean;
  speed: Speed;
  /** A short notice, e.g. what a link held that could not be used. */
  notice: NoticeWords | null;
  /** A stored map the link named that could not be opened (damaged): the notice offers to remove or download it. */
  damagedMap: string | null;
  /** The reader's own tours, kept in the browser. */
  myTours: readonly Tour[];
  /** Kiosk autoplay of the current tour. */
  autoplay: boolean;
  /** In a presentation, the page of the step shown (0-based) and how many pages it needs on this screen. */
  page: number;
  pages: number;
  /** The browser refused to open the presenter view's window. */
  presenterBlocked: boolean;
  /** The browser is printing: the handout shows, without becoming part of the link. */
  printing: boolean;
  /** The handout prints the teacher's copy, with each step's notes. */
  teacherCopy: boolean;
  /** The studio is open (src/studio): a person is writing a report of their own. */
  studio: boolean;
  /** Imported maps kept in this browser (the index only; each map loads when opened). */
  collections: readonly CollectionRecord[];
  /** A file being imported: its progress, then its problems for the person to decide on. */
  importing: ImportState | null;
  /** While the map loads: the share done (0..1), or null when unknown. */
  loadProgress: number | null;
  /** The Find tab: the words searched (marked in the reports too), the voice read, the passage opened. */
  find: Find;

  loaded(model: Model, view?: View): void;
  failed(message: Message, file: string): void;
  setView(view: View): void;
  selectEvent(id: string | null): void;
  showClaim(claimId: string): void;
  openReport(id: string): void;
  /** Opens a report at a passage the search found (an offset in its text). */
  openReportAt(id: string, at: number): void;
  setFind(find: Partial<Find>): void;
  selectPlace(id: string | null): void;
  /**
   * A place chosen on the map: its one event opens; a place with several (shown up to the time on
   * the slider) opens the list of them, the place selected in the Places view.
   */
  openPlace(id: string): void;
  setTab(tab: Tab): void;
  setTo(day: string): void;
  setWindow(from: string, to: string): void;
  setMode(mode: TimeMode): void;
  toggleFilter(key: FilterKey, value: string): void;
  clearFilters(): void;
  setHover(id: string | null): void;
  setMapView(map: MapView): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
  setNotice(notice: NoticeWords | null): void;
  setMyTours(tours: readonly Tour[]): void;
  /** Keeps the tour in the page and in the browser's storage; says when storage refused it. */
  saveTour(tour: Tour): SaveResult;
  deleteTour(id: string): void;
  /** Shows a step: its event, its place and its day on the time slider. */
  goToStep(tourId: string, stepId: string | null): void;
  /** Moves through the current tour; clamps at the ends. */
  stepTour(delta: number | 'first' | 'last'): void;
  setPresent(present: boolean): void;
  setHandout(handout: boolean): void;
  /** Opens (or leaves) the current tour as an exercise; with no tour chosen, the first built-in one. */
  setExercise(exercise: boolean): void;
  setPrinting(printing: boolean): void;
  setTeacherCopy(teacherCopy: boolean): void;
  setStudio(studio: boolean): void;
  setAutoplay(autoplay: boolean): void;
  /** The pages the projected screen needs for this step; keeps the page inside them. */
  setPages(pages: number): void;
  /** What a clicker does: the next (or previous) page of the step, then the next (previous) step. */
  turn(delta: 1 | -1): void;
}

const notSaved = (why: SaveResult & { ok: false }) => message('core.notice.toursNotSaved', { why: why.message });

export function findTour(state: Pick<State, 'model' | 'myTours'>, id: string | null): Tour | undefined {
  if (!id) return undefined;
  return state.model?.tours.find((t) => t.id === id) ?? state.myTours.find((t) => t.id === id);
}

/**
 * What a parsed link means, once the data is known: a tour step brings its event and day
 * (unless the link names them itself), and presenting needs a tour — the first built-in one.
 * Used on load and on back/forward, so both agree.
 */
export function resolveView(model: Model, myTours: readonly Tour[], parsed: View, hash: string): View {
  // A tour with no step has nothing to show or present: as if the link named none.
  const tours = [...model.tours, ...myTours].filter((t) => t.steps.length > 0);
  let tour = parsed.tour ? tours.find((t) => t.id === parsed.tour) : undefined;
  if ((parsed.present || parsed.exercise) && !tour) tour = firstTour(model);
  if (!tour) return { ...parsed, present: false, exercise: false };
  const step = tour.steps.find((s) => s.id === parsed.step) ?? tour.steps[0];
  const namesItsOwn = /(^#|&)(e|t)=/.test(hash);
  return namesItsOwn && parsed.tour ? { ...parsed, step: step.id } : stepView(model, parsed, tour, step);
}

/** The tour presenting starts with when none is chosen: the first built-in tour that has steps. */
const firstTour = (model: Model): Tour | undefined => model.tours.find((t) => t.steps.length > 0);

export function stepView(model: Model, view: View, tour: Tour, step: TourStep): View {
  const event = model.eventById.get(step.event);
  return {
    ...view,
    tour: tour.id,
    step: step.id,
    event: event ? step.event : null,
    place: event?.properties.place?.id ?? null,
    claim: null,
    mode: 'upto',
    to: step.to < model.span.start ? model.span.start : step.to > model.span.end ? model.span.end : step.to,
    tab: view.present ? view.tab : 'tours',
  };
}

/**
 * Where the reader's tours are kept beyond this tab. The store touches no storage itself: the
 * session (src/session/open-map.ts) plugs the browser's storage in at start-up; until then, and in
 * tests that do not, tours live in the tab only.
 */
export interface TourKeeper {
  saveTours(tours: readonly Tour[]): SaveResult;
}
let keeper: TourKeeper = { saveTours: () => ({ ok: true }) };
export function keepToursWith(next: TourKeeper): void {
  keeper = next;
}

// Before any data has loaded there is no span; the view is replaced on load.
const EMPTY_VIEW = defaultView({ start: '', end: '' });

export const useStore = create<State>()((set, get) => {
  const patch = (p: Partial<View>) => set({ view: { ...get().view, ...p } });
  // A passage the search opened is shown once: opening a claim or a report moves on from it.
  const leavePassage = () => {
    if (get().find.at) set({ find: { ...get().find, at: null } });
  };
  return {
    status: 'loading',
    error: null,
    model: null,
    view: EMPTY_VIEW,
    hover: null,
    playing: false,
    speed: 'normal',
    notice: null,
    damagedMap: null,
    myTours: [],
    autoplay: false,
    page: 0,
    pages: 1,
    presenterBlocked: false,
    printing: false,
    teacherCopy: false,
    studio: false,
    collections: [],
    importing: null,
    loadProgress: null,
    find: { query: '', voice: null, at: null },

    loaded: (model, view) => set({ status: 'ready', model, view: view ?? defaultView(model.span), loadProgress: null }),
    failed: (message, file) => set({ status: 'error', error: { message, file } }),
    setView: (view) => set({ view }),
    selectEvent: (id) => {
      const { model } = get();
      const event = id ? model?.eventById.get(id) : undefined;
      // Closing an event clears its place too; an event with no place leaves none highlighted.
      patch({ event: event ? id : null, tab: 'event', claim: null, place: event ? (event.properties.place?.id ?? null) : null });
    },
    showClaim: (claimId) => {
      const found = get().model?.claimById.get(claimId);
      if (!found) return;
      leavePassage();
      patch({
        tab: 'report',
        report: found.claim.report,
        claim: claimId,
        event: found.event.id,
        place: found.event.properties.place?.id ?? null,
      });
    },
    openReport: (id) => {
      leavePassage();
      patch({ tab: 'report', report: id, claim: null });
    },
    openReportAt: (id, at) =>
      set({ view: { ...get().view, tab: 'report', report: id, claim: null }, find: { ...get().find, at: { report: id, start: at } } }),
    setFind: (find) => set({ find: { ...get().find, ...find } }),
    selectPlace: (id) => patch({ place: id, tab: 'places' }),
    openPlace: (id) => {
      const { model, view } = get();
      const here = model?.eventsByPlace.get(id) ?? [];
      const shown = here.filter((e) => e.properties.when.start <= view.to);
      const only = shown.length === 1 ? shown[0] : here.length === 1 ? here[0] : null;
      if (only) get().selectEvent(String(only.id));
      else patch({ place: id, tab: 'places', event: null, claim: null });
    },
    setTab: (tab) => patch({ tab }),
    setTo: (day) => {
      const { view } = get();
      patch(view.mode === 'window' && day < view.from ? { to: day, from: day } : { to: day });
    },
    setWindow: (from, to) => patch(from <= to ? { from, to } : { from: to, to: from }),
    setMode: (mode) => {
      const { view, model } = get();
      if (mode === view.mode) return;
      // Entering window mode opens a window of about a month ending at the cursor.
      const from = mode === 'window' ? shiftDays(view.to, -30, model?.span.start ?? view.from) : view.from;
      patch({ mode, from });
    },
    toggleFilter: (key, value) => {
      const { filters } = get().view;
      const list = filters[key].includes(value) ? filters[key].filter((v) => v !== value) : [...filters[key], value];
      patch({ filters: { ...filters, [key]: list } });
    },
    clearFilters: () => patch({ filters: NO_FILTERS }),
    setHover: (hover) => set({ hover }),
    setMapView: (map) => patch({ map }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setNotice: (notice) => set({ notice }),
    setMyTours: (myTours) => set({ myTours }),
    saveTour: (tour) => {
      const list = get().myTours;
      const myTours = list.some((t) => t.id === tour.id) ? list.map((t) => (t.id === tour.id ? tour : t)) : [...list, tour];
      const saved = keeper.saveTours(myTours);
      // Another tab's tours, merged in by the save, show here too.
      set({ myTours: (saved.ok && saved.tours) || myTours, ...(saved.ok ? {} : { notice: notSaved(saved) }) });
      return saved;
    },
    deleteTour: (id) => {
      const myTours = get().myTours.filter((t) => t.id !== id);
      const saved = keeper.saveTours(myTours);
      const { view } = get();
      set({
        myTours: (saved.ok && saved.tours) || myTours,
        view: view.tour === id ? { ...view, tour: null, step: null, present: false } : view,
        ...(saved.ok ? {} : { notice: notSaved(saved) }),
      });
    },
    goToStep: (tourId, stepId) => {
      const state = get();
      const tour = findTour(state, tourId);
      if (!tour || !state.model || tour.steps.length === 0) return;
      const step = tour.steps.find((s) => s.id === stepId) ?? tour.steps[0];
      set({ view: stepView(state.model, state.view, tour, step), page: 0 });
    },
    stepTour: (delta) => {
      const state = get();
      const tour = findTour(state, state.view.tour);
      if (!tour) return;
      const i = tour.steps.findIndex((s) => s.id === state.view.step);
      const next =
        delta === 'first' ? 0 : delta === 'last' ? tour.steps.length - 1 : Math.min(tour.steps.length - 1, Math.max(0, i + delta));
      // Home and End go to the first page of their step even from a later page of it.
      if (next !== i || (typeof delta === 'string' && state.page > 0)) state.goToStep(tour.id, tour.steps[next].id);
    },
    setPresent: (present) => {
      const state = get();
      if (present && !findTour(state, state.view.tour)?.steps.length) {
        // Presenting with no tour chosen starts the first built-in tour (with steps).
        const tour = state.model && firstTour(state.model);
        if (tour && state.model) {
          set({ view: stepView(state.model, { ...state.view, present: true }, tour, tour.steps[0]) });
          return;
        }
        // No tour has a step to show: presenting would show nothing, so it does not start.
        if (present) return;
      }
      set({ view: { ...state.view, present }, autoplay: present ? state.autoplay : false });
    },
    setHandout: (handout) => patch({ handout, present: handout ? false : get().view.present }),
    setExercise: (exercise) => {
      const state = get();
      const tour = findTour(state, state.view.tour) ?? (state.model ? firstTour(state.model) : undefined);
      if (exercise && state.model && tour?.steps.length) {
        set({ view: stepView(state.model, { ...state.view, exercise: true, present: false, handout: false }, tour, tour.steps[0]) });
      } else patch({ exercise: false });
    },
    setPrinting: (printing) => set({ printing }),
    setTeacherCopy: (teacherCopy) => set({ teacherCopy }),
    setStudio: (studio) => set({ studio }),
    setAutoplay: (autoplay) => set({ autoplay }),
    setPages: (pages) => set({ pages, page: Math.min(get().page, pages - 1) }),
    turn: (delta) => {
      const { page, pages, view, stepTour } = get();
      if (page + delta >= 0 && page + delta < pages) return set({ page: page + delta });
      const before = view.step;
      stepTour(delta);
      // Back from a step's first page shows the end of the previous step (its pages are measured there).
      if (delta < 0 && get().view.step !== before) set({ page: Number.MAX_SAFE_INTEGER });
    },
  };
});

function shiftDays(iso: string, days: number, floor: string): string {
  const out = addDays(iso, days);
  return out < floor ? floor : out;
}
