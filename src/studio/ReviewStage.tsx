/**
 * The studio's review: the report's text with every claim in place, the claims beside it to accept
 * or change, and the shared checks' problems, each a link to what it is about. Every edit can be
 * undone; the coverage meter counts toward 100 % (every word claimed or marked as not a claim).
 */
import { clip } from '../words/labels.ts';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Problem } from '../../geo/core/model/problems.ts';
import { LOCALE as LIST_LOCALE, useFormat, useT } from '../words/i18n.tsx';
import { isolated, problemWords } from '../words/problems.ts';
import type { Drafting } from './drafting.ts';
import { readsAsEnglish } from './input.ts';
import { namesOf, targetOf, type WorkCheck } from './publish.ts';
import { ClaimEditor, ReasonList } from './ClaimEditor.tsx';
import { Quote } from './Quote.tsx';
import {
  acceptAll,
  addClaim,
  addNotClaim,
  changesFromDraft,
  removeNotClaim,
  segmentsOf,
  tidy,
  unreviewed,
  type Span,
  type StudioWork,
} from './work.ts';

/** The language of a report's text, for `lang`: English when it reads so, Arabic when its letters are, else unsaid. */
function textLang(text: string): string {
  if (readsAsEnglish(text)) return 'en';
  const arabic = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 1;
  return arabic / letters > 0.5 ? 'ar' : '';
}

/** A place in the rendered text: the segment element's start plus the offset inside its text. */
function offsetIn(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement?.closest<HTMLElement>('[data-start]');
    return seg ? Number(seg.dataset.start) + offset : null;
  }
  const el = node as HTMLElement;
  if (el.dataset?.start !== undefined) return offset === 0 ? Number(el.dataset.start) : Number(el.dataset.end);
  const child = el.childNodes[offset] as HTMLElement | undefined;
  if (child?.dataset?.start !== undefined) return Number(child.dataset.start);
  const last = el.querySelectorAll<HTMLElement>('[data-end]');
  return last.length ? Number(last[last.length - 1].dataset.end) : null;
}

function selectionIn(root: HTMLElement | null): Span | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  const a = offsetIn(root, r.startContainer, r.startOffset);
  const b = offsetIn(root, r.endContainer, r.endOffset);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** The space between a problem and its fix, on the reading side. */
const SPACE = { marginInlineStart: '0.3em' } as const;

/** How many claim cards are added to the list at a time. */
const BATCH = 60;
const NO_PROBLEMS: Problem[] = [];

