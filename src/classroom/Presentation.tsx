/**
 * Presentation mode: one step at a time, in projector type — the caption and the step's claims
 * with their chains and stances. A step that does not fit the screen first gets smaller type (to a
 * readable floor), then pages that the clicker shows one after another, with a cue that more
 * follows. The notes are never on this screen: they are in the presenter view (N).
 *
 * A step that reveals what was later known (its `later`) takes one more press after its claims:
 * the notes then show below the last page of claims, or with the caption alone, or alone, whichever
 * fits first at the step's type size.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { whenWords } from '../words/dates';
import { useT } from '../words/i18n';
import { useAuthored, quoted, useNames } from '../words/labels';
import { Arrow } from '../ui/Arrow';
import { Chain, StanceBadge } from '../ui/ClaimCard';
import { findTour, useStore } from '../store/store';
import { AutoplayProgress } from './AutoplayProgress';
import { arrowKeys, focusAfterPresentation, leavePresentation, pageIsRtl, showPresenterView } from './classroom-keys';
import { dataText } from './data-text';
import { fittingScale, PAGE_SCALES, pageRange, pageStarts, projectorZoom, SCALES } from './fit';
import { inertOutside } from './inert-outside';
import { laterNotesOf, pageOfStep } from './later';
import { LaterNotes } from './LaterNotes';
import { presentationStarted } from './presenter-link';
import { readingMs } from './reading-time';
import './presentation.css';
import { DOT, MORE } from './punctuation';
import { DateText } from './DateText';
import { TourCode } from './TourCode';

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Is block i (0 is the place, date and caption: the question) hidden on a page showing blocks
 * [first, end)? The question stays on every page, unless the page is what was later known alone.
 */
const blockHidden = (i: number, first: number, end: number, caption: boolean) => (i === 0 ? !caption : i < first || i >= end);

/** Shows the question (unless `caption` is false) and blocks [first, end) of the step, and hides the others. */
function showBlocks(blocks: readonly HTMLElement[], first: number, end: number, caption = true): void {
  blocks.forEach((el, i) => (el.hidden = blockHidden(i, first, end, caption)));
  // On a later page the question is repeated in smaller type: the page is for its claims.
  blocks[0]?.toggleAttribute('data-repeat', first > 0);
}

/** What the reveal of later-known notes shows with them: the last page of claims, the caption, or nothing. */
type Reveal = 'all' | 'caption' | 'alone';

/** The blocks shown with the notes, as [first, end) indexes. */
function revealRange(reveal: Reveal, starts: readonly number[], count: number): [number, number] {
  if (reveal === 'all') return pageRange(starts, starts.length - 1, count);
  return [0, reveal === 'caption' ? 1 : 0];
}

/** Sets the slide's type scale to the largest of `scales` at which what is shown fits; the smallest when none does. */
function fitType(el: HTMLElement, fits: () => boolean, scales: readonly number[]): number | null {
  const scale = fittingScale((s) => {
    el.style.setProperty('--fit', String(s));
    return fits();
  }, scales);
  if (scale === null) el.style.setProperty('--fit', String(scales[scales.length - 1]));
  return scale;
}

