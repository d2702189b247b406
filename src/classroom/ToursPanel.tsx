/**
 * Tours: the built-in one, and the teacher's own — made from the selected event or claim,
 * captioned, reordered, shared as a link, exported and imported as JSON files.
 */
import { words } from '../words/message';
import { useEffect, useRef, useState } from 'react';
import type { Tour, TourStep } from '../../geo/types';
import type { Model } from '../data/model';
import { useStore } from '../store/store';
import { enterPresentation } from './classroom-keys';
import { CopyLink } from './CopyLink';
import { StepEditor, StepSubject } from './StepEditor';
import { shareLink, stepLink } from '../data/tour-links';
import { saveFile } from '../ui/save-file';
import { newTourId, parseTourText, stepFor, unreadableTours } from '../data/tour-file';

function download(tour: Tour): void {
  saveFile(
    `according-to-tour-${
      tour.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'untitled'
    }.json`,
    'application/json',
    JSON.stringify(tour, null, 2),
  );
}

const tourSectionId = (id: string) => `tour-${id}`;

function present(tour: Tour, stepId?: string): void {
  useStore.getState().goToStep(tour.id, stepId ?? tour.steps[0]?.id ?? null);
  enterPresentation();
}

/** The step a teacher would add now: the selected event, with the claim shown if there is one. */
function useCandidateStep(): TourStep | null {
  const model = useStore((s) => s.model)!;
  const eventId = useStore((s) => s.view.event);
  const claimId = useStore((s) => s.view.claim);
  if (!eventId) return null;
  const event = model.eventById.get(eventId);
  if (!event) return null;
  const claims =
    claimId && model.claimById.get(claimId)?.event.id === eventId ? [claimId] : event.properties.claims.slice(0, 2).map((c) => c.id);
  return stepFor(model, eventId, claims, '');
}

/** A step with only a caption (the tour's title, to be rewritten), no event: the whole map. */
function titleStep(tour: Tour, model: Model): TourStep {
  return withNewId({ id: '', event: null, claims: [], caption: tour.title, notes: '', to: model.span.end, later: false }, tour);
}

/** A step id not yet used in the tour: s1, s2, … */
function withNewId(step: TourStep, tour: Tour | null): TourStep {
  const used = new Set(tour?.steps.map((s) => s.id));
  let n = (tour?.steps.length ?? 0) + 1;
  while (used.has(`s${n}`)) n++;
  return { ...step, id: `s${n}` };
}

