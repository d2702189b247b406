/**
 * Tours: the built-in one, and the teacher's own — made from the selected event or claim,
 * captioned, reordered, shared as a link, exported and imported as JSON files.
 */
import { valueOf, words } from '../words/message';
import '../words/problems';
import { useEffect, useRef, useState } from 'react';
import type { Tour, TourStep } from '../../geo/types';
import type { Model } from '../data/model';
import { useStore } from '../store/store';
import { loadWords, t as translate, useT } from '../words/i18n';
import { decodeText } from '../../geo/core/text/text-file';
import { enterPresentation } from './classroom-keys';
import { CopyLink } from './CopyLink';
import { TourCode } from './TourCode';
import { StepEditor, StepSubject } from './StepEditor';
import { useAuthored, type Shown } from '../words/labels';
import { embedSnippet, exerciseLink, shareLink, stepLink, studentTourLink, tourEmbedLink, viewEmbedLink } from '../data/tour-links';
import { saveFile } from '../ui/save-file';
import { newTourId, parseTourText, stepFor, unreadableTours } from '../data/tour-file';
import { SPACE, UP, DOWN } from './punctuation';

function download(tour: Tour): void {
  saveFile(
    `according-to-tour-${
      tour.title
        .toLowerCase()
        // Letters of any script: an Arabic title names its file too.
        .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'untitled'
    }.json`,
    'application/json',
    JSON.stringify(tour, null, 2),
  );
}

/** An event's title as the editor quotes it: data, in the reader's language where the map gives it. */
function quotedTitle(title: Shown) {
  return <span {...title.attrs}>{translate('classroom.tours.quoted', { title: title.text })}</span>;
}

const tourSectionId = (id: string) => `tour-${id}`;

function present(tour: Tour, stepId?: string): void {
  useStore.getState().goToStep(tour.id, stepId ?? tour.steps[0]?.id ?? null);
  enterPresentation();
}

