/**
 * An import in progress, then its outcome: a progress bar while the file is read and checked off
 * the main thread; then every problem with its row and column, and the choice to import the good
 * rows or nothing. The problems are worded from the catalogue (src/words/problems.ts).
 */
import { Fragment, useEffect, useRef } from 'react';
import { useStore } from '../store/store';
import { useLanguage } from '../store/language';
import { useT } from '../words/i18n';
import { isolated, problemWords } from '../words/problems';
import { cancelImport, keepGoodRows } from './import-flow';

const SHOWN = 200;

export function ImportDialog() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const importing = useStore((s) => s.importing);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(
    function showOrHide() {
      const d = ref.current;
      if (!d) return;
      if (importing && !d.open) d.showModal?.();
      if (!importing && d.open) d.close();
    },
    [importing],
  );
  const result = importing?.result;
  const errors = result?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = result?.problems.filter((p) => p.severity === 'warning') ?? [];
  const good = result?.rows.good ?? 0;
  const canKeep = importing?.phase === 'review' && !!result?.map && good > 0;
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => (importing?.phase === 'saving' ? e.preventDefault() : cancelImport())}
    >
      <h2 id="import-title">
        {importing ? t('io.import.opening', { file: isolated(importing.file, lang) }) : t('io.import.openingAFile')}
      </h2>
      {(importing?.phase === 'checking' || importing?.phase === 'saving') && (
        <div role="status">
          <p>{t(importing.phase === 'checking' ? 'io.import.checking' : 'io.import.saving', { share: importing.progress })}</p>
          <progress max={1} value={importing.progress} aria-label={t('io.import.progress')} />
        </div>
      )}
      {importing?.phase === 'failed' && <p role="alert">{importing.message}</p>}
      {importing?.phase === 'review' && result && (
        <>
          <p role="alert">
            {t('io.import.summary', {
              format: result.format ? t(`format.${result.format}.short`) : 'none',
              known: result.format ? 'yes' : 'no',
              total: result.rows.total,
              good,
              errors: errors.length,
              warnings: warnings.length,
            })}
          </p>
          <ol className="import-problems">
            {[...errors, ...warnings].slice(0, SHOWN).map((p, i) => {
              const w = problemWords(p, t, lang);
              return (
                <li key={i}>
                  <strong>
                    {[p.file, w.where].filter(Boolean).length
                      ? [p.file, w.where].filter(Boolean).map((x, j) => (
                          <Fragment key={j}>
                            {j > 0 && t('io.import.separator')}
                            <bdi>{x}</bdi>
                          </Fragment>
                        ))
                      : t('io.import.theFile')}
                  </strong>
                  {t('io.import.colon')}
                  {w.message} <span className="muted">{t('io.import.fix', { fix: w.fix })}</span>
                </li>
              );
            })}
          </ol>
          {errors.length + warnings.length > SHOWN && (
            <p className="muted">{t('io.import.more', { n: errors.length + warnings.length - SHOWN })}</p>
          )}
        </>
      )}
      <div className="dialog-actions">
        {canKeep && (
          <button type="button" className="primary" onClick={() => void keepGoodRows()}>
            {t('io.import.keepGood', { n: good })}
          </button>
        )}
        {importing?.phase !== 'saving' && (
          <button type="button" onClick={cancelImport}>
            {importing?.phase === 'review' && canKeep
              ? t('io.import.nothing')
              : importing?.phase === 'checking'
                ? t('io.cancel')
                : t('io.close')}
          </button>
        )}
      </div>
    </dialog>
  );
}
