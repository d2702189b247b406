/**
 * Classroom keys: P presents; while presenting, a clicker's keys step through the tour
 * (→ ← PageDown PageUp Space, Home, End), N shows the notes, Esc leaves. Autoplay (kiosk)
 * advances on a timer; any key or click pauses it. The Fullscreen API is used when allowed.
 */
import { useEffect } from 'react';
import { dialogOpen, isTextEntry } from '../app/keys';
import { findTour, useStore } from '../store/store';

export const AUTOPLAY_MS = 8000;

export function enterPresentation(): void {
  useStore.getState().setPresent(true);
  document.documentElement.requestFullscreen?.().catch(() => {
    // Not allowed here (no user gesture, or an iframe): the projector look works without it.
  });
}

export function leavePresentation(): void {
  useStore.getState().setPresent(false);
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);

export function useClassroomKeys(): void {
  const present = useStore((s) => s.view.present);
  const autoplay = useStore((s) => s.autoplay);

  useEffect(function listenForClassroomKeys() {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target) || dialogOpen()) return;
      const s = useStore.getState();
      if (s.studio) return; // the studio's keys are its own
      if (!s.view.present) {
        if ((e.key === 'p' || e.key === 'P') && !s.view.handout) {
          e.preventDefault();
          enterPresentation();
        }
        return;
      }
      // Capture phase: in presentation these keys belong to the tour, not to the map or a button.
      e.stopPropagation();
      if (s.autoplay) {
        s.setAutoplay(false);
        e.preventDefault();
        return;
      }
      if (NEXT.has(e.key)) s.stepTour(1);
      else if (PREVIOUS.has(e.key)) s.stepTour(-1);
      else if (e.key === 'Home') s.stepTour('first');
      else if (e.key === 'End') s.stepTour('last');
      else if (e.key === 'n' || e.key === 'N') s.toggleNotes();
      else if (e.key === 'Escape' || e.key === 'p' || e.key === 'P') leavePresentation();
      else if (e.key === 'a' || e.key === 'A') s.setAutoplay(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return function stopListening() {
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, []);

  useEffect(
    function leaveWithFullscreen() {
      if (!present) {
        // However the presentation ended (a button, a deleted tour), fullscreen ends with it.
        if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
        return;
      }
      // In fullscreen the browser takes Esc for itself: leaving fullscreen leaves the presentation.
      let wasFull = !!document.fullscreenElement;
      const onChange = () => {
        if (wasFull && !document.fullscreenElement) useStore.getState().setPresent(false);
        wasFull = !!document.fullscreenElement;
      };
      document.addEventListener('fullscreenchange', onChange);
      return function stopWatching() {
        document.removeEventListener('fullscreenchange', onChange);
      };
    },
    [present],
  );

  useEffect(
    function runAutoplay() {
      if (!autoplay) return;
      const pause = () => useStore.getState().setAutoplay(false);
      const timer = window.setInterval(() => {
        const s = useStore.getState();
        const tour = findTour(s, s.view.tour);
        if (!tour) return pause();
        const last = tour.steps[tour.steps.length - 1].id === s.view.step;
        // A kiosk loops: after the last step it starts again.
        s.stepTour(last ? 'first' : 1);
      }, AUTOPLAY_MS);
      // Any click pauses (pointerdown, so the click that started autoplay does not count).
      const armed = window.setTimeout(() => window.addEventListener('pointerdown', pause), 0);
      return function stopAutoplay() {
        window.clearInterval(timer);
        window.clearTimeout(armed);
        window.removeEventListener('pointerdown', pause);
      };
    },
    [autoplay],
  );
}
