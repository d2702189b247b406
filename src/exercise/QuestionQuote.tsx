/** A question's claim as a student meets it, on a phone or on paper: where and when, then the quote without its chain. */
import { FormattedMessage } from 'react-intl';
import { useStore } from '../store/store';
import { whenWords } from '../words/dates';
import { useT } from '../words/i18n';
import { quoted, useNames } from '../words/labels';
import { DATA_TEXT } from '../ui/text-direction';
import type { Question } from './questions';
import { SPACE } from '../ui/space';

export function QuestionQuote({ q }: { q: Question }) {
  const t = useT();
  const name = useNames();
  const report = useStore((s) => s.model!.reportById.get(q.claim.report));
  const place = q.event?.properties.place;
  return (
    <>
      {q.event && (
        <p className="exercise-where">
          {place ? <bdi>{name(place)}</bdi> : null}
          {place ? t('exercise.dot') : null}
          <bdi>{whenWords(q.event.properties.when)}</bdi>
        </p>
      )}
      <figure className="exercise-claim">
        <figcaption>
          <FormattedMessage id="exercise.inReport" values={{ outlet: <bdi {...DATA_TEXT}>{report?.outlet.value}</bdi> }} />
        </figcaption>
        <blockquote {...DATA_TEXT}>{quoted(q.claim.quote.exact)}</blockquote>
      </figure>
    </>
  );
}

/** The words of the report that say who says so (the claim's cue), shown with the answer. */
export function CueLine({ cue }: { cue: string | null | undefined }) {
  const t = useT();
  if (!cue) return null;
  return (
    <p className="exercise-cue">
      {t('exercise.cue')}
      {SPACE}
      <span {...DATA_TEXT}>{quoted(cue)}</span>
    </p>
  );
}