/** The step a teacher would add now: the selected event, with the claim shown if there is one. */
function useCandidateStep(): TourStep | null {
  const model = useStore((s) => s.model)!;
  const authored = useAuthored();
  const eventId = useStore((s) => s.view.event);
  const claimId = useStore((s) => s.view.claim);
  if (!eventId) return null;
  const event = model.eventById.get(eventId);
  if (!event) return null;
  const claims =
    claimId && model.claimById.get(claimId)?.event.id === eventId ? [claimId] : event.properties.claims.slice(0, 2).map((c) => c.id);
  const step = stepFor(model, eventId, claims, '');
  // Its first caption is the event's title as the teacher reads it.
  return step && { ...step, caption: authored(event.properties, 'title').text };
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
  const t = useT();
  const authored = useAuthored();
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
              <p className="tour-caption" {...authored(s, 'caption').attrs}>
                {authored(s, 'caption').text}
              </p>
            </>
          )}
          <div className="tour-step-actions">
            <button type="button" className="link-button" onClick={() => goToStep(tour.id, s.id)}>
              {t('classroom.tours.show')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => present(tour, s.id)}
              aria-label={t('classroom.tours.preview.label', { n: i + 1 })}
            >
              {t('classroom.tours.preview')}
            </button>
            <CopyLink link={() => stepLink(tour, s.id, !editable, 'teacher')} label={t('classroom.tours.stepLink')} />
            {editable && (
              <>
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={t('classroom.tours.moveUp', { n: i + 1 })}
                  onClick={() => update(swap(tour.steps, i, i - 1))}
                >
                  {UP}
                </button>
                <button
                  type="button"
                  disabled={i === tour.steps.length - 1}
                  aria-label={t('classroom.tours.moveDown', { n: i + 1 })}
                  onClick={() => update(swap(tour.steps, i, i + 1))}
                >
                  {DOWN}
                </button>
                <button
                  type="button"
                  disabled={tour.steps.length === 1}
                  aria-label={t('classroom.tours.deleteStep', { n: i + 1 })}
                  onClick={() => update(tour.steps.filter((x) => x.id !== s.id))}
                >
                  {t('classroom.tours.delete')}
                </button>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** "Who says so?": the tour as an exercise, opened here or sent to students as a link (no notes). */
function Exercise({ tour, builtIn }: { tour: Tour; builtIn: boolean }) {
  const t = useT();
  const authored = useAuthored();
  const [code, setCode] = useState(false);
  return (
    <>
      <div className="tour-actions">
        <button
          type="button"
          onClick={() => {
            useStore.getState().goToStep(tour.id, tour.steps[0]?.id ?? null);
            useStore.getState().setExercise(true);
          }}
        >
          {t('classroom.tours.exercise')}
        </button>
        <CopyLink link={() => exerciseLink(tour, builtIn)} label={t('classroom.tours.exerciseLink')} />
        <CopyLink
          link={() => embedSnippet(tourEmbedLink(tour, builtIn), authored(tour, 'title').text)}
          label={t('classroom.tours.embed')}
        />
        <button type="button" aria-expanded={code} onClick={() => setCode(!code)}>
          {code ? t('classroom.code.hide') : t('classroom.code.show')}
        </button>
      </div>
      {code && <TourCode tour={tour} className="tours-code" />}
    </>
  );
}

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

function MyTour({ tour, fresh }: { tour: Tour; fresh: boolean }) {
  const t = useT();
  const authored = useAuthored();
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
        {t('classroom.tours.title')}
        <input ref={title} dir="auto" value={tour.title} onChange={(e) => saveTour({ ...tour, title: e.target.value })} />
      </label>
      <StepList tour={tour} editable />
      <div className="tour-actions">
        <button
          type="button"
          disabled={!candidate}
          onClick={() => candidate && saveTour({ ...tour, steps: [...tour.steps, withNewId(candidate, tour)] })}
        >
          {t('classroom.tours.addStep')}
        </button>
        {!candidate && <span className="muted">{t('classroom.tours.selectFirst')}</span>}
        {candidate && (
          <span className="muted">{quotedTitle(authored(model.eventById.get(candidate.event)?.properties ?? { title: '' }, 'title'))}</span>
        )}
      </div>
      {tour.steps[0]?.event ? (
        <div className="tour-actions">
          <button type="button" onClick={() => saveTour({ ...tour, steps: [titleStep(tour, model), ...tour.steps] })}>
            {t('classroom.tours.titleStep')}
          </button>
          <span className="muted">{t('classroom.tours.titleStep.hint')}</span>
        </div>
      ) : null}
      <div className="tour-actions">
        <button type="button" onClick={() => present(tour)}>
          {t('classroom.tours.present')}
        </button>
        <CopyLink link={() => shareLink(tour, 'students')} label={t('classroom.tours.shareLink.students')} />
        <CopyLink link={() => shareLink(tour, 'teacher')} label={t('classroom.tours.shareLink.teacher')} />
        <button type="button" onClick={() => download(tour)}>
          {t('classroom.tours.export')}
        </button>
        {confirm ? (
          <button type="button" className="danger" onClick={() => deleteTour(tour.id)}>
            {t('classroom.tours.reallyDelete', { title: tour.title })}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirm(true)}>
            {t('classroom.tours.deleteTour')}
          </button>
        )}
      </div>
      <Exercise tour={tour} builtIn={false} />
    </section>
  );
}

/**
 * Import: the message stands beside the control, where the person is looking, in a live region
 * that exists before it is filled (so screen readers announce it). A success says where the
 * tour is and offers to go there.
 */
