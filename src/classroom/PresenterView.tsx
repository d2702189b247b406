/**
 * The presenter view, in its own window on the teacher's screen: the notes, the step after this
 * one, the time since the presentation started, and the controls. It follows the projected window
 * and its keys (a clicker's too) move both.
 */
import { useEffect, useState } from 'react';
import { findTour, useStore } from '../store/store';
import { commandForKey, notForClicker } from './classroom-keys';
import { connected, followProjected, sendCommand, type Command, type Shown } from './presenter-link';
import './presentation.css';
import './presenter.css';

export function clockWords(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h ? `${h}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${Math.floor(s / 60)}:${two(s % 60)}`;
}

export function PresenterView() {
  const model = useStore((s) => s.model);
  const myTours = useStore((s) => s.myTours);
  // undefined: no word yet from the projected window; null: it has closed.
  const [shown, setShown] = useState<Shown | null | undefined>(undefined);
  const [linked, setLinked] = useState(connected);
  const [now, setNow] = useState(Date.now);

  useEffect(function follow() {
    document.title = 'Presenter view — According to';
    const stop = followProjected(setShown);
    const tick = window.setInterval(() => {
      setNow(Date.now());
      setLinked(connected());
    }, 1000);
    return () => {
      stop();
      window.clearInterval(tick);
    };
  }, []);

  const live = linked && !!shown?.present;
  useEffect(
    function clickerKeys() {
      const onKey = (e: KeyboardEvent) => {
        if (notForClicker(e) || !live) return;
        const command = commandForKey(e.key);
        // As in the projected window, any key pauses autoplay.
        if (command || shown?.autoplay) {
          e.preventDefault();
          sendCommand(command ?? 'pause');
        }
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [live, shown?.autoplay],
  );

  const tour = model && shown ? findTour({ model, myTours }, shown.tour) : undefined;
  const index = tour ? tour.steps.findIndex((s) => s.id === shown?.step) : -1;
  const step = tour?.steps[index];
  const after = tour?.steps[index + 1];
  const status = !linked
    ? 'Not connected: the presentation’s window has closed, or this window was not opened from it. Open the presenter view from the presentation (the Presenter view button, or N).'
    : shown === undefined
      ? 'Connecting to the presentation…'
      : shown === null
        ? 'The presentation’s window has closed.'
        : !shown.present
          ? 'The presentation has ended. Start it again here or in the other window.'
          : null;
  const command = (c: Command) => () => sendCommand(c);
  return (
    <main className="presenter">
      <header className="presenter-head">
        <h1>Presenter view</h1>
        {tour && <p className="presenter-tour">{tour.title}</p>}
        <p className="presenter-clock">
          Elapsed <time>{shown ? clockWords(now - shown.startedAt) : '0:00'}</time>
        </p>
      </header>
      {status && (
        <p className="presenter-status" role="status">
          {status}
        </p>
      )}
      {live && step && tour && shown && (
        <>
          <section className="presenter-now" aria-label="Now showing">
            <h2>Now</h2>
            <p className="presenter-count">
              Step {index + 1} of {tour.steps.length}
              {shown.pages > 1 && ` · page ${Math.min(shown.page, shown.pages - 1) + 1} of ${shown.pages}`}
              {shown.autoplay && ' · autoplay'}
            </p>
            <p className="presenter-caption">{step.caption}</p>
          </section>
          <section className="presenter-notes" aria-label="Presenter notes">
            <h2>Notes</h2>
            <p>{step.notes || 'No notes for this step.'}</p>
          </section>
          <section className="presenter-next" aria-label="Next">
            <h2>Next</h2>
            <p>
              {shown.page < shown.pages - 1
                ? `Page ${shown.page + 2} of this step.`
                : after
                  ? `Step ${index + 2}: ${after.caption}`
                  : 'The end of the tour.'}
            </p>
          </section>
        </>
      )}
      <nav className="presenter-controls" aria-label="Presentation controls">
        {live || !linked || shown === undefined ? (
          <>
            <button type="button" onClick={command('previous')} disabled={!live}>
              ← Back
            </button>
            <button type="button" onClick={command('next')} disabled={!live}>
              Next →
            </button>
            <button type="button" onClick={command(shown?.autoplay ? 'pause' : 'autoplay')} disabled={!live}>
              {shown?.autoplay ? 'Pause autoplay' : 'Autoplay'}
            </button>
            <button type="button" onClick={command('leave')} disabled={!live}>
              End the presentation
            </button>
          </>
        ) : (
          shown && (
            <button type="button" onClick={command('start')}>
              Start presenting
            </button>
          )
        )}
      </nav>
      <p className="presenter-keys">
        Keys and clickers work in this window too: <kbd>→</kbd> <kbd>Page Down</kbd> <kbd>Space</kbd> next, <kbd>←</kbd> <kbd>Page Up</kbd>{' '}
        back, <kbd>Home</kbd> <kbd>End</kbd> first and last step, <kbd>A</kbd> autoplay, <kbd>Esc</kbd> ends.
      </p>
    </main>
  );
}
