/**
 * The studio's review: the report's text with every claim in place, the claims beside it to accept
 * or change, and the shared checks' problems, each a link to what it is about. Every edit can be
 * undone; the coverage meter counts toward 100 % (every word claimed or marked as not a claim).
 */
import { clip } from '../words/labels.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../geo/core/model/problems.ts';
import type { Drafting } from './drafting.ts';
import { targetOf, type WorkCheck } from './publish.ts';
import { ClaimEditor } from './ClaimEditor.tsx';
import {
  acceptAll,
  addClaim,
  addNotClaim,
  changesFromDraft,
  removeNotClaim,
  segmentsOf,
  tidy,
  type Span,
  type StudioWork,
} from './work.ts';

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
  const [selected, setSelected] = useState<string | null>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const [why, setWhy] = useState('byline or boilerplate');
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
  const errors = checked.problems.filter((p) => p.severity === 'error');
  const warnings = checked.problems.length - errors.length;
  const reviewed = work.claims.filter((c) => c.reviewed).length;
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

  const showClaim = useCallback((id: string, focusEditor: boolean) => {
    setSelected(id);
    requestAnimationFrame(() => {
      const seg = textRef.current?.querySelector<HTMLElement>(`[data-claim="${CSS.escape(id)}"]`);
      seg?.scrollIntoView({ block: 'nearest' });
      const card = document.getElementById(`studio-claim-${id}`);
      card?.scrollIntoView({ block: 'nearest' });
      if (focusEditor) card?.querySelector<HTMLElement>('.claim-summary')?.focus();
    });
  }, []);

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
    const r = addClaim(work, selection.start, selection.end);
    edit(r.work);
    window.getSelection()?.removeAllRanges();
    if (r.id) showClaim(r.id, true);
  }

  function makeNotClaim() {
    if (!selection) return;
    edit(addNotClaim(work, selection.start, selection.end, why.trim() || 'not a claim'));
    window.getSelection()?.removeAllRanges();
  }

  const pct = checked.percent;
  return (
    <div className="studio-review">
      <div className="studio-bar">
        <div className="studio-meter">
          <label htmlFor="studio-coverage">Coverage {pct}%</label>
          <meter id="studio-coverage" min={0} max={100} low={99} high={99.9} optimum={100} value={pct} />
          <span className="muted">
            {reviewed} of {work.claims.length} claims reviewed · {changes.changed} of {changes.drafted} drafted claims changed
            {changes.added ? `, ${changes.added} added` : ''}
            {changes.deleted ? `, ${changes.deleted} deleted` : ''}
          </span>
        </div>
        <div className="studio-bar-actions">
          <button type="button" onClick={undo} disabled={history.length === 0}>
            Undo
          </button>
          <button type="button" onClick={() => edit(acceptAll(work))} disabled={reviewed === work.claims.length}>
            Accept all
          </button>
          <button type="button" onClick={onEditDetails}>
            Report details
          </button>
          <button type="button" onClick={onPreview} title="Show this report on the map (not saved as a map)">
            Preview on the map
          </button>
          <button type="button" onClick={onOpen} title="Keep it as a map of your own in this browser (under Maps)">
            Open as a map
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
            {confirmExport ? 'Download the zip anyway' : 'Download the zip'}
          </button>
        </div>
        {confirmExport && (
          <p className="studio-error" role="alert">
            There {errors.length === 1 ? 'is 1 problem' : `are ${errors.length} problems`} that <code>npm run build:data</code> would
            refuse. Fix {errors.length === 1 ? 'it' : 'them'} first, or download the zip anyway to keep your work.
          </p>
        )}
      </div>

      <div className="studio-panes">
        <section className="studio-text" aria-labelledby="studio-text-h">
          <div className="studio-pane-head">
            <h2 id="studio-text-h">The report</h2>
            <div className="studio-selection" aria-live="polite">
              {selection ? (
                <span>Selected: “{clip(work.text.slice(selection.start, selection.end).trim(), 48)}”</span>
              ) : (
                <span className="muted">Select text to make a claim of it, or to mark it as not a claim.</span>
              )}
              <button type="button" onClick={makeClaim} disabled={!selection}>
                Make a claim
              </button>
              <span className="studio-notclaim">
                <button type="button" onClick={makeNotClaim} disabled={!selection}>
                  Not a claim
                </button>
                <label>
                  <span className="visually-hidden">Why it is not a claim</span>
                  <input value={why} onChange={(e) => setWhy(e.target.value)} size={16} />
                </label>
              </span>
            </div>
          </div>
          <p className="studio-key" aria-label="Key to the marks in the text">
            <span className="seg seg-claim st-fact">fact</span> <span className="seg seg-claim st-attributed">attributed</span>{' '}
            <span className="seg seg-claim st-hedged">hedged</span> <span className="seg seg-claim st-denial">denial</span>{' '}
            <span className="seg seg-not-claim">not a claim</span> <span className="seg uncovered">not covered yet</span>
          </p>
          <div className="studio-textbody" ref={textRef} lang="en">
            {segments.map((s) => {
              const t = work.text.slice(s.start, s.end);
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
                    {t}
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
                      ? `Not a claim: ${work.notClaims[Number(s.ref)]?.why}`
                      : s.uncovered
                        ? 'Not covered yet'
                        : undefined
                  }
                >
                  {t}
                </span>
              );
            })}
          </div>
          {work.notClaims.length > 0 && (
            <details className="studio-notclaims">
              <summary>Not claims ({work.notClaims.length})</summary>
              <ul>
                {work.notClaims.map((n, i) => (
                  <li key={`${n.start}-${n.end}`}>
                    “{clip(work.text.slice(n.start, n.end), 60)}” — {n.why}{' '}
                    <button type="button" className="link-button" onClick={() => edit(removeNotClaim(work, i))}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>

        <section className="studio-claims" aria-labelledby="studio-claims-h">
          <h2 id="studio-claims-h">
            Claims <span className="muted">({work.claims.length})</span>
          </h2>
          {work.claims.length === 0 && <p className="muted">No claims yet: select text in the report and press “Make a claim”.</p>}
          <ol className="studio-claim-list">
            {work.claims.map((c, i) => (
              <ClaimEditor
                key={c.id}
                work={work}
                claim={c}
                index={i}
                open={selected === c.id}
                problems={problemsByClaim.get(c.id) ?? []}
                drafting={drafting}
                onToggle={() => setSelected(selected === c.id ? null : c.id)}
                onShow={(id) => showClaim(id, true)}
                edit={edit}
              />
            ))}
          </ol>
        </section>

        <section className="studio-problems" aria-labelledby="studio-problems-h">
          <h2 id="studio-problems-h">
            {errors.length === 0 ? 'No problems' : `${errors.length} problem${errors.length === 1 ? '' : 's'}`}
            {warnings > 0 && (
              <span className="muted">
                , {warnings} warning{warnings === 1 ? '' : 's'}
              </span>
            )}
          </h2>
          {checked.problems.length === 0 ? (
            <p className="muted">The build’s checks pass: the report can be exported and built.</p>
          ) : (
            <ul className="studio-problem-list">
              {checked.problems.slice(0, 200).map((p, i) => (
                <li key={i} className={`problem-${p.severity}`}>
                  <button type="button" className="problem-go" onClick={() => go(p)}>
                    {p.message}
                  </button>
                  <span className="muted"> {p.fix}</span>
                </li>
              ))}
            </ul>
          )}
          {work.unknownPlaces.length > 0 && (
            <p className="muted">
              Names that read like places but are in no gazetteer (never given coordinates): {work.unknownPlaces.join(', ')}. Give their
              events a nearby place, or none.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