function ImportTour() {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const { saveTour, goToStep } = useStore.getState();
  const [result, setResult] = useState<{ ok: boolean; lines: string[]; tour?: string } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // The file's bytes read as the build reads its files (not UTF-8, a byte-order mark, NUL bytes:
    // a problem each); its problems worded from their codes, in the reader's language.
    const [bytes] = await Promise.all([file.arrayBuffer(), loadWords('problems')]);
    const decoded = decodeText(new Uint8Array(bytes), file.name, 'yaml');
    const errors = decoded.problems.filter((p) => p.severity === 'error');
    const parsed = errors.length ? { ok: false as const, errors } : parseTourText(decoded.text, model);
    if (!parsed.ok) {
      setResult({ ok: false, lines: parsed.errors.map((e) => String(valueOf(e))) });
      return;
    }
    const mine = useStore.getState().myTours;
    const tour = mine.some((t) => t.id === parsed.tour.id) ? { ...parsed.tour, id: newTourId() } : parsed.tour;
    const saved = saveTour(tour);
    goToStep(tour.id, tour.steps[0].id);
    setResult(
      saved.ok
        ? { ok: true, lines: [t('classroom.import.done', { title: tour.title, n: tour.steps.length })], tour: tour.id }
        : {
            ok: false,
            tour: tour.id,
            lines: [t('classroom.import.notSaved', { title: tour.title, reason: words(saved.message) }), t('classroom.import.exportIt')],
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
        {t('classroom.import.label')}
        {SPACE}
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
            {result.lines.join(' ')}
            {SPACE}
            {result.tour && (
              <button type="button" className="link-button" onClick={() => goTo(result.tour!)}>
                {t('classroom.import.goTo')}
              </button>
            )}
          </div>
        )}
      </div>
      {result && !result.ok && (
        <div role="alert" className="import-error">
          <strong>{result.tour ? t('classroom.import.importedNotSaved') : t('classroom.import.notImported')}</strong>
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
  const t = useT();
  const authored = useAuthored();
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
    const tour: Tour = { id: newTourId(), title: t('classroom.tours.myTour'), description: '', steps: [step] };
    saveTour(tour);
    goToStep(tour.id, step.id);
    setFresh(tour.id);
  };
  return (
    <div className="tours-view">
      {model.tours.map((tour) => (
        <section key={tour.id} className="tour" aria-label={authored(tour, 'title').text}>
          <h2 {...authored(tour, 'title').attrs}>{authored(tour, 'title').text}</h2>
          <p className="muted" {...authored(tour, 'description').attrs}>
            {authored(tour, 'description').text}
          </p>
          <div className="tour-actions">
            <button type="button" className="primary" onClick={() => present(tour)}>
              {t('classroom.tours.presentP')}
            </button>
            <button
              type="button"
              onClick={() => {
                present(tour);
                useStore.getState().setAutoplay(true);
              }}
            >
              {t('classroom.autoplay')}
            </button>
            <button
              type="button"
              onClick={() => {
                useStore.getState().goToStep(tour.id, tour.steps[0].id);
                useStore.getState().setHandout(true);
              }}
            >
              {t('classroom.tours.handout')}
            </button>
            <CopyLink link={() => studentTourLink(tour, true)} label={t('classroom.tours.shareLink.students')} />
          </div>
          <Exercise tour={tour} builtIn />
          <StepList tour={tour} editable={false} />
        </section>
      ))}
      <h2>{t('classroom.tours.yours')}</h2>
      <p className="muted">{t('classroom.tours.yours.hint')}</p>
      {unreadableTours() !== null && (
        <p role="note" className="import-error">
          {t('classroom.tours.unreadable')}
          {SPACE}
          <button type="button" onClick={() => saveFile('according-to-unreadable-tours.json', 'application/json', unreadableTours() ?? '')}>
            {t('classroom.tours.unreadable.download')}
          </button>
        </p>
      )}
      <ImportTour />
      {myTours.map((t) => (
        <MyTour key={t.id} tour={t} fresh={t.id === fresh} />
      ))}
      <div className="tour-actions">
        <button type="button" disabled={!candidate} onClick={startTour}>
          {t('classroom.tours.newTour')}
        </button>
        {!candidate && <span className="muted">{t('classroom.tours.selectEventFirst')}</span>}
      </div>
      <h2>{t('classroom.embed.view')}</h2>
      <p className="muted">{t('classroom.embed.view.hint')}</p>
      <div className="tour-actions">
        <CopyLink
          link={() =>
            embedSnippet(viewEmbedLink(location.hash.replace(/(^#|&)tab=tours(?=&|$)/, '$1')), authored(model.meta, 'title').text)
          }
          label={t('classroom.embed.viewCode')}
        />
      </div>
    </div>
  );
}