export function Presentation() {
  const t = useT();
  const authored = useAuthored();
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
  const [reveal, setReveal] = useState<Reveal>('all');
  const [resized, setResized] = useState(0);
  const [crowded, setCrowded] = useState(false);

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

  useEffect(function scaleWithScreen() {
    // A 4K projector shows what a 1080p one shows, twice the size: the slide, the map and its view.
    const root = document.documentElement;
    const zoom = () => {
      const z = String(projectorZoom(window.innerWidth, window.innerHeight));
      root.style.zoom = z;
      // Viewport units grow with the zoom: the page's height divides by it (presentation.css).
      root.style.setProperty('--projector-zoom', z);
    };
    zoom();
    window.addEventListener('resize', zoom);
    return function unzoom() {
      window.removeEventListener('resize', zoom);
      root.style.zoom = '';
      root.style.removeProperty('--projector-zoom');
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
      const later = box.querySelector<HTMLElement>('[data-later]');
      const cue = el.querySelector<HTMLElement>('.presentation-more')!;
      const fits = () => box.scrollHeight <= box.clientHeight + 1;
      showBlocks(blocks, 0, blocks.length);
      if (later) later.hidden = true;
      // A step with notes to reveal says so on its last page of claims: the cue's line is kept for it.
      cue.hidden = !later;
      const scale = fitType(el, fits, SCALES);
      let next = [0];
      if (scale === null) {
        // Paged at the smallest type, the question on every page: the cue takes its line, the pages what is left.
        cue.hidden = false;
        next = pageStarts(blocks.length, (first, last) => {
          showBlocks(blocks, first, last + 1);
          return fits();
        });
      }
      // The reveal: the notes below the last page of claims if they fit there, else below the caption, else alone.
      let shows: Reveal = 'all';
      if (later) {
        cue.hidden = true;
        later.hidden = false;
        shows =
          (['all', 'caption'] as const).find((r) => {
            const [first, end] = revealRange(r, next, blocks.length);
            showBlocks(blocks, first, end);
            return fits();
          }) ?? 'alone';
      }
      const where = pageOfStep(useStore.getState().page, next.length + (later ? 1 : 0), Boolean(later));
      const [first, end] = where.revealed ? revealRange(shows, next, blocks.length) : pageRange(next, where.claimPage, blocks.length);
      showBlocks(blocks, first, end, !(where.revealed && shows === 'alone'));
      if (later) later.hidden = !where.revealed;
      cue.hidden = where.revealed || (next.length <= 1 && !later);
      // A page of a paged step (or a reveal) grows its type back to fill the room its blocks leave;
      // a claim too long to share a page even with the question alone gets the page to itself.
      const crowded = (scale === null || where.revealed) && fitType(el, fits, PAGE_SCALES) === null && first > 0;
      if (crowded) blocks[0].hidden = true;
      setCrowded(crowded);
      setStarts((old) => (sameList(old, next) ? old : next));
      setReveal(shows);
      useStore.getState().setPages(next.length + (later ? 1 : 0));
    },
    // A language switch changes the caption's words: the step is fitted again.
    [stepId, tour, resized, page, authored],
  );

  useEffect(
    function keepFocusOnTheSlide() {
      const el = aside.current;
      const active = document.activeElement;
      // Focus on what the page turn hid is lost too: the browser would drop it to the page's body.
      if (!el || (active && active !== document.body && active !== el && !active.closest('[hidden]'))) return;
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
  const notes = laterNotesOf(model, step);
  const count = 1 + claims.length;
  const claimPages = starts.length;
  const pages = claimPages + (notes.length ? 1 : 0);
  const where = pageOfStep(page, pages, notes.length > 0);
  const shown = where.claimPage;
  const [first, end] = where.revealed ? revealRange(reveal, starts, count) : pageRange(starts, page, count);
  const hidden = (i: number) => blockHidden(i, first, end, !crowded && !(where.revealed && reveal === 'alone'));
  const tourTitle = authored(tour, 'title');
  const caption = authored(step, 'caption');
  const texts = [caption.text, ...claims.map((c) => c.quote.exact)].slice(first, end);
  if (where.revealed) texts.push(...notes.map((n) => authored(n, 'note').text));
  const { turn, setAutoplay } = useStore.getState();
  const atStart = index === 0 && page === 0;
  const atEnd = index === tour.steps.length - 1 && page >= pages - 1;
  const keys = arrowKeys(pageIsRtl());
  return (
    <aside className="presentation" aria-label={t('classroom.presentation')} ref={aside} tabIndex={-1}>
      <header className="presentation-head">
        <p className="presentation-tour" {...tourTitle.attrs}>
          {tourTitle.text}
        </p>
        <p className="presentation-count" aria-live="polite">
          {t('classroom.stepCount', { n: index + 1, total: tour.steps.length })}
        </p>
      </header>
      <div className="presentation-body" ref={body}>
        <div className="presentation-step" key={step.id}>
          <div data-block hidden={hidden(0)} data-repeat={first > 0 ? '' : undefined}>
            {event && (
              <p className="presentation-where">
                {event.properties.place ? <bdi>{name(event.properties.place)}</bdi> : t('classroom.notOnMap')}
                {DOT}
                <DateText>{whenWords(event.properties.when)}</DateText>
              </p>
            )}
            <h2 className="presentation-caption" tabIndex={-1} {...caption.attrs}>
              {caption.text}
            </h2>
            {/* The title slide offers the tour to students' phones. */}
            {!step.event && <TourCode tour={tour} className="presentation-code" />}
          </div>
          {claims.map((claim, i) => (
            <figure key={claim.id} className="presentation-claim" data-block hidden={hidden(i + 1)}>
              <blockquote {...dataText(claim.quote.exact)}>{quoted(claim.quote.exact)}</blockquote>
              <figcaption>
                <Chain asserters={claim.asserters} />
                <span className="presentation-claim-meta">
                  <StanceBadge claim={claim} /> <bdi>{model.reportById.get(claim.report)?.outlet.value}</bdi>
                </span>
              </figcaption>
            </figure>
          ))}
          {notes.length > 0 && (
            <div data-later hidden={!where.revealed}>
              <LaterNotes notes={notes} full={false} className="presentation-later" />
            </div>
          )}
        </div>
      </div>
      <p className="presentation-more" hidden={where.revealed || (claimPages <= 1 && !notes.length)}>
        {shown < claimPages - 1 ? (
          <>
            <span aria-hidden="true">{MORE}</span>
            {t('classroom.morePages', { page: shown + 1, pages: claimPages })}
          </>
        ) : notes.length ? (
          <>
            <span aria-hidden="true">{MORE}</span>
            {t('classroom.laterFollows')}
          </>
        ) : (
          t('classroom.lastPage', { pages: claimPages })
        )}
      </p>
      <AutoplayProgress ms={readingMs(texts.join(' '))} shownKey={`${step.id}:${page}`} />
      {blocked && (
        <p className="presentation-blocked" role="alert">
          {t('classroom.presenterBlocked')}
        </p>
      )}
      <nav className="presentation-controls" aria-label={t('classroom.controls')}>
        <button
          type="button"
          onClick={() => turn(-1)}
          disabled={atStart}
          aria-label={t('classroom.back')}
          title={t('classroom.back.title', { key: keys.previous })}
        >
          <Arrow to="back" />
        </button>
        <button
          type="button"
          onClick={() => turn(1)}
          disabled={atEnd}
          aria-label={t('classroom.next')}
          title={t('classroom.next.title', { key: keys.next })}
        >
          <Arrow to="forward" />
        </button>
        {/* Its own press must not count as the click that pauses autoplay. */}
        <button type="button" onPointerDown={(e) => e.stopPropagation()} onClick={() => setAutoplay(!autoplay)}>
          {autoplay ? t('classroom.pauseAutoplay') : t('classroom.autoplay')}
        </button>
        <button type="button" onClick={showPresenterView} title={t('classroom.presenterView.title')}>
          {t('classroom.presenterView')}
        </button>
        <button type="button" onClick={leavePresentation} title={t('classroom.leave.title')}>
          {t('classroom.leave')}
        </button>
      </nav>
    </aside>
  );
}
