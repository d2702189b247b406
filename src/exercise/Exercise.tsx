/**
 * "Who says so?": a tour as an exercise for students. Each step shows a claim's quote without its
 * chain; the student names the innermost source and the stance, then sees the answer — the chain
 * and the report's own words around the quote — and, at the end, a score. Everything happens in
 * the page: nothing is sent anywhere, and it works offline from the same link.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { findTour, useStore } from '../store/store';
import { useT } from '../words/i18n';
import { useAuthored, type Shown, quoted, useLabels, useNames } from '../words/labels';
import { Chain, quoteStart, StanceBadge } from '../ui/ClaimCard';
import { DATA_TEXT } from '../ui/text-direction';
import { SPACE } from '../ui/space';

/** Where the report's passage goes on beyond what is shown. */
const ELLIPSIS = '…';
import { CueLine, QuestionQuote } from './QuestionQuote';
import { questionsOf, scoreOf, type Answer, type Question } from './questions';
import './exercise.css';

export default function Exercise() {
  const t = useT();
  const authored = useAuthored();
  const model = useStore((s) => s.model)!;
  const tour = useStore((s) => findTour(s, s.view.tour));
  const questions = useMemo(() => (tour ? questionsOf(model, tour) : []), [model, tour]);
  const [at, setAt] = useState(0);
  const [answers, setAnswers] = useState<(Answer | undefined)[]>([]);
  const [checked, setChecked] = useState<boolean[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(
    function focusTheNewQuestion() {
      // A new question (or the score) starts at the top, read from its heading.
      window.scrollTo({ top: 0 });
      heading.current?.focus({ preventScroll: true });
    },
    [at],
  );
  if (!tour || !questions.length)
    return (
      <section className="exercise" aria-labelledby="exercise-title">
        <h1 id="exercise-title">{t('exercise.title')}</h1>
        <p role="note">{t('exercise.none')}</p>
      </section>
    );
  const restart = () => {
    setAnswers([]);
    setChecked([]);
    setAt(0);
  };
  if (at >= questions.length)
    return <Score questions={questions} answers={answers} title={authored(tour, 'title')} heading={heading} onRestart={restart} />;
  const q = questions[at];
  const title = authored(tour, 'title');
  return (
    <section className="exercise" aria-labelledby="exercise-title">
      <p className="exercise-tour" {...title.attrs}>
        {title.text}
      </p>
      <h1 id="exercise-title" tabIndex={-1} ref={heading}>
        {t('exercise.title')}
        <span className="exercise-count">{t('exercise.count', { n: at + 1, total: questions.length })}</span>
      </h1>
      <Ask
        key={q.claim.id}
        q={q}
        answer={answers[at]}
        checked={checked[at] ?? false}
        onAnswer={(a) => setAnswers((old) => Object.assign([...old], { [at]: a }))}
        onCheck={() => setChecked((old) => Object.assign([...old], { [at]: true }))}
        onNext={() => setAt(at + 1)}
        last={at === questions.length - 1}
      />
    </section>
  );
}

function Ask({
  q,
  answer,
  checked,
  onAnswer,
  onCheck,
  onNext,
  last,
}: {
  q: Question;
  answer: Answer | undefined;
  checked: boolean;
  onAnswer: (a: Answer) => void;
  onCheck: () => void;
  onNext: () => void;
  last: boolean;
}) {
  const t = useT();
  const name = useNames();
  const labels = useLabels();
  const model = useStore((s) => s.model)!;
  const [missing, setMissing] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  useEffect(
    function showTheAnswer() {
      if (checked) result.current?.focus();
    },
    [checked],
  );
  const report = model.reportById.get(q.claim.report);
  const source = answer?.source ?? '';
  const stance = answer?.stance ?? '';
  const check = () => {
    if (!source || !stance) setMissing(true);
    else onCheck();
  };
  const rightSource = source === q.source.id;
  const rightStance = stance === q.claim.stance;
  const { prefix = '', suffix = '' } = q.claim.quote;
  return (
    <>
      <QuestionQuote q={q} />
      <fieldset className="exercise-choices" disabled={checked}>
        <legend>{t('exercise.source.question')}</legend>
        <p className="exercise-hint">{t('exercise.source.hint')}</p>
        {q.sources.map((a) => (
          <label
            key={a.id}
            className={checked && a.id === q.source.id ? 'exercise-right' : checked && a.id === source ? 'exercise-wrong' : undefined}
          >
            <input
              type="radio"
              name={`source-${q.claim.id}`}
              value={a.id}
              checked={source === a.id}
              onChange={() => onAnswer({ source: a.id, stance })}
            />
            <span>
              <bdi className="exercise-name">{name(a)}</bdi>
              <span className="exercise-kind">{labels.kind[a.kind]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="exercise-choices" disabled={checked}>
        <legend>{t('exercise.stance.question')}</legend>
        {q.stances.map((s) => (
          <label
            key={s}
            className={checked && s === q.claim.stance ? 'exercise-right' : checked && s === stance ? 'exercise-wrong' : undefined}
          >
            <input
              type="radio"
              name={`stance-${q.claim.id}`}
              value={s}
              checked={stance === s}
              onChange={() => onAnswer({ source, stance: s })}
            />
            <span>
              <span className="exercise-name">{labels.stance[s].label}</span>
              <span className="exercise-kind">{labels.stance[s].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {!checked && (
        <div className="exercise-actions">
          <button type="button" className="primary" onClick={check}>
            {t('exercise.check')}
          </button>
          {missing && (!source || !stance) && (
            <p role="alert" className="exercise-missing">
              {t('exercise.missing')}
            </p>
          )}
        </div>
      )}
      {checked && (
        <div className="exercise-answer" ref={result} tabIndex={-1} role="group" aria-label={t('exercise.answer')}>
          <h2>{t('exercise.answer')}</h2>
          <p className={rightSource ? 'exercise-right' : 'exercise-wrong'}>
            {rightSource ? (
              t('exercise.source.right')
            ) : (
              <FormattedMessage id="exercise.source.wrong" values={{ name: <bdi>{name(q.source)}</bdi> }} />
            )}
          </p>
          <p className={rightStance ? 'exercise-right' : 'exercise-wrong'}>
            {rightStance
              ? t('exercise.stance.right')
              : t('exercise.stance.wrong', { stance: labels.stance[q.claim.stance]?.label ?? q.claim.stance })}
          </p>
          <h3>{t('exercise.chain')}</h3>
          <Chain asserters={q.claim.asserters} />
          <p className="exercise-stance">
            <StanceBadge claim={q.claim} />
          </p>
          <h3>
            <FormattedMessage id="exercise.words" values={{ outlet: <bdi {...DATA_TEXT}>{report?.outlet.value}</bdi> }} />
          </h3>
          <blockquote className="exercise-passage" {...DATA_TEXT}>
            {prefix && ELLIPSIS + prefix}
            <mark>{q.claim.quote.exact}</mark>
            {suffix && suffix + ELLIPSIS}
          </blockquote>
          <CueLine cue={q.claim.cue} />
          <div className="exercise-actions">
            <button type="button" className="primary" onClick={onNext}>
              {last ? t('exercise.toScore') : t('exercise.next')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function Score({
  questions,
  answers,
  title,
  heading,
  onRestart,
}: {
  questions: readonly Question[];
  answers: readonly (Answer | undefined)[];
  title: Shown;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onRestart: () => void;
}) {
  const t = useT();
  const name = useNames();
  const score = scoreOf(questions, answers);
  return (
    <section className="exercise" aria-labelledby="exercise-title">
      <p className="exercise-tour" {...title.attrs}>
        {title.text}
      </p>
      <h1 id="exercise-title" tabIndex={-1} ref={heading}>
        {t('exercise.score.title')}
      </h1>
      <p className="exercise-score" role="status">
        {t('exercise.score', { sources: score.sources, stances: score.stances, total: questions.length })}
      </p>
      <ol className="exercise-review">
        {questions.map((q, i) => (
          <li key={q.claim.id}>
            <span {...DATA_TEXT}>{quoted(quoteStart(q.claim.quote.exact))}</span>
            <span className={answers[i]?.source === q.source.id ? 'exercise-right' : 'exercise-wrong'}>
              {answers[i]?.source === q.source.id ? t('exercise.review.sourceRight') : t('exercise.review.sourceWrong')}
              {SPACE}
              <bdi>{name(q.source)}</bdi>
            </span>
            <span className={answers[i]?.stance === q.claim.stance ? 'exercise-right' : 'exercise-wrong'}>
              {answers[i]?.stance === q.claim.stance ? t('exercise.review.stanceRight') : t('exercise.review.stanceWrong')}
            </span>
          </li>
        ))}
      </ol>
      <p className="exercise-private">{t('exercise.private')}</p>
      <div className="exercise-actions">
        <button type="button" onClick={onRestart}>
          {t('exercise.again')}
        </button>
      </div>
    </section>
  );
}
