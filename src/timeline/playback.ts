/**
 * Playback: each tick moves the cursor to the next event's start (empty weeks are
 * skipped, so the story keeps moving); it stops at the last one.
 */
import { useEffect } from 'react';
import { useStore, type Speed } from '../store/store';

export const TICK_MS: Record<Speed, number> = { slow: 2000, normal: 1100, fast: 500 };

/** The next cursor position, or null at the end. */
export function nextStop(): string | null {
  const { model, view } = useStore.getState();
  return model?.time.nextStart(view.to) ?? null;
}

export function stepEvent(direction: 1 | -1): void {
  const { model, view, setTo, setWindow } = useStore.getState();
  if (!model) return;
  const target = direction === 1 ? model.time.nextStart(view.to) : model.time.previousStart(view.to);
  if (!target) return;
  if (view.mode === 'window') {
    // The window keeps its width and slides so that it ends on the event.
    const width = Date.parse(view.to) - Date.parse(view.from);
    const from = new Date(Date.parse(target) - width).toISOString().slice(0, 10);
    setWindow(from < model.span.start ? model.span.start : from, target);
  } else setTo(target);
}

export function togglePlay(): void {
  const { playing, setPlaying, model, view, setTo } = useStore.getState();
  if (!playing && model && !model.time.nextStart(view.to)) {
    // At the end, play starts again from the first event.
    setTo(model.time.first ?? model.span.start);
  }
  setPlaying(!playing);
}

export function usePlayback(): void {
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  useEffect(
    function tick() {
      if (!playing) return;
      const timer = window.setInterval(() => {
        if (nextStop() === null) useStore.getState().setPlaying(false);
        else stepEvent(1);
      }, TICK_MS[speed]);
      return function stopTicking() {
        window.clearInterval(timer);
      };
    },
    [playing, speed],
  );
}
