/**
 * Classroom keys: P presents; while presenting, a clicker's keys page through the step and then
 * the tour (→ ← PageDown PageUp Space, Home, End), N opens the presenter view, A starts autoplay,
 * Esc leaves. Any key or click pauses autoplay. The presenter view's window sends the same
 * commands. The Fullscreen API is used when allowed.
 *
 * The arrows follow the reading direction: in a right-to-left page (Arabic) ← is next and → is
 * back. A clicker's keys (PageDown, Space; PageUp) mean the same in every language. Letters are
 * matched by the key's place (`e.code`, "KeyP"), so they work on an Arabic keyboard layout too,
 * where the same key types "ح".
 */
import { useEffect } from 'react';
import { dialogOpen, isTextEntry } from '../ui/keys';
import { useStore } from '../store/store';
import { linkPresenter, openPresenter, type Command } from './presenter-link';

/** What had focus when the presentation started: it gets focus back when it ends. */
let startedFrom: HTMLElement | null = null;

export function enterPresentation(): void {
  const active = document.activeElement;
  startedFrom = active instanceof HTMLElement && active !== document.body ? active : null;
  useStore.getState().setPresent(true);
  document.documentElement.requestFullscreen?.().catch(() => {
    // Not allowed here (no user gesture, or an iframe): the projector look works without it.
  });
}

export function leavePresentation(): void {
  useStore.getState().setPresent(false);
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}

/** Where focus goes when the presentation ends: what started it, else the Present button. */
export function focusAfterPresentation(): void {
  const target = startedFrom?.isConnected ? startedFrom : document.querySelector<HTMLElement>('button[aria-keyshortcuts="P"]');
  startedFrom = null;
  target?.focus();
}

export function showPresenterView(): void {
  useStore.setState({ presenterBlocked: !openPresenter() });
}

/** What a key press is, as far as the classroom keys go: its meaning and its place on the keyboard. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code'>;

const NEXT = new Set(['PageDown', ' ', 'ArrowDown']);
const PREVIOUS = new Set(['PageUp', 'ArrowUp']);

/** Is this page written right to left? Then ← is the way forward. */
export const pageIsRtl = (): boolean => document.documentElement.dir === 'rtl';

/** The key that goes forward (and back) in reading order: for the words that name them. */
export const arrowKeys = (rtl: boolean) => (rtl ? { next: '←', previous: '→' } : { next: '→', previous: '←' });

/** Is this the letter key at `letter`'s place (KeyP), whatever the layout types there? */
export const isLetter = (e: KeyPress, letter: string): boolean => e.code === `Key${letter}` || (!e.code && e.key.toUpperCase() === letter);

/** A clicker's (or keyboard's) key as a command, in either window. */
export function commandForKey(e: KeyPress, rtl = pageIsRtl()): Command | null {
  if (NEXT.has(e.key) || e.code === 'Space') return 'next';
  if (PREVIOUS.has(e.key)) return 'previous';
  if (e.key === 'ArrowRight') return rtl ? 'previous' : 'next';
  if (e.key === 'ArrowLeft') return rtl ? 'next' : 'previous';
  if (e.key === 'Home') return 'first';
  if (e.key === 'End') return 'last';
  if (isLetter(e, 'A')) return 'autoplay';
  if (e.key === 'Escape' || isLetter(e, 'P')) return 'leave';
  return null;
}

/** Does what a command asks, in the projected window. While autoplay runs, any command pauses it. */
export function runCommand(command: Command): void {
  const s = useStore.getState();
  if (!s.view.present) {
    if (command === 'start') enterPresentation();
    return;
  }
  if (s.autoplay) return s.setAutoplay(false);
  if (command === 'next') s.turn(1);
  else if (command === 'previous') s.turn(-1);
  else if (command === 'first') s.stepTour('first');
  else if (command === 'last') s.stepTour('last');
  else if (command === 'autoplay') s.setAutoplay(true);
  else if (command === 'leave') leavePresentation();
}

/** Modifier keys and keys meant for a field or a dialog are not the clicker's. */
export const notForClicker = (e: KeyboardEvent) => e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target) || dialogOpen();

export function useClassroomKeys(): void {
  const present = useStore((s) => s.view.present);

  useEffect(function listenForClassroomKeys() {
    const onKey = (e: KeyboardEvent) => {
      if (notForClicker(e)) return;
      const s = useStore.getState();
      if (s.studio) return; // the studio's keys are its own
      if (!s.view.present) {
        if (isLetter(e, 'P') && !s.view.handout) {
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
      const command = commandForKey(e);
      if (isLetter(e, 'N')) showPresenterView();
      else if (command) runCommand(command);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    const unlink = linkPresenter(runCommand);
    return function stopListening() {
      window.removeEventListener('keydown', onKey, { capture: true });
      unlink();
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
}
