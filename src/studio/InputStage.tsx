/** The studio's first step: the report's text and what is known about it, each fact with its status. */
import { useId, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { STATUSES, type Status } from '../../geo/core/model/vocab.ts';
import { useFormat, useT } from '../words/i18n.tsx';
import { htmlToText, isReadyToDraft, looksLikeHtml, noteText, readFileText, readPasted, type InputNote } from './input.ts';
import type { Fact, StudioWork } from './work.ts';

type FactKey = 'outlet' | 'title' | 'author' | 'url';

/** The report's facts; their words are studio.fact.<key> and studio.fact.<key>.hint. */
const FIELDS: { key: FactKey; type?: string }[] = [{ key: 'outlet' }, { key: 'title' }, { key: 'author' }, { key: 'url', type: 'url' }];

function StatusSelect({ value, onChange, label }: { value: Status; onChange: (s: Status) => void; label: string }) {
  const t = useT();
  return (
    <select aria-label={t('studio.fact.howSure', { label })} value={value} onChange={(e) => onChange(e.target.value as Status)}>
      {STATUSES.map((s) => (
        <option key={s.id} value={s.id}>
          {t(`studio.status.${s.id}`)}
        </option>
      ))}
    </select>
  );
}

/** The mark of a required field (the field's label says so to a screen reader: it is required). */
const REQUIRED = '\u00a0*';

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
  const t = useT();
  const { lang } = useFormat();
  const id = useId();
  const drafted = work.claims.length > 0 || Object.keys(work.drafted).length > 0;
  const [fileNotes, setFileNotes] = useState<InputNote[]>([]);
  const [undo, setUndo] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [confirmRedraft, setConfirmRedraft] = useState(false);
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
    setFileNotes(r.notes.filter((n) => n.level === 'info' || n.id === 'studio.note.readAs1252'));
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
        <legend>{t('studio.input.report')}</legend>
        <p className="muted">
          <FormattedMessage id="studio.input.howSure" values={{ em: (chunks) => <em>{chunks}</em> }} />
        </p>
        {FIELDS.map((f) => (
          <div className="studio-fact" key={f.key}>
            <label htmlFor={`${id}-${f.key}`}>
              {t(`studio.fact.${f.key}`)}
              {f.key === 'outlet' && <span aria-hidden="true">{REQUIRED}</span>}
            </label>
            <input
              id={`${id}-${f.key}`}
              type={f.type ?? 'text'}
              dir="auto"
              value={work.meta[f.key].value}
              required={f.key === 'outlet'}
              aria-describedby={`${id}-${f.key}-hint`}
              onChange={(e) => setFact(f.key, { value: e.target.value })}
            />
            <StatusSelect
              label={t(`studio.fact.${f.key}`)}
              value={work.meta[f.key].status}
              onChange={(status) => setFact(f.key, { status })}
            />
            <span className="muted studio-hint" id={`${id}-${f.key}-hint`}>
              {t(`studio.fact.${f.key}.hint`)}
            </span>
          </div>
        ))}
        <div className="studio-fact">
          <label htmlFor={`${id}-date`}>
            {t('studio.fact.published')}
            <span aria-hidden="true">{REQUIRED}</span>
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
            label={t('studio.fact.published')}
            value={work.meta.published.status}
            onChange={(status) => setWork((w) => ({ ...w, meta: { ...w.meta, published: { ...w.meta.published, status } } }))}
          />
          <span className="muted studio-hint" id={`${id}-date-hint`}>
            {t('studio.fact.published.hint')}
          </span>
        </div>
      </fieldset>

      <fieldset className="studio-text-input">
        <legend>{t('studio.input.text')}</legend>
        <p className="muted">{drafted ? t('studio.input.fixed') : t('studio.input.paste')}</p>
        <p className="muted">{t('studio.input.anyLanguage')}</p>
        <div className="studio-file">
          <button type="button" onClick={() => fileRef.current?.click()} disabled={drafted && !confirmRedraft}>
            {t('studio.input.openFile')}
          </button>
          <input
            ref={fileRef}
            hidden
            type="file"
            aria-label={t('studio.input.openFile.label')}
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void openFile(f);
              e.target.value = '';
            }}
          />
        </div>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('studio.input.reportText')}
        </label>
        <textarea
          id={`${id}-text`}
          className="studio-textarea"
          value={work.text}
          readOnly={drafted && !confirmRedraft}
          spellCheck={false}
          dir="auto"
          placeholder={t('studio.input.placeholder')}
          onChange={(e) => {
            setFileNotes([]);
            setText(e.target.value);
          }}
        />
        <p className="muted">
          {t('studio.input.size', {
            chars: work.text.length,
            words: work.text.match(/\S+/g)?.length ?? 0,
            hasText: work.text ? 'yes' : 'no',
          })}
        </p>
        {notes.length > 0 && (
          <ul className="studio-notes" aria-live="polite">
            {notes.map((n, i) => (
              <li key={i} className={`note-${n.level}`}>
                <strong>{n.level === 'error' ? t('studio.note.toFix') : n.level === 'warning' ? t('studio.note.note') : ''}</strong>
                {noteText(n, t, lang)}
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
            {t('studio.input.reduce')}
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
            {t('studio.input.undoReduce')}
          </button>
        )}
      </fieldset>

      <div className="studio-actions">
        {tried && blocker && (
          <p className="studio-error" role="alert">
            {noteText(blocker, t, lang)}
          </p>
        )}
        {confirmRedraft && (
          <p className="studio-error" role="alert">
            {t('studio.input.confirmRedraft', { n: work.claims.length })}
          </p>
        )}
        <button type="submit" className="primary" disabled={drafting}>
          {drafting ? t('studio.input.drafting') : drafted ? t('studio.input.draftAgain') : t('studio.input.draft')}
        </button>
        {drafted && (
          <button type="button" onClick={() => setWork((w) => ({ ...w, stage: 'review' }))}>
            {t('studio.input.backToReview')}
          </button>
        )}
        {(drafted || work.text) && (
          <button type="button" onClick={onStartOver}>
            {t('studio.input.new')}
          </button>
        )}
      </div>
    </form>
  );
}
