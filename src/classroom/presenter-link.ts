/**
 * The presenter view: a second window (the teacher's screen) opened from the presentation, kept
 * in step with it by postMessage between the two windows. That works from a web server and from
 * the single file opened over file:// alike (BroadcastChannel does not reach across file:// pages).
 * The projected window is the one that decides: it measures pages, runs autoplay and sends its
 * state; the presenter view sends the clicker's commands back.
 */
import { useStore } from '../store/store';

const APP = 'according-to/presenter';
const WINDOW_NAME = 'according-to-presenter';

export type Command = 'next' | 'previous' | 'first' | 'last' | 'autoplay' | 'pause' | 'leave' | 'start';

export interface Shown {
  present: boolean;
  tour: string | null;
  step: string | null;
  page: number;
  pages: number;
  autoplay: boolean;
  /** When the presentation started (ms since the epoch), for the elapsed time. */
  startedAt: number;
}

type Message = { app: typeof APP } & ({ kind: 'hello' } | { kind: 'command'; command: Command } | { kind: 'state'; shown: Shown | null });

function isMessage(data: unknown): data is Message {
  return typeof data === 'object' && data !== null && (data as { app?: unknown }).app === APP;
}

/** Pages of a file:// build have an opaque origin, "null", on both sides. */
const sameOrigin = (origin: string) => origin === location.origin || (origin === 'null' && location.protocol === 'file:');

export function isPresenterWindow(): boolean {
  return new URLSearchParams(location.search).has('presenter');
}

// ---- The projected window's side ----

let presenter: Window | null = null;
let startedAt = Date.now();

export function presentationStarted(): void {
  startedAt = Date.now();
}

function shown(): Shown {
  const { view, page, pages, autoplay } = useStore.getState();
  return { present: view.present, tour: view.tour, step: view.step, page, pages, autoplay, startedAt };
}

function post(to: Window | null, message: Message): void {
  if (to && !to.closed) to.postMessage(message, '*');
}

/** Opens (or brings forward) the presenter view; false when the browser blocked the window. */
export function openPresenter(): boolean {
  if (presenter && !presenter.closed) {
    // Already open: bring it forward rather than load it again.
    presenter.focus();
    return true;
  }
  const url = new URL(location.href);
  url.search = '?presenter';
  const opened = window.open(url.toString(), WINDOW_NAME, 'popup,width=1100,height=760');
  if (!opened) return false;
  presenter = opened;
  opened.focus();
  return true;
}

/**
 * Listens to the presenter view (always, so it can also start the presentation) and keeps it
 * told what the projected window shows. Returns the cleanup.
 */
export function linkPresenter(run: (command: Command) => void): () => void {
  const onMessage = (e: MessageEvent) => {
    if (!isMessage(e.data) || !e.source || !sameOrigin(e.origin)) return;
    // A presenter view that says hello is ours, also after this window was reloaded.
    if (e.data.kind === 'hello') presenter = e.source as Window;
    if (e.source !== presenter) return;
    if (e.data.kind === 'command') run(e.data.command);
    post(presenter, { app: APP, kind: 'state', shown: shown() });
  };
  let last = '';
  const unsubscribe = useStore.subscribe(() => {
    if (!presenter) return;
    const now = shown();
    const key = JSON.stringify(now);
    if (key === last) return;
    last = key;
    post(presenter, { app: APP, kind: 'state', shown: now });
  });
  const closing = () => post(presenter, { app: APP, kind: 'state', shown: null });
  window.addEventListener('message', onMessage);
  window.addEventListener('pagehide', closing);
  return () => {
    unsubscribe();
    window.removeEventListener('message', onMessage);
    window.removeEventListener('pagehide', closing);
  };
}

// ---- The presenter view's side ----

/** Whether this window still has a projected window to talk to. */
export function connected(): boolean {
  return !!window.opener && !(window.opener as Window).closed;
}

export function sendCommand(command: Command): void {
  post(window.opener as Window | null, { app: APP, kind: 'command', command });
}

/** Follows the projected window: calls `onShown` with its state (null when it has closed). */
export function followProjected(onShown: (shown: Shown | null) => void): () => void {
  const onMessage = (e: MessageEvent) => {
    if (!isMessage(e.data) || e.source !== window.opener || e.data.kind !== 'state') return;
    onShown(e.data.shown);
  };
  window.addEventListener('message', onMessage);
  post(window.opener as Window | null, { app: APP, kind: 'hello' });
  return () => window.removeEventListener('message', onMessage);
}
