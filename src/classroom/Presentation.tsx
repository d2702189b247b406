/**
 * Presentation mode: one step at a time, in projector type — the caption, the step's claims
 * with their chains and stances, and (N) the presenter's notes.
 */
import { whenWords } from '../format/dates';
import { quoted } from '../format/labels';
import { Chain, StanceBadge } from '../panel/ClaimCard';
import { findTour, useStore } from '../store/store';
import { leavePresentation } from './classroom-keys';

export function Presentation() {
  const model = useStore((s) => s.model);
  const tour = useStore((s) => findTour(s, s.view.tour));
  const stepId = useStore((s) => s.view.step);
  const notes = useStore((s) => s.notes);
  const autoplay = useStore((s) => s.autoplay);
  if (!model || !tour) return null;
  const index = Math.max(
    0,
    tour.steps.findIndex((s) => s.id === stepId),
  );
  const step = tour.steps[index];
  const event = model.eventById.get(step.event);
  const { stepTour, setAutoplay, toggleNotes } = useStore.getState();
  return (
    <aside className="presentation" aria-label="Presentation">
      <header className="presentation-head">
        <p className="presentation-tour">{tour.title}</p>
        <p className="presentation-count" aria-live="polite">
          Step {index + 1} of {tour.steps.length}
        </p>
      </header>
      <div className="presentation-step" key={step.id}>
        {event && (
          <p className="presentation-where">
            {event.properties.place?.name ?? 'Not on the map'} · {whenWords(event.properties.when)}
          </p>
        )}
        <h2 className="presentation-caption">{step.caption}</h2>
        {step.claims.map((id) => {
          const found = model.claimById.get(id);
          if (!found) return null;
          const report = model.reportById.get(found.claim.report);
          return (
            <figure key={id} className="presentation-claim">
              <blockquote>{quoted(found.claim.quote.exact)}</blockquote>
              <figcaption>
                <Chain asserters={found.claim.asserters} />
                <span className="presentation-claim-meta">
                  <StanceBadge claim={found.claim} /> <span>{report?.outlet.value}</span>
                </span>
              </figcaption>
            </figure>
          );
        })}
      </div>
      {notes && (
        <section className="presenter-notes" aria-label="Presenter notes">
          <h3>Notes</h3>
          <p>{step.notes || 'No notes for this step.'}</p>
        </section>
      )}
      <nav className="presentation-controls" aria-label="Presentation controls">
        <button type="button" onClick={() => stepTour(-1)} disabled={index === 0} aria-label="Previous step">
          ←
        </button>
        <button type="button" onClick={() => stepTour(1)} disabled={index === tour.steps.length - 1} aria-label="Next step">
          →
        </button>
        {/* Its own press must not count as the click that pauses autoplay. */}
        <button type="button" onPointerDown={(e) => e.stopPropagation()} onClick={() => setAutoplay(!autoplay)}>
          {autoplay ? 'Pause autoplay' : 'Autoplay'}
        </button>
        <button type="button" onClick={toggleNotes} aria-pressed={notes}>
          Notes (N)
        </button>
        <button type="button" onClick={leavePresentation}>
          Leave (Esc)
        </button>
      </nav>
    </aside>
  );
}
