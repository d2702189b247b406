/**
 * What a step of the time slider shows — computed here, once, for every view — and how the views
 * follow it without React: a step renders no component.
 *
 * - Which events pass the filters: once per filter change (a scan of the events).
 * - A PlaceCounter over the time index: once per filter change.
 * - Per step: the events shown per place, how many are shown, how many lie in time (no list made).
 * - The map (canvas, markers' counts) and the timeline (veil, handles, date and count lines)
 *   follow a step from a subscription (`useStepEffect`, `useTimeEffect`), touching only the DOM
 *   that changed.
 * - The panel's lists follow once the slider settles (SETTLE_MS): one render, when it stops.
 */
import { useEffect, useMemo } from 'react';
import { useStore as useZustand } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { EventFeature } from '../../geo/types';
import { PlaceCounter } from '../data/place-counter';
import { eventsInTime, passingIds, visibleEvents } from '../store/selectors';
import { useStore, type State } from '../store/store';
import type { View } from '../store/view';

export interface Step {
  /** Ids of the events that pass the filters, whatever the time. */
  passing: ReadonlySet<string>;
  /** Events shown per place id (places with none are absent). */
  counts: ReadonlyMap<string, number>;
  /** Events shown: in time and passing the filters. */
  shown: number;
  /** Events in time, before filters. */
  inTime: number;
}

/** How long the time must stay put before the panel's lists follow it. */
export const SETTLE_MS = 120;

const NONE: Step = { passing: new Set(), counts: new Map(), shown: 0, inTime: 0 };

let built: { model: State['model']; filters: State['view']['filters']; passing: ReadonlySet<string>; counter: PlaceCounter } | null = null;

function derive({ model, view }: State): Step {
  if (!model) return NONE;
  if (!built || built.model !== model || built.filters !== view.filters) {
    const passing = passingIds(model, view.filters);
    const { byStart } = model.time;
    const counter = new PlaceCounter(
      model.time,
      (i) => (byStart[i].event.geometry ? (byStart[i].event.properties.place?.id ?? null) : null),
      (i) => passing.has(byStart[i].id),
    );
    built = { model, filters: view.filters, passing, counter };
  }
  const counted = view.mode === 'upto' ? built.counter.upTo(view.to) : built.counter.window(view.from, view.to);
  return { passing: built.passing, ...counted };
}

const stepStore = createStore<Step>(() => derive(useStore.getState()));

/** The time of a step: what the timeline's handles, veil and date follow. */
export type StepTime = Pick<View, 'mode' | 'from' | 'to'>;

/** The time and counts the panel's lists show: the step's, once the slider has settled. */
interface Settled extends StepTime {
  counts: ReadonlyMap<string, number>;
}

const timeOf = ({ view }: State): StepTime => ({ mode: view.mode, from: view.from, to: view.to });
const settledStore = createStore<Settled>(() => ({ ...timeOf(useStore.getState()), counts: stepStore.getState().counts }));
let settling: ReturnType<typeof setTimeout> | null = null;
const settle = () => {
  settling = null;
  settledStore.setState({ ...timeOf(useStore.getState()), counts: stepStore.getState().counts }, true);
};

useStore.subscribe((now, before) => {
  const a = now.view;
  const b = before.view;
  if (now.model !== before.model || a.filters !== b.filters || a.mode !== b.mode || a.from !== b.from || a.to !== b.to) {
    stepStore.setState(derive(now), true);
    if (settling !== null) clearTimeout(settling);
    // A new map is shown at once; a moving slider, once it stops.
    if (now.model !== before.model) settle();
    else settling = setTimeout(settle, SETTLE_MS);
  }
});

/** A part of the current step, rendering on change: for what changes with the filters, not with a step. */
export function useStep<T>(selector: (step: Step) => T): T {
  return useZustand(stepStore, selector);
}

/** The step now, outside React (a click's handler). */
export const currentStep = (): Step => stepStore.getState();

/**
 * Follows a part of the step outside React: `apply` runs after mount and whenever the selected
 * value changes (Object.is), and whenever `deps` change. It changes the DOM itself; nothing renders.
 */
export function useStepEffect<T>(select: (step: Step) => T, apply: (value: T) => void, deps: readonly unknown[]): void {
  useFollow(stepStore, select, apply, deps);
}

/** As useStepEffect, for the time itself (mode, from, to): the timeline's handles, veil and date. */
export function useTimeEffect(apply: (time: StepTime) => void, deps: readonly unknown[]): void {
  useFollow(useStore, timeKey, () => apply(timeOf(useStore.getState())), deps);
}

const timeKey = ({ view }: State) => `${view.mode} ${view.from} ${view.to}`;

function useFollow<S, T>(
  store: { getState(): S; subscribe(listener: (state: S) => void): () => void },
  select: (state: S) => T,
  apply: (value: T) => void,
  deps: readonly unknown[],
): void {
  useEffect(
    function follow() {
      let last = select(store.getState());
      apply(last);
      return store.subscribe((state) => {
        const value = select(state);
        if (Object.is(value, last)) return;
        last = value;
        apply(value);
      });
    },
    // The caller names what its functions read, as for useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, ...deps],
  );
}

/** The panel's view of the step: the visible events and counts per place, once the slider settles. */
export function useSettledStep(): { visible: EventFeature[]; counts: ReadonlyMap<string, number> } {
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const mode = useZustand(settledStore, (s) => s.mode);
  const from = useZustand(settledStore, (s) => s.from);
  const to = useZustand(settledStore, (s) => s.to);
  const counts = useZustand(settledStore, (s) => s.counts);
  const passing = useStep((s) => s.passing);
  const visible = useMemo(() => {
    const time = { mode, from, to };
    return visibleEvents(model, { ...time, filters }, eventsInTime(model, time), passing);
  }, [model, mode, from, to, filters, passing]);
  return { visible, counts };
}
