/**
 * Autoplay (kiosk): each page of a step stays for its reading time, then the next one shows;
 * after the last step the tour starts again. A bar shows how much of the time has passed: it
 * moves smoothly, or in whole seconds without animation when the reader prefers reduced motion.
 */
import { useEffect, useState } from 'react';
import { findTour, useStore } from '../store/store';
import { useT } from '../words/i18n';

function next(): void {
  const s = useStore.getState();
  const tour = findTour(s, s.view.tour);
  if (!tour) return s.setAutoplay(false);
  const atEnd = tour.steps[tour.steps.length - 1].id === s.view.step && s.page >= s.pages - 1;
  // A kiosk loops: after the last page of the last step it starts again.
  if (atEnd) s.stepTour('first');
  else s.turn(1);
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Runs autoplay for the page shown (`shownKey` changes with it) and shows its progress. */
export function AutoplayProgress({ ms, shownKey }: { ms: number; shownKey: string }) {
  const t = useT();
  const autoplay = useStore((s) => s.autoplay);
  // Time passed on the page named by `run`: another page starts from nothing.
  const run = `${shownKey}:${ms}`;
  const [progress, setProgress] = useState({ run, elapsed: 0 });

  useEffect(
    function runAutoplay() {
      if (!autoplay) return;
      const started = Date.now();
      const tick = window.setInterval(
        () => setProgress({ run, elapsed: Math.min(ms, Date.now() - started) }),
        reducedMotion() ? 1000 : 200,
      );
      const timer = window.setTimeout(next, ms);
      // Any click pauses (pointerdown, so the click that started autoplay does not count).
      const pause = () => useStore.getState().setAutoplay(false);
      const armed = window.setTimeout(() => window.addEventListener('pointerdown', pause), 0);
      return function stopAutoplay() {
        window.clearInterval(tick);
        window.clearTimeout(timer);
        window.clearTimeout(armed);
        window.removeEventListener('pointerdown', pause);
      };
    },
    [autoplay, ms, run],
  );

  if (!autoplay) return null;
  const elapsed = progress.run === run ? progress.elapsed : 0;
  const percent = Math.round((elapsed / ms) * 100);
  const left = Math.max(0, Math.ceil((ms - elapsed) / 1000));
  return (
    <div className="autoplay-progress">
      <div
        className="autoplay-bar"
        role="progressbar"
        aria-label={t('classroom.autoplay.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('classroom.autoplay.left', { n: left })}
      >
        <span style={{ inlineSize: `${percent}%` }} />
      </div>
      <span className="autoplay-left" aria-hidden="true">
        {t('classroom.autoplay.seconds', { n: left })}
      </span>
    </div>
  );
}
