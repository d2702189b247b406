/**
 * One step of a teacher's own tour, as the editor shows it: what the step is about (its event,
 * place and date), its caption and notes, and the claims it shows, chosen with checkboxes.
 */
import type { TourStep } from '../../geo/types';
import { whenWords } from '../words/dates';
import { useT } from '../words/i18n';
import { clip, quoted, useLabels, useNames, authoredIn } from '../words/labels';
import { useStore } from '../store/store';
import { useLanguage } from '../store/language';
import { dataText } from './data-text';
import '../styles/tour-editor.css';
import { SPACE, DOT } from './punctuation';
import { DateText } from './DateText';

/** "Siege of Amerli broken · Amerli · 31 August 2014", or what a title step is. */
export function StepSubject({ step }: { step: TourStep }) {
  const t = useT();
  const model = useStore((s) => s.model)!;
  const name = useNames();
  const lang = useLanguage((s) => s.lang);
  const event = step.event ? model.eventById.get(step.event) : undefined;
  if (!event) return <p className="tour-step-subject">{t('classroom.step.titleStep')}</p>;
  const p = event.properties;
  const title = authoredIn(p, 'title', lang);
  return (
    <p className="tour-step-subject">
      <strong {...title.attrs}>{title.text}</strong>
      {DOT}
      {p.place ? <bdi>{name(p.place)}</bdi> : t('classroom.handout.notOnMap')}
      {DOT}
      <DateText>{whenWords(p.when)}</DateText>
    </p>
  );
}

export function StepEditor({ step, n, onChange }: { step: TourStep; n: number; onChange: (step: TourStep) => void }) {
  const t = useT();
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
        {t('classroom.step.caption')}
        <textarea dir="auto" value={step.caption} rows={2} onChange={(e) => onChange({ ...step, caption: e.target.value })} />
      </label>
      <label>
        {t('classroom.step.notes')}
        <textarea dir="auto" value={step.notes} rows={2} onChange={(e) => onChange({ ...step, notes: e.target.value })} />
      </label>
      {event && (
        <fieldset className="tour-step-claims">
          <legend>{t('classroom.step.claims', { n })}</legend>
          {event.properties.claims.map((c) => {
            // A step shows at least one claim: the last one chosen cannot be unticked.
            const last = chosen.has(c.id) && chosen.size === 1;
            return (
              <label key={c.id} className="tour-step-claim">
                <input type="checkbox" checked={chosen.has(c.id)} disabled={last} onChange={() => toggle(c.id)} />
                <span>
                  <span {...dataText(c.quote.exact)}>{quoted(clip(c.quote.exact, 110))}</span>
                  {SPACE}
                  <span className="muted">
                    {t('classroom.step.dash')}
                    <bdi>{model.reportById.get(c.report)?.outlet.value}</bdi>
                    {t('classroom.listSeparator')}
                    {labels.stance[c.stance].label.toLowerCase()}
                    {last && t('classroom.step.atLeastOne')}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
      {event && event.properties.later.length > 0 && (
        <label className="tour-step-later">
          <input type="checkbox" checked={step.later} onChange={(e) => onChange({ ...step, later: e.target.checked })} />
          {SPACE}
          {t('classroom.step.later')}
        </label>
      )}
    </>
  );
}