function StepList({ tour, editable }: { tour: Tour; editable: boolean }) {
  const currentTour = useStore((s) => s.view.tour);
  const currentStep = useStore((s) => s.view.step);
  const { goToStep, saveTour } = useStore.getState();
  const update = (steps: TourStep[]) => saveTour({ ...tour, steps });
  return (
    <ol className="tour-steps">
      {tour.steps.map((s, i) => (
        <li key={s.id} aria-current={currentTour === tour.id && currentStep === s.id ? 'step' : undefined}>
          {editable ? (
            <StepEditor step={s} n={i + 1} onChange={(next) => update(tour.steps.map((x) => (x.id === s.id ? next : x)))} />
          ) : (
            <>
              <StepSubject step={s} />
              <p className="tour-caption">{s.caption}</p>
            </>
          )}
          <div className="tour-step-actions">
            <button type="button" className="link-button" onClick={() => goToStep(tour.id, s.id)}>
              Show
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => present(tour, s.id)}
              aria-label={`Preview step ${i + 1}, presented`}
            >
              Preview
            </button>
            <CopyLink link={() => stepLink(tour, s.id, !editable)} label="Step link" />
            {editable && (
              <>
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={`Move step ${i + 1} up`}
                  onClick={() => update(swap(tour.steps, i, i - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === tour.steps.length - 1}
                  aria-label={`Move step ${i + 1} down`}
                  onClick={() => update(swap(tour.steps, i, i + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  disabled={tour.steps.length === 1}
                  aria-label={`Delete step ${i + 1}`}
                  onClick={() => update(tour.steps.filter((x) => x.id !== s.id))}
                >
                  Delete
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

function MyTour({ tour, fresh }: { tour: Tour; fresh: boolean }) {
  const candidate = useCandidateStep();
  const model = useStore((s) => s.model)!;
  const { saveTour, deleteTour } = useStore.getState();
  const [confirm, setConfirm] = useState(false);
  const title = useRef<HTMLInputElement>(null);
  useEffect(
    function focusNewTour() {
      // A tour just made is far down the list: its title, ready to be renamed, is where focus goes.
      if (!fresh) return;
      // After the frame: the panel returns to its top when the step's place becomes the selection.
      const frame = requestAnimationFrame(() => {
        // The whole tour from its top (the title's label too), then focus without another scroll.
        title.current?.closest('section')?.scrollIntoView({ block: 'start' });
        title.current?.focus({ preventScroll: true });
        title.current?.select();
      });
      return () => cancelAnimationFrame(frame);
    },
    [fresh],
  );
  return (
    <section className="tour mine" aria-label={tour.title} id={tourSectionId(tour.id)}>
      <label className="tour-title-edit">
        Title
        <input ref={title} value={tour.title} onChange={(e) => saveTour({ ...tour, title: e.target.value })} />
      </label>
      <StepList tour={tour} editable />
      <div className="tour-actions">
        <button
          type="button"
          disabled={!candidate}
          onClick={() => candidate && saveTour({ ...tour, steps: [...tour.steps, withNewId(candidate, tour)] })}
        >
          Add the selected event as a step
        </button>
        {!candidate && <span className="muted">Select an event (or a claim) first.</span>}
        {candidate && <span className="muted">“{model.eventById.get(candidate.event)?.properties.title}”</span>}
      </div>
      {tour.steps[0]?.event ? (
        <div className="tour-actions">
          <button type="button" onClick={() => saveTour({ ...tour, steps: [titleStep(tour, model), ...tour.steps] })}>
            Start with a title step
          </button>
          <span className="muted">A caption alone, before the first event: the map shows every event.</span>
        </div>
      ) : null}
      <div className="tour-actions">
        <button type="button" onClick={() => present(tour)}>
          Present
        </button>
        <CopyLink link={() => shareLink(tour)} label="Share link" />
        <button type="button" onClick={() => download(tour)}>
          Export file
        </button>
        {confirm ? (
          <button type="button" className="danger" onClick={() => deleteTour(tour.id)}>
            Really delete “{tour.title}”?
          </button>
        ) : (
          <button type="button" onClick={() => setConfirm(true)}>
            Delete tour
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * Import: the message stands beside the control, where the person is looking, in a live region
 * that exists before it is filled (so screen readers announce it). A success says where the
 * tour is and offers to go there.
 */
function ImportTour() {
  const model = useStore((s) => s.model)!;
  const { saveTour, goToStep } = useStore.getState();
  const [result, setResult] = useState<{ ok: boolean; lines: string[]; tour?: string } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseTourText(await file.text(), model);
    if (!parsed.ok) {
      setResult({ ok: false, lines: parsed.errors });
      return;
    }
    const mine = useStore.getState().myTours;
    const tour = mine.some((t) => t.id === parsed.tour.id) ? { ...parsed.tour, id: newTourId() } : parsed.tour;
    const saved = saveTour(tour);
    goToStep(tour.id, tour.steps[0].id);
    setResult(
      saved.ok
        ? { ok: true, lines: [`Imported “${tour.title}”, ${tour.steps.length} steps: it is listed below.`], tour: tour.id }
        : {
            ok: false,
            tour: tour.id,
            lines: [
              `“${tour.title}” is open in this tab but was not saved in this browser: ${words(saved.message)}`,
              'Export it (Export file, below the tour) to keep it.',
            ],
          },
    );
  };
  const message = useRef<HTMLDivElement>(null);
  useEffect(
    function keepTheMessageInView() {
      // Importing opens the tour's first step, and the panel returns to its top: the message is
      // brought back to where the person was looking, after that frame.
      if (!result) return;
      const frame = requestAnimationFrame(() => message.current?.scrollIntoView({ block: 'nearest' }));
      return () => cancelAnimationFrame(frame);
    },
    [result],
  );
  const goTo = (id: string) => {
    const section = document.getElementById(tourSectionId(id));
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector('input')?.focus();
  };
  return (
    <div className="tour-import" ref={message}>
      <label>
        Import a tour file (.json){' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            // Cleared, so that choosing the same file again (after fixing it) imports it again.
            e.target.value = '';
          }}
        />
      </label>
      <div role="status" className="tour-import-message">
        {result?.ok && (
          <div className="import-ok">
            {result.lines.join(' ')}{' '}
            {result.tour && (
              <button type="button" className="link-button" onClick={() => goTo(result.tour!)}>
                Go to the tour
              </button>
            )}
          </div>
        )}
      </div>
      {result && !result.ok && (
        <div role="alert" className="import-error">
          <strong>{result.tour ? 'The tour was imported but not saved.' : 'This file was not imported; nothing changed.'}</strong>
          <ul>
            {result.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function ToursPanel() {
  const model = useStore((s) => s.model)!;
  const myTours = useStore((s) => s.myTours);
  const candidate = useCandidateStep();
  const { saveTour, goToStep } = useStore.getState();
  const [fresh, setFresh] = useState<string | null>(null);
  useEffect(function showOpenTour() {
    // Opened on one of the reader's own tours (a shared link, a step link): that tour is in view,
    // not the built-in one above it.
    const { view, myTours: mine } = useStore.getState();
    if (!view.tour || !mine.some((t) => t.id === view.tour)) return;
    const frame = requestAnimationFrame(() => document.getElementById(tourSectionId(view.tour!))?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, []);
  const startTour = () => {
    if (!candidate) return;
    const step = withNewId(candidate, null);
    const tour: Tour = { id: newTourId(), title: 'My tour', description: '', steps: [step] };
    saveTour(tour);
    goToStep(tour.id, step.id);
    setFresh(tour.id);
  };
  return (
    <div className="tours-view">
      {model.tours.map((t) => (
        <section key={t.id} className="tour" aria-label={t.title}>
          <h2>{t.title}</h2>
          <p className="muted">{t.description}</p>
          <div className="tour-actions">
            <button type="button" className="primary" onClick={() => present(t)}>
              Present (P)
            </button>
            <button
              type="button"
              onClick={() => {
                present(t);
                useStore.getState().setAutoplay(true);
              }}
            >
              Autoplay
            </button>
            <button
              type="button"
              onClick={() => {
                useStore.getState().goToStep(t.id, t.steps[0].id);
                useStore.getState().setHandout(true);
              }}
            >
              Handout
            </button>
          </div>
          <StepList tour={t} editable={false} />
        </section>
      ))}
      <h2>Your tours</h2>
      <p className="muted">Kept in this browser. Share them as a link, or export them as a file for another computer.</p>
      {unreadableTours() !== null && (
        <p role="note" className="import-error">
          Tours saved earlier in this browser could not be read; they are kept as they were.{' '}
          <button type="button" onClick={() => saveFile('according-to-unreadable-tours.json', 'application/json', unreadableTours() ?? '')}>
            Download the unreadable tours
          </button>
        </p>
      )}
      <ImportTour />
      {myTours.map((t) => (
        <MyTour key={t.id} tour={t} fresh={t.id === fresh} />
      ))}
      <div className="tour-actions">
        <button type="button" disabled={!candidate} onClick={startTour}>
          New tour from the selected event
        </button>
        {!candidate && <span className="muted">Select an event on the map first.</span>}
      </div>
    </div>
  );
}
