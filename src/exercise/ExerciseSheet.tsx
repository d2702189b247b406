/**
 * "Who says so?" on paper: the exercise of a tour for a class without phones, printed from the
 * handout. Each question: where and when, the quote without its chain, the voices and stances to
 * tick. The key (the teacher's copy) ticks the right ones and adds the chain and the report's
 * words that say who says so. The same questions, in the same order, as on a phone.
 */
import { useMemo } from 'react';
import { findTour, useStore } from '../store/store';
import { useT } from '../words/i18n';
import { useAuthored, useLabels, useNames } from '../words/labels';
import { Chain } from '../ui/ClaimCard';
import { SPACE } from '../ui/space';
import { CueLine, QuestionQuote } from './QuestionQuote';
import { questionsOf, type Question } from './questions';
import './exercise.css';

/** A box to tick, and a ticked one (the key): symbols, the same in every language. */
const BOX = '☐';
const TICKED = '☑';

export default function ExerciseSheet({ withKey }: { withKey: boolean }) {
  const t = useT();
  const authored = useAuthored();
  const model = useStore((s) => s.model)!;
  const tour = useStore((s) => findTour(s, s.view.tour));
  const questions = useMemo(() => (tour ? questionsOf(model, tour) : []), [model, tour]);
  if (!tour || !questions.length)
    return (
      <section className="exercise-sheet">
        <h1>{t('exercise.title')}</h1>
        <p role="note">{t('exercise.none')}</p>
      </section>
    );
  return (
    <article className="exercise-sheet" aria-labelledby="exercise-sheet-title">
      <p className="exercise-tour" {...authored(tour, 'title').attrs}>
        {authored(tour, 'title').text}
      </p>
      <h1 id="exercise-sheet-title">
        {withKey ? t('exercise.sheet.keyTitle') : t('exercise.title')}
        <span className="exercise-count">{t('exercise.sheet.count', { total: questions.length })}</span>
      </h1>
      {!withKey && (
        <p className="exercise-sheet-intro">
          {t('exercise.sheet.name')}
          <span className="exercise-sheet-line" />
        </p>
      )}
      <p className="exercise-hint">{t('exercise.sheet.how')}</p>
      <ol className="exercise-sheet-questions">
        {questions.map((q) => (
          <SheetQuestion key={q.claim.id} q={q} withKey={withKey} />
        ))}
      </ol>
    </article>
  );
}

function SheetQuestion({ q, withKey }: { q: Question; withKey: boolean }) {
  const t = useT();
  const name = useNames();
  const labels = useLabels();
  const tick = (right: boolean) => (withKey && right ? TICKED : BOX);
  return (
    <li className="exercise-sheet-question">
      <QuestionQuote q={q} />
      <div className="exercise-sheet-choices">
        <div>
          <p className="exercise-sheet-ask">{t('exercise.source.question')}</p>
          <ul>
            {q.sources.map((a) => (
              <li key={a.id} className={withKey && a.id === q.source.id ? 'exercise-right' : undefined}>
                <span aria-hidden="true">{tick(a.id === q.source.id)}</span>
                {SPACE}
                <bdi>{name(a)}</bdi>
                {withKey && a.id === q.source.id && <span className="visually-hidden">{t('exercise.sheet.rightOne')}</span>}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="exercise-sheet-ask">{t('exercise.stance.question')}</p>
          <ul>
            {q.stances.map((s) => (
              <li key={s} className={withKey && s === q.claim.stance ? 'exercise-right' : undefined}>
                <span aria-hidden="true">{tick(s === q.claim.stance)}</span>
                {SPACE}
                {labels.stance[s].label}
                {withKey && s === q.claim.stance && <span className="visually-hidden">{t('exercise.sheet.rightOne')}</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {withKey && (
        <div className="exercise-sheet-key">
          <p className="exercise-sheet-ask">{t('exercise.chain')}</p>
          <Chain asserters={q.claim.asserters} />
          <CueLine cue={q.claim.cue} />
        </div>
      )}
    </li>
  );
}
