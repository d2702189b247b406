/** The studio's first step: the report's text and what is known about it, each fact with its status. */
import { useId, useMemo, useRef, useState } from 'react';
import { STATUSES, type Status } from '../../geo/core/model/vocab.ts';
import { htmlToText, isReadyToDraft, looksLikeHtml, readFileText, readPasted, type InputNote } from './input.ts';
import type { Fact, StudioWork } from './work.ts';

type FactKey = 'outlet' | 'title' | 'author' | 'url';

const FIELDS: { key: FactKey; label: string; hint: string; type?: string }[] = [
  { key: 'outlet', label: 'Outlet', hint: 'The publication, e.g. The Daily Beast. It heads every chain of voices.' },
  { key: 'title', label: 'Headline', hint: 'As printed.' },
  { key: 'author', label: 'Author', hint: 'The byline, if there is one.' },
  { key: 'url', label: 'Address', hint: 'Where the report can be read (https://…).', type: 'url' },
];

function StatusSelect({ value, onChange, label }: { value: Status; onChange: (s: Status) => void; label: string }) {
  return (
    <select aria-label={`${label}: how sure`} value={value} onChange={(e) => onChange(e.target.value as Status)}>
      {STATUSES.map((s) => (
        <option key={s.id} value={s.id}>
          {s.label}
        </option>
      ))}
    </select>
  );
}