export function ReviewStage({
  work,
  setWork,
  checked,
  drafting,
  onPreview,
  onOpen,
  onExport,
  onEditDetails,
}: {
  work: StudioWork;
  setWork: (w: StudioWork) => void;
  checked: WorkCheck;
  drafting: Drafting;
  onPreview: () => void;
  onOpen: () => void;
  onExport: () => void;
  onEditDetails: () => void;
}) {
  const t = useT();
  const { lang } = useFormat();
  const [selected, setSelected] = useState<string | null>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [why, setWhy] = useState(() => t('studio.review.whyDefault'));
  const [history, setHistory] = useState<StudioWork[]>([]);
  const [flash, setFlash] = useState<number | null>(null);
  const [confirmExport, setConfirmExport] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);

  const edit = useCallback(
    (next: StudioWork) => {
      if (next === work) return;
      setHistory((h) => [...h.slice(-49), work]);
      setWork(tidy(next));
      setConfirmExport(false);
    },
    [work, setWork],
  );
  const undo = () => {
    const prev = history[history.length - 1];
    if (!prev) return;
    setHistory((h) => h.slice(0, -1));
    setWork(prev);
  };

  const segments = useMemo(() => segmentsOf(work), [work]);
  const names = useMemo(() => namesOf(work), [work]);
  const errors = checked.problems.filter((p) => p.severity === 'error');
  const warnings = checked.problems.length - errors.length;
  const reviewed = work.claims.filter((c) => c.reviewed).length;
  const toReview = useMemo(() => unreviewed(work), [work]);
  const language = useMemo(() => textLang(work.text), [work.text]);
  const changes = changesFromDraft(work);
  const claimOf = useMemo(() => new Map(work.claims.map((c) => [c.id, c])), [work.claims]);
  const problemsByClaim = useMemo(() => {
    const m = new Map<string, Problem[]>();
    for (const p of checked.problems) {
      const t = targetOf(work, p);
      if (t.kind === 'claim') m.set(t.id, [...(m.get(t.id) ?? []), p]);
    }
    return m;
  }, [checked.problems, work]);

  useEffect(function followSelection() {
    const update = () => setSelection(selectionIn(textRef.current));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);

  // A long report's claims are added to the list a batch at a time, the page answering between
  // batches (a thousand cards at once froze it for seconds); a claim asked for is drawn at once.
  const [shown, setShown] = useState(BATCH);
  const total = work.claims.length;
  useEffect(() => {
    if (shown >= total) return;
    const next = window.setTimeout(() => startTransition(() => setShown((s) => s + BATCH)), 0);
    return () => window.clearTimeout(next);
  }, [shown, total]);
  const indexOf = useMemo(() => new Map(work.claims.map((c, i) => [c.id, i])), [work.claims]);

  const showClaim = useCallback(
    (id: string, focusEditor: boolean) => {
      setSelected(id);
      setShown((s) => Math.max(s, (indexOf.get(id) ?? 0) + 1));
      requestAnimationFrame(() => {
        const seg = textRef.current?.querySelector<HTMLElement>(`[data-claim="${CSS.escape(id)}"]`);
        seg?.scrollIntoView({ block: 'nearest' });
        const card = document.getElementById(`studio-claim-${id}`);
        card?.scrollIntoView({ block: 'nearest' });
        if (focusEditor) card?.querySelector<HTMLElement>('.claim-summary')?.focus();
      });
    },
    [indexOf],
  );
  const toggleClaim = useCallback((id: string) => setSelected((s) => (s === id ? null : id)), []);
  const showAndFocus = useCallback((id: string) => showClaim(id, true), [showClaim]);

  function go(p: Problem) {
    const t = targetOf(work, p);
    if (t.kind === 'claim') showClaim(t.id, true);
    else if (t.kind === 'event') {
      const c = work.claims.find((x) => x.event === t.id);
      if (c) showClaim(c.id, true);
    } else if (t.kind === 'meta') onEditDetails();
    else if (t.kind === 'text') {
      setFlash(t.at);
      requestAnimationFrame(() => {
        const segs = [...(textRef.current?.querySelectorAll<HTMLElement>('[data-start]') ?? [])];
        const seg = segs.find((s) => Number(s.dataset.start) <= t.at && Number(s.dataset.end) > t.at);
        seg?.scrollIntoView({ block: 'center' });
        seg?.focus();
      });
    }
  }

  function makeClaim() {
    if (!selection) return;
    const r = addClaim(work, selection.start, selection.end, { title: t('studio.event.newTitle'), note: t('studio.event.note') });
    edit(r.work);
    window.getSelection()?.removeAllRanges();
    if (r.id) showClaim(r.id, true);
  }

  function makeNotClaim() {
    if (!selection) return;
    edit(addNotClaim(work, selection.start, selection.end, why.trim() || t('studio.review.notAClaimWhy')));
    window.getSelection()?.removeAllRanges();
  }

  const pct = checked.percent;
  return (
    <div className="studio-review">
      <div className="studio-bar">
        <div className="studio-meter">
          <label htmlFor="studio-coverage">{t('studio.review.coverage', { pct })}</label>
          <meter id="studio-coverage" min={0} max={100} low={99} high={99.9} optimum={100} value={pct} />
          <span className="muted">
            {t('studio.review.progress', {
              reviewed,
              claims: work.claims.length,
              changed: changes.changed,
              drafted: changes.drafted,
              added: changes.added,
              deleted: changes.deleted,
            })}
          </span>
        </div>
        <div className="studio-bar-actions">
          <button type="button" onClick={undo} disabled={history.length === 0}>
            {t('studio.review.undo')}
          </button>
          <button type="button" onClick={() => edit(acceptAll(work))} disabled={reviewed === work.claims.length}>
            {t('studio.review.acceptAll')}
          </button>
          <button type="button" onClick={onEditDetails}>
            {t('studio.review.details')}
          </button>
          <button type="button" onClick={onPreview} title={t('studio.review.preview.title')}>
            {t('studio.review.preview')}
          </button>
          <button type="button" onClick={onOpen} title={t('studio.review.open.title')}>
            {t('studio.review.open')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              if (errors.length && !confirmExport) return setConfirmExport(true);
              setConfirmExport(false);
              onExport();
            }}
          >
            {confirmExport ? t('studio.review.zipAnyway') : t('studio.review.zip')}
          </button>
        </div>
        {confirmExport && (
          <p className="studio-error" role="alert">
            <FormattedMessage id="studio.review.confirmZip" values={{ n: errors.length, code: (chunks) => <code>{chunks}</code> }} />
          </p>
        )}
      </div>

      <div className="studio-panes">
        <section className="studio-text" aria-labelledby="studio-text-h">
          <div className="studio-pane-head">
            <h2 id="studio-text-h">{t('studio.review.report')}</h2>
            <div className="studio-selection" aria-live="polite">
              {selection ? (
                <span>
                  <FormattedMessage
                    id="studio.review.selected"
                    values={{ quote: <Quote lang={language} text={clip(work.text.slice(selection.start, selection.end).trim(), 48)} /> }}
                  />
                </span>
              ) : (
                <span className="muted">{t('studio.review.selectHint')}</span>
              )}
              <button type="button" onClick={makeClaim} disabled={!selection}>
                {t('studio.review.makeClaim')}
              </button>
              <span className="studio-notclaim">
                <button type="button" onClick={makeNotClaim} disabled={!selection}>
                  {t('studio.review.notAClaim')}
                </button>
                <label>
                  <span className="visually-hidden">{t('studio.review.why')}</span>
                  <input value={why} onChange={(e) => setWhy(e.target.value)} size={16} dir="auto" />
                </label>
              </span>
            </div>
          </div>
          <p className="studio-key" aria-label={t('studio.review.key')}>
            {(['fact', 'attributed', 'hedged', 'denial'] as const).map((k) => (
              <span key={k} className={`seg seg-claim st-${k}`}>
                {t(`studio.key.${k}`)}
              </span>
            ))}
            <span className="seg seg-not-claim">{t('studio.key.notClaim')}</span>
            <span className="seg uncovered">{t('studio.key.uncovered')}</span>
          </p>
          <div className="studio-textbody" ref={textRef} lang={language} dir="auto">
            {segments.map((s) => {
              const part = work.text.slice(s.start, s.end);
              if (s.kind === 'claim') {
                const c = claimOf.get(s.ref!)!;
                return (
                  <span
                    key={`c${s.start}`}
                    data-start={s.start}
                    data-end={s.end}
                    data-claim={c.id}
                    className={`seg seg-claim st-${c.stance}${selected === c.id ? ' is-selected' : ''}${c.reviewed ? ' is-reviewed' : ''}${problemsByClaim.has(c.id) ? ' has-problem' : ''}`}
                    onClick={() => !window.getSelection()?.toString() && showClaim(c.id, false)}
                  >
                    {part}
                  </span>
                );
              }
              return (
                <span
                  key={`${s.kind}${s.start}`}
                  data-start={s.start}
                  data-end={s.end}
                  tabIndex={s.uncovered ? -1 : undefined}
                  className={`seg seg-${s.kind}${s.uncovered ? ' uncovered' : ''}${flash !== null && flash >= s.start && flash < s.end ? ' flash' : ''}`}
                  title={
                    s.kind === 'not-claim'
                      ? t('studio.review.notClaimTitle', { why: isolated(work.notClaims[Number(s.ref)]?.why ?? '', lang) })
                      : s.uncovered
                        ? t('studio.review.uncoveredTitle')
                        : undefined
                  }
                >
                  {part}
                </span>
              );
            })}
          </div>
          {work.notClaims.length > 0 && (
            <details className="studio-notclaims">
              <summary>{t('studio.review.notClaims', { n: work.notClaims.length })}</summary>
              <ul>
                {work.notClaims.map((n, i) => (
                  <li key={`${n.start}-${n.end}`}>
                    <FormattedMessage
                      id="studio.review.notClaimItem"
                      values={{
                        quote: <Quote lang={language} text={clip(work.text.slice(n.start, n.end), 60)} />,
                        why: <bdi>{n.why}</bdi>,
                      }}
                    />
                    <button type="button" className="link-button" onClick={() => edit(removeNotClaim(work, i))}>
                      {t('studio.review.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>

        <section className="studio-claims" aria-labelledby="studio-claims-h">
          <h2 id="studio-claims-h">
            {t('studio.review.claims')} <span className="muted">{t('studio.review.claimCount', { n: work.claims.length })}</span>
          </h2>
          {work.claims.length === 0 && <p className="muted">{t('studio.review.noClaims')}</p>}
          <ol className="studio-claim-list">
            {work.claims.slice(0, shown).map((c, i) => (
              <ClaimEditor
                key={c.id}
                work={work}
                claim={c}
                language={language}
                index={i}
                open={selected === c.id}
                problems={problemsByClaim.get(c.id) ?? NO_PROBLEMS}
                drafting={drafting}
                onToggle={toggleClaim}
                onShow={showAndFocus}
                edit={edit}
                names={names}
              />
            ))}
          </ol>
          {shown < total && (
            <p className="muted" role="status">
              {t('studio.review.moreComing', { shown, total })}
            </p>
          )}
        </section>

        <section className="studio-problems" aria-labelledby="studio-problems-h">
          <h2 id="studio-problems-h">
            {t('studio.problems.heading', { errors: errors.length, review: toReview.length })}
            {warnings > 0 && <span className="muted">{t('studio.problems.warnings', { n: warnings })}</span>}
            {errors.length > 0 && toReview.length > 0 && (
              <span className="muted">{t('studio.problems.toReview', { n: toReview.length })}</span>
            )}
          </h2>
          {checked.problems.length === 0 && (
            <p className="muted">
              {toReview.length ? t('studio.problems.passUnreviewed', { n: toReview.length }) : t('studio.problems.pass')}
            </p>
          )}
          {checked.problems.length > 0 && (
            <ul className="studio-problem-list">
              {checked.problems.slice(0, 200).map((p, i) => {
                const w = problemWords(p, t, lang, names);
                return (
                  <li key={i} className={`problem-${p.severity}`}>
                    <button type="button" className="problem-go" onClick={() => go(p)}>
                      {w.message}
                    </button>
                    <span className="muted" style={SPACE}>
                      {w.fix}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          {toReview.length > 0 && (
            <>
              <h3 className="studio-review-h">{t('studio.problems.reviewHeading', { n: toReview.length })}</h3>
              <ul className="studio-problem-list studio-review-list">
                {toReview.slice(0, 200).map((c) => (
                  <li key={c.id} className={`problem-review confidence-${c.confidence?.level ?? 'none'}`}>
                    <button type="button" className="problem-go" onClick={() => showClaim(c.id, true)}>
                      <FormattedMessage
                        id="studio.problems.unreviewed"
                        values={{
                          quote: <Quote lang={language} text={clip(work.text.slice(c.start, c.end), 70)} />,
                          level: c.confidence?.level ?? 'none',
                        }}
                      />
                    </button>
                    {c.confidence && c.confidence.level !== 'high' && <ReasonList confidence={c.confidence} />}
                  </li>
                ))}
              </ul>
            </>
          )}
          {work.unknownPlaces.length > 0 && (
            <p className="muted">
              {t('studio.problems.unknownPlaces', {
                names: new Intl.ListFormat(LIST_LOCALE[lang]).format(work.unknownPlaces.map((n) => isolated(n, lang))),
              })}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
