/**
 * The one store: `model` is loaded once and never mutated; `view` is what the reader chose;
 * the rest is transient (hover, playback, messages). Actions sit beside the state.
 */
import { create } from 'zustand';
import type { Model } from '../data/model';
import { defaultView, NO_FILTERS, type FilterKey, type MapView, type Tab, type TimeMode, type View } from './view';

export type Speed = 'slow' | 'normal' | 'fast';

export interface State {
  status: 'loading' | 'ready' | 'error';
  error: { message: string; file: string } | null;
  model: Model | null;
  view: View;
  /** The event highlighted by hovering or focusing a claim or a marker. */
  hover: string | null;
  playing: boolean;
  speed: Speed;
  /** A short notice, e.g. what a link held that could not be used. */
  notice: string | null;
  /** The last change, in words, for screen readers (aria-live). */
  announcement: string;

  loaded(model: Model, view?: View): void;
  failed(message: string, file: string): void;
  setView(view: View): void;
  selectEvent(id: string | null): void;
  showClaim(claimId: string): void;
  openReport(id: string): void;
  selectPlace(id: string | null): void;
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
  setNotice(notice: string | null): void;
  announce(text: string): void;
}

const EMPTY_VIEW = defaultView({ start: '2014-06-01', end: '2015-03-31' });

export const useStore = create<State>()((set, get) => {
  const patch = (p: Partial<View>) => set({ view: { ...get().view, ...p } });
  return {
    status: 'loading',
    error: null,
    model: null,
    view: EMPTY_VIEW,
    hover: null,
    playing: false,
    speed: 'normal',
    notice: null,
    announcement: '',

    loaded: (model, view) => set({ status: 'ready', model, view: view ?? defaultView(model.span) }),
    failed: (message, file) => set({ status: 'error', error: { message, file } }),
    setView: (view) => set({ view }),
    selectEvent: (id) => {
      const { model, view } = get();
      const event = id ? model?.eventById.get(id) : undefined;
      patch({ event: event ? id : null, tab: 'event', claim: null, place: event?.properties.place?.id ?? view.place });
    },
    showClaim: (claimId) => {
      const found = get().model?.claimById.get(claimId);
      if (!found) return;
      patch({ tab: 'report', report: found.claim.report, claim: claimId, event: found.event.id, place: found.event.properties.place?.id ?? null });
    },
    openReport: (id) => patch({ tab: 'report', report: id, claim: null }),
    selectPlace: (id) => patch({ place: id, tab: 'places' }),
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
    announce: (announcement) => set({ announcement }),
  };
});

function shiftDays(iso: string, days: number, floor: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const out = d.toISOString().slice(0, 10);
  return out < floor ? floor : out;
}