export function InputStage({
  work,
  setWork,
  onDraft,
  drafting,
  onStartOver,
}: {
  work: StudioWork;
  setWork: (f: (w: StudioWork) => StudioWork) => void;
  onDraft: () => void;
  drafting: boolean;
  onStartOver: () => void;
}) {
  const id = useId();
  const drafted = work.claims.length > 0 || Object.keys(work.drafted).length > 0;
  const [fileNotes, setFileNotes] = useState<InputNote[]>([]);
  const [undo, setUndo] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [confirmRedraft, setConfirmRedraft] = useState(false);
  const [confirmNew, setConfirmNew] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const read = useMemo(() => readPasted(work.text), [work.text]);
  const notes = work.text ? [...fileNotes, ...read.notes] : fileNotes;
  const blocker = isReadyToDraft(work);

  const setFact = (key: FactKey, patch: Partial<Fact>) =>
    setWork((w) => ({ ...w, meta: { ...w.meta, [key]: { ...w.meta[key], ...patch } } }));
  const setText = (text: string) => setWork((w) => ({ ...w, text }));

  async function openFile(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = readFileText(file.name, bytes);
    setUndo(null);
    setFileNotes(r.notes.filter((n) => n.level === 'info' || /Windows-1252/.test(n.message)));
    setText(r.text);
  }

  function draft() {
    setTried(true);
    if (blocker) return;
    if (drafted && !confirmRedraft) {
      setConfirmRedraft(true);
      return;
    }
    setConfirmRedraft(false);
    onDraft();
  }

  return (
    <form
      className="studio-input"
      // The studio says what is missing in its own words (and keeps focus where the person is).
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        draft();
      }}
    >
      <fieldset className="studio-facts">
        <legend>The report</legend>
        <p className="muted">
          For each fact, say how sure it is: <em>confirmed</em> (seen on the report), <em>inferred</em> (reasoned), <em>unknown</em>.
        </p>
        {FIELDS.map((f) => (
          <div className="studio-fact" key={f.key}>
            <label htmlFor={`${id}-${f.key}`}>
              {f.label}
              {f.key === 'outlet' && <span aria-hidden="true"> *</span>}
            </label>
            <input
              id={`${id}-${f.key}`}
              type={f.type ?? 'text'}
              value={work.meta[f.key].value}
              required={f.key === 'outlet'}
              aria-describedby={`${id}-${f.key}-hint`}
              onChange={(e) => setFact(f.key, { value: e.target.value })}
            />
            <StatusSelect label={f.label} value={work.meta[f.key].status} onChange={(status) => setFact(f.key, { status })} />
            <span className="muted studio-hint" id={`${id}-${f.key}-hint`}>
              {f.hint}
            </span>
          </div>
        ))}
        <div className="studio-fact">
          <label htmlFor={`${id}-date`}>
            Published<span aria-hidden="true"> *</span>
          </label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={work.meta.published.date}
            aria-describedby={`${id}-date-hint`}
            onChange={(e) => setWork((w) => ({ ...w, meta: { ...w.meta, published: { ...w.meta.published, date: e.target.value } } }))}
          />
          <StatusSelect
            label="Published"
            value={work.meta.published.status}
            onChange={(status) => setWork((w) => ({ ...w, meta: { ...w.meta, published: { ...w.meta.published, status } } }))}
          />
          <span className="muted studio-hint" id={`${id}-date-hint`}>
            Every “on Tuesday” in the text is dated from it.
          </span>
        </div>
      </fieldset>

      <fieldset className="studio-text-input">
        <legend>The text</legend>
        {drafted ? (
          <p className="muted">
            The text is fixed once drafted: every claim points into it. To change it, edit it here after “Draft again”, which replaces the
            claims.
          </p>
        ) : (
          <p className="muted">
            Paste the report’s text, or open a .txt or .html file (a web page is reduced to its text). The text is then kept exactly as it
            is.
          </p>
        )}
        <div className="studio-file">
          <button type="button" onClick={() => fileRef.current?.click()} disabled={drafted && !confirmRedraft}>
            Open a .txt or .html file…
          </button>
          <input
            ref={fileRef}
            hidden
            type="file"
            aria-label="Open a report file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void openFile(f);
              e.target.value = '';
            }}
          />
        </div>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Report text
        </label>
        <textarea
          id={`${id}-text`}
          className="studio-textarea"
          value={work.text}
          readOnly={drafted && !confirmRedraft}
          spellCheck={false}
          placeholder="Paste the report here…"
          onChange={(e) => {
            setFileNotes([]);
            setText(e.target.value);
          }}
        />
        <p className="muted">
          {work.text.length.toLocaleString('en')} characters
          {work.text ? `, about ${(work.text.match(/\S+/g)?.length ?? 0).toLocaleString('en')} words` : ''}
        </p>
        {notes.length > 0 && (
          <ul className="studio-notes" aria-live="polite">
            {notes.map((n, i) => (
              <li key={i} className={`note-${n.level}`}>
                <strong>{n.level === 'error' ? 'To fix: ' : n.level === 'warning' ? 'Note: ' : ''}</strong>
                {n.message}
              </li>
            ))}
          </ul>
        )}
        {looksLikeHtml(work.text) && !drafted && (
          <button
            type="button"
            onClick={() => {
              setUndo(work.text);
              setText(htmlToText(work.text));
            }}
          >
            Reduce the HTML to its text
          </button>
        )}
        {undo !== null && (
          <button
            type="button"
            onClick={() => {
              setText(undo);
              setUndo(null);
            }}
          >
            Undo the reduction
          </button>
        )}
      </fieldset>

      <div className="studio-actions">
        {tried && blocker && (
          <p className="studio-error" role="alert">
            {blocker}
          </p>
        )}
        {confirmRedraft && (
          <p className="studio-error" role="alert">
            Drafting again replaces the {work.claims.length} claims you have now. Press “Draft again” once more to do it, or go back to the
            review.
          </p>
        )}
        <button type="submit" className="primary" disabled={drafting}>
          {drafting ? 'Drafting…' : drafted ? 'Draft again' : 'Draft the claims'}
        </button>
        {drafted && (
          <button type="button" onClick={() => setWork((w) => ({ ...w, stage: 'review' }))}>
            Back to the review
          </button>
        )}
        {(drafted || work.text) && (
          <button
            type="button"
            onClick={() => {
              if (!confirmNew) return setConfirmNew(true);
              setConfirmNew(false);
              onStartOver();
            }}
          >
            {confirmNew ? 'Replace it with a new report' : 'Start a new report'}
          </button>
        )}
        {confirmNew && (
          <p className="studio-error" role="alert">
            A new report replaces this one in the studio{drafted ? ' and its claims' : ''}. Download its zip from the review first to keep
            it, or press “Replace it with a new report”.
          </p>
        )}
      </div>
    </form>
  );
}
