/**
 * The presenter view, in its own window on the teacher's screen: the notes, the step after this
 * one, the time since the presentation started, and the controls. It follows the projected window
 * and its keys (a clicker's too) move both.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../words/i18n';
import { useAuthored } from '../words/labels';
import { Arrow } from '../ui/Arrow';
import { findTour, useStore } from '../store/store';
import { commandForKey, notForClicker, pageIsRtl } from './classroom-keys';
import { laterNotesOf, pageOfStep } from './later';
import { LaterNotes } from './LaterNotes';
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
  const t = useT();
  const authored = useAuthored();
  const model = useStore((s) => s.model);
  const myTours = useStore((s) => s.myTours);
  // undefined: no word yet from the projected window; null: it has closed.
  const [shown, setShown] = useState<Shown | null | undefined>(undefined);
  const [linked, setLinked] = useState(connected);
  const [now, setNow] = useState(Date.now);

  useEffect(
    function follow() {
      document.title = t('classroom.presenter.documentTitle');
      const stop = followProjected(setShown);
      const tick = window.setInterval(() => {
        setNow(Date.now());
        setLinked(connected());
      }, 1000);
      return () => {
        stop();
        window.clearInterval(tick);
      };
    },
    [t],
  );

  const live = linked && !!shown?.present;
  useEffect(
    function clickerKeys() {
      const onKey = (e: KeyboardEvent) => {
        if (notForClicker(e) || !live) return;
        const command = commandForKey(e);
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
    ? t('classroom.presenter.notConnected')
    : shown === undefined
      ? t('classroom.presenter.connecting')
      : shown === null
        ? t('classroom.presenter.closed')
        : !shown.present
          ? t('classroom.presenter.ended')
          : null;
  const command = (c: Command) => () => sendCommand(c);
  const notes = model && step ? laterNotesOf(model, step) : [];
  const where = shown ? pageOfStep(shown.page, shown.pages, notes.length > 0) : null;
  const rtl = pageIsRtl();
  const tourTitle = tour && authored(tour, 'title');
  const caption = step && authored(step, 'caption');
  const stepNotes = step?.notes ? authored(step, 'notes') : null;
  const next = after && authored(after, 'caption');
  return (
    <main className="presenter">
      <header className="presenter-head">
        <h1>{t('classroom.presenterView')}</h1>
        {tourTitle && (
          <p className="presenter-tour" {...tourTitle.attrs}>
            {tourTitle.text}
          </p>
        )}
        <p className="presenter-clock">
          {t('classroom.presenter.elapsed')} <time dir="ltr">{clockWords(shown ? now - shown.startedAt : 0)}</time>
        </p>
      </header>
      {status && (
        <p className="presenter-status" role="status">
          {status}
        </p>
      )}
      {live && step && tour && shown && where && (
        <>
          <section className="presenter-now" aria-label={t('classroom.presenter.nowShowing')}>
            <h2>{t('classroom.presenter.now')}</h2>
            <p className="presenter-count">
              {t('classroom.stepCount', { n: index + 1, total: tour.steps.length })}
              {where.claimPages > 1 &&
                !where.revealed &&
                t('classroom.presenter.pageOf', { page: where.claimPage + 1, pages: where.claimPages })}
              {where.revealed && t('classroom.presenter.laterShown')}
              {shown.autoplay && t('classroom.presenter.autoplaying')}
            </p>
            <p className="presenter-caption" {...caption?.attrs}>
              {caption?.text}
            </p>
          </section>
          <section className="presenter-notes" aria-label={t('classroom.presenter.notes.label')}>
            <h2>{t('classroom.presenter.notes')}</h2>
            {stepNotes ? <p {...stepNotes.attrs}>{stepNotes.text}</p> : <p>{t('classroom.noNotes')}</p>}
            {notes.length > 0 && <LaterNotes notes={notes} full className="presenter-later" />}
          </section>
          <section className="presenter-next" aria-label={t('classroom.next')}>
            <h2>{t('classroom.next')}</h2>
            <p>
              {where.claimPage < where.claimPages - 1 && !where.revealed ? (
                t('classroom.presenter.nextPage', { page: where.claimPage + 2 })
              ) : notes.length && !where.revealed ? (
                t('classroom.presenter.nextLater')
              ) : after ? (
                <>
                  {t('classroom.presenter.nextStep', { n: index + 2 })} <span {...next?.attrs}>{next?.text}</span>
                </>
              ) : (
                t('classroom.presenter.end')
              )}
            </p>
          </section>
        </>
      )}
      <nav className="presenter-controls" aria-label={t('classroom.controls')}>
        {live || !linked || shown === undefined ? (
          <>
            <button type="button" onClick={command('previous')} disabled={!live}>
              <Arrow to="back" /> {t('classroom.back')}
            </button>
            <button type="button" onClick={command('next')} disabled={!live}>
              {t('classroom.next')} <Arrow to="forward" />
            </button>
            <button type="button" onClick={command(shown?.autoplay ? 'pause' : 'autoplay')} disabled={!live}>
              {shown?.autoplay ? t('classroom.pauseAutoplay') : t('classroom.autoplay')}
            </button>
            <button type="button" onClick={command('leave')} disabled={!live}>
              {t('classroom.presenter.endPresentation')}
            </button>
          </>
        ) : (
          shown && (
            <button type="button" onClick={command('start')}>
              {t('classroom.presenter.start')}
            </button>
          )
        )}
      </nav>
      <p className="presenter-keys">
        <FormattedMessage
          id="classroom.presenter.keys"
          values={{
            next: rtl ? '←' : '→',
            back: rtl ? '→' : '←',
            // The keys as their caps say them, in English on an Arabic keyboard too.
            k: (chunks: ReactNode[]) => (
              <kbd lang="en" dir="ltr">
                {chunks}
              </kbd>
            ),
          }}
        />
      </p>
    </main>
  );
}
