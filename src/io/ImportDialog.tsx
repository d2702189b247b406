/**
 * An import in progress, then its outcome: a progress bar while the file is read and checked off
 * the main thread; then every problem with its row and column, and the choice to import the good
 * rows or nothing.
 */
import { useEffect, useRef } from 'react';
import { useStore } from '../store/store';
import { cancelImport, keepGoodRows } from './import-flow';

const SHOWN = 200;
const FORMAT_NAMES = { map: "this app's map file", geojson: 'a GeoJSON FeatureCollection', acled: 'an ACLED-style CSV' } as const;

export function ImportDialog() {
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
      <h2 id="import-title">Opening {importing?.file ?? 'a file'}</h2>
      {importing?.phase === 'checking' && (
        <div role="status">
          <p>Reading and checking the file… {Math.round(importing.progress * 100)}%</p>
          <progress max={1} value={importing.progress} aria-label="Import progress" />
        </div>
      )}
      {importing?.phase === 'saving' && <p role="status">Keeping the map in this browser…</p>}
      {importing?.phase === 'failed' && <p role="alert">{importing.message}</p>}
      {importing?.phase === 'review' && result && (
        <>
          <p role="alert">
            {result.format ? `The file is ${FORMAT_NAMES[result.format]}` : 'The file could not be read as a map'}
            {result.rows.total > 0 &&
              `: ${result.rows.total.toLocaleString('en')} rows, ${good.toLocaleString('en')} without problems`}.{' '}
            {errors.length.toLocaleString('en')} problem
            {errors.length === 1 ? '' : 's'} found
            {warnings.length ? ` (and ${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}. Nothing has been imported yet.
          </p>
          <ol className="import-problems">
            {[...errors, ...warnings].slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <strong>{[p.file, p.where].filter(Boolean).join(', ') || 'The file'}</strong>: {p.message}{' '}
                <span className="muted">Fix: {p.fix}</span>
              </li>
            ))}
          </ol>
          {errors.length + warnings.length > SHOWN && (
            <p className="muted">…and {(errors.length + warnings.length - SHOWN).toLocaleString('en')} more.</p>
          )}
        </>
      )}
      <div className="dialog-actions">
        {canKeep && (
          <button type="button" className="primary" onClick={() => void keepGoodRows()}>
            {good === 1 ? 'Import the good row' : `Import the ${good.toLocaleString('en')} good rows`}
          </button>
        )}
        {importing?.phase !== 'saving' && (
          <button type="button" onClick={cancelImport}>
            {importing?.phase === 'review' && canKeep ? 'Import nothing' : importing?.phase === 'checking' ? 'Cancel' : 'Close'}
          </button>
        )}
      </div>
    </dialog>
  );
}
