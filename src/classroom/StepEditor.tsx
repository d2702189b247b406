/**
 * One step of a teacher's own tour, as the editor shows it: what the step is about (its event,
 * place and date), its caption and notes, and the claims it shows, chosen with checkboxes.
 */
import type { TourStep } from '../../geo/types';
import { whenWords } from '../words/dates';
import { clip, quoted, useLabels, useNames } from '../words/labels';
import { useStore } from '../store/store';
import '../styles/tour-editor.css';

/** "Siege of Amerli broken · Amerli · 31 August 2014", or what a title step is. */
export function StepSubject({ step }: { step: TourStep }) {
  const model = useStore((s) => s.model)!;
  const name = useNames();
  const event = step.event ? model.eventById.get(step.event) : undefined;
  if (!event) return <p className="tour-step-subject">Title step: a caption, with no event (the map shows every event)</p>;
  const p = event.properties;
  return (
    <p className="tour-step-subject">
      <strong>{p.title}</strong> · {p.place ? name(p.place) : 'not on the map'} · {whenWords(p.when)}
    </p>
  );
}

export function StepEditor({ step, n, onChange }: { step: TourStep; n: number; onChange: (step: TourStep) => void }) {
  const model = useStore((s) => s.model)!;
  const labels = useLabels();
  const event = step.event ? model.eventById.get(step.event) : undefined;
  const chosen = new Set(step.claims);
  const toggle = (id: string) =>
    onChange({
      ...step,
      // Kept in the event's own order, whatever order they were ticked in.
      claims: (event?.properties.claims ?? []).map((c) => c.id).filter((c) => (c === id ? !chosen.has(c) : chosen.has(c))),
    });
  return (
    <>
      <StepSubject step={step} />
      <label>
        Caption
        <textarea value={step.caption} rows={2} onChange={(e) => onChange({ ...step, caption: e.target.value })} />
      </label>
      <label>
        Notes
        <textarea value={step.notes} rows={2} onChange={(e) => onChange({ ...step, notes: e.target.value })} />
      </label>
      {event && (
        <fieldset className="tour-step-claims">
          <legend>Claims shown in step {n}</legend>
          {event.properties.claims.map((c) => {
            // A step shows at least one claim: the last one chosen cannot be unticked.
            const last = chosen.has(c.id) && chosen.size === 1;
            return (
              <label key={c.id} className="tour-step-claim">
                <input type="checkbox" checked={chosen.has(c.id)} disabled={last} onChange={() => toggle(c.id)} />
                <span>
                  {quoted(clip(c.quote.exact, 110))}{' '}
                  <span className="muted">
                    — {model.reportById.get(c.report)?.outlet.value}, {labels.stance[c.stance].label.toLowerCase()}
                    {last && ' (a step shows at least one claim)'}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
    </>
  );
}
