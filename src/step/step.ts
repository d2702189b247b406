/**
 * What a step of the time slider shows — computed here, once, for every view. The map, the
 * timeline and the panel subscribe to what they need; the root layout does not re-render at a step.
 *
 * - Which events pass the filters: once per filter change (a scan of the events).
 * - A PlaceCounter over the time index: once per filter change.
 * - Per step: the events shown per place, how many are shown, how many lie in time (no list made).
 * - The panel's lists follow once the slider settles (SETTLE_MS), so dragging repaints only the
 *   map and the timeline.
 */
import { useMemo } from 'react';
import { useStore as useZustand } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { EventFeature } from '../../geo/types';
import { PlaceCounter } from '../data/place-counter';
import { eventsInTime, passingIds, visibleEvents } from '../store/selectors';
import { useStore, type State } from '../store/store';
import { useSettled } from '../ui/use-settled';

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

useStore.subscribe((now, before) => {
  const a = now.view;
  const b = before.view;
  if (now.model !== before.model || a.filters !== b.filters || a.mode !== b.mode || a.from !== b.from || a.to !== b.to) {
    stepStore.setState(derive(now), true);
  }
});

/** A part of the current step. Select one field (or a stable reference), as with the main store. */
export function useStep<T>(selector: (step: Step) => T): T {
  return useZustand(stepStore, selector);
}

/** The panel's view of the step: the visible events and counts per place, once the slider settles. */
export function useSettledStep(): { visible: EventFeature[]; counts: ReadonlyMap<string, number> } {
  const model = useStore((s) => s.model)!;
  const filters = useStore((s) => s.view.filters);
  const mode = useSettled(
    useStore((s) => s.view.mode),
    SETTLE_MS,
  );
  const from = useSettled(
    useStore((s) => s.view.from),
    SETTLE_MS,
  );
  const to = useSettled(
    useStore((s) => s.view.to),
    SETTLE_MS,
  );
  const passing = useStep((s) => s.passing);
  const visible = useMemo(() => {
    const time = { mode, from, to };
    return visibleEvents(model, { ...time, filters }, eventsInTime(model, time), passing);
  }, [model, mode, from, to, filters, passing]);
  const counts = useSettled(
    useStep((s) => s.counts),
    SETTLE_MS,
  );
  return { visible, counts };
}
