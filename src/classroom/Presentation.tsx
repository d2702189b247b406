/**
 * Presentation mode: one step at a time, in projector type — the caption and the step's claims
 * with their chains and stances. A step that does not fit the screen first gets smaller type (to a
 * readable floor), then pages that the clicker shows one after another, with a cue that more
 * follows. The notes are never on this screen: they are in the presenter view (N).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { whenWords } from '../words/dates';
import { quoted, useNames } from '../words/labels';
import { Chain, StanceBadge } from '../ui/ClaimCard';
import { findTour, useStore } from '../store/store';
import { AutoplayProgress } from './AutoplayProgress';
import { focusAfterPresentation, leavePresentation, showPresenterView } from './classroom-keys';
import { fittingScale, pageRange, pageStarts } from './fit';
import { inertOutside } from './inert-outside';
import { presentationStarted } from './presenter-link';
import { readingMs } from './reading-time';
import './presentation.css';

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Shows blocks first..last (inclusive) of the step and hides the others. */
function showBlocks(blocks: readonly HTMLElement[], first: number, last: number): void {
  blocks.forEach((el, i) => (el.hidden = i < first || i > last));
}

export function Presentation() {
  const model = useStore((s) => s.model);
  const tour = useStore((s) => findTour(s, s.view.tour));
  const stepId = useStore((s) => s.view.step);
  const autoplay = useStore((s) => s.autoplay);
  const page = useStore((s) => s.page);
  const blocked = useStore((s) => s.presenterBlocked);
  const name = useNames();
  const aside = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [starts, setStarts] = useState<readonly number[]>([0]);
  const [resized, setResized] = useState(0);

  useEffect(function holdFocus() {
    const el = aside.current!;
    presentationStarted();
    const undo = inertOutside(el);
    (el.querySelector<HTMLElement>('.presentation-caption:not([hidden] *)') ?? el).focus();
    return function giveFocusBack() {
      undo();
      useStore.setState({ presenterBlocked: false });
      focusAfterPresentation();
    };
  }, []);

  useEffect(function refitOnResize() {
    const observer = new ResizeObserver(() => setResized((n) => n + 1));
    observer.observe(aside.current!);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(
    function fitStep() {
      const el = aside.current;
      const box = body.current;
      if (!el || !box) return;
      const blocks = [...box.querySelectorAll<HTMLElement>('[data-block]')];
      const cue = el.querySelector<HTMLElement>('.presentation-more')!;
      const fits = () => box.scrollHeight <= box.clientHeight + 1;
      showBlocks(blocks, 0, blocks.length - 1);
      cue.hidden = true;
      const scale = fittingScale((s) => {
        el.style.setProperty('--fit', String(s));
        return fits();
      });
      let next = [0];
      if (scale === null) {
        // Paged at the smallest type: the cue takes its line, the pages what is left.
        cue.hidden = false;
        next = pageStarts(blocks.length, (first, last) => {
          showBlocks(blocks, first, last);
          return fits();
        });
      }
      const [first, end] = pageRange(next, useStore.getState().page, blocks.length);
      showBlocks(blocks, first, end - 1);
      cue.hidden = next.length <= 1;
      setStarts((old) => (sameList(old, next) ? old : next));
      useStore.getState().setPages(next.length);
    },
    [stepId, tour, resized],
  );

  useEffect(
    function keepFocusOnTheSlide() {
      const el = aside.current;
      if (!el || (document.activeElement && document.activeElement !== document.body)) return;
      // The step's heading went with the step: focus its successor, or the slide when it is on a later page.
      (el.querySelector<HTMLElement>('.presentation-caption:not([hidden] *)') ?? el).focus();
    },
    [stepId, page],
  );

  if (!model || !tour) return null;
  const index = Math.max(
    0,
    tour.steps.findIndex((s) => s.id === stepId),
  );
  const step = tour.steps[index];
  const event = model.eventById.get(step.event);
  const claims = step.claims.flatMap((id) => {
    const found = model.claimById.get(id);
    return found ? [found.claim] : [];
  });
  const count = 1 + claims.length;
  const pages = starts.length;
  const shown = Math.min(page, pages - 1);
  const [first, end] = pageRange(starts, page, count);
  const hidden = (i: number) => i < first || i >= end;
  const texts = [step.caption, ...claims.map((c) => c.quote.exact)];
  const { turn, setAutoplay } = useStore.getState();
  const atStart = index === 0 && shown === 0;
  const atEnd = index === tour.steps.length - 1 && shown === pages - 1;
  return (
    <aside className="presentation" aria-label="Presentation" ref={aside} tabIndex={-1}>
      <header className="presentation-head">
        <p className="presentation-tour">{tour.title}</p>
        <p className="presentation-count" aria-live="polite">
          Step {index + 1} of {tour.steps.length}
        </p>
      </header>
      <div className="presentation-body" ref={body}>
        <div className="presentation-step" key={step.id}>
          <div data-block hidden={hidden(0)}>
            {event && (
              <p className="presentation-where">
                {event.properties.place ? name(event.properties.place) : 'Not on the map'} · {whenWords(event.properties.when)}
              </p>
            )}
            <h2 className="presentation-caption" tabIndex={-1}>
              {step.caption}
            </h2>
          </div>
          {claims.map((claim, i) => (
            <figure key={claim.id} className="presentation-claim" data-block hidden={hidden(i + 1)}>
              <blockquote>{quoted(claim.quote.exact)}</blockquote>
              <figcaption>
                <Chain asserters={claim.asserters} />
                <span className="presentation-claim-meta">
                  <StanceBadge claim={claim} /> <span>{model.reportById.get(claim.report)?.outlet.value}</span>
                </span>
              </figcaption>
            </figure>
          ))}
        </div>
      </div>
      <p className="presentation-more" hidden={pages <= 1}>
        {shown < pages - 1 ? (
          <>
            <span aria-hidden="true">▼ </span>More: page {shown + 1} of {pages}
          </>
        ) : (
          <>
            Page {pages} of {pages}
          </>
        )}
      </p>
      <AutoplayProgress ms={readingMs(texts.slice(first, end).join(' '))} shownKey={`${step.id}:${shown}`} />
      {blocked && (
        <p className="presentation-blocked" role="alert">
          The browser blocked the presenter view’s window. Allow pop-ups for this page, then press N again.
        </p>
      )}
      <nav className="presentation-controls" aria-label="Presentation controls">
        <button type="button" onClick={() => turn(-1)} disabled={atStart} aria-label="Back" title="Back (← or Page Up)">
          ←
        </button>
        <button type="button" onClick={() => turn(1)} disabled={atEnd} aria-label="Next" title="Next (→, Page Down or Space)">
          →
        </button>
        {/* Its own press must not count as the click that pauses autoplay. */}
        <button type="button" onPointerDown={(e) => e.stopPropagation()} onClick={() => setAutoplay(!autoplay)}>
          {autoplay ? 'Pause autoplay' : 'Autoplay'}
        </button>
        <button type="button" onClick={showPresenterView} title="Notes, next step and time in a second window (N)">
          Presenter view
        </button>
        <button type="button" onClick={leavePresentation} title="Leave the presentation (Esc)">
          Leave
        </button>
      </nav>
    </aside>
  );
}
