/**
 * Maps: the built-in map and those imported into this browser — open one, remove one, or open a
 * file as a new map. Nothing here replaces a stored map: every import is a new one.
 */
import { useEffect, useRef } from 'react';
import { openMap } from '../session/open-map';
import { useStore } from '../store/store';
import { deleteCollection, importFile, refreshCollections } from './import-flow';

import { ACCEPTED_FILES } from '../../geo/core/import/formats';

const FORMAT_NAMES = {
  map: "this app's map file",
  geojson: 'GeoJSON',
  acled: 'ACLED-style CSV',
  studio: 'made in the studio from',
} as const;

export function OpenFileButton({ className, onChosen }: { className?: string; onChosen?: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        Open a file…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        aria-label="Open a file as a new map"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) {
            onChosen?.();
            void importFile(file);
          }
        }}
      />
    </>
  );
}

export function MapsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const collections = useStore((s) => s.collections);
  const current = useStore((s) => s.view.collection);
  useEffect(
    function showOrHide() {
      const d = ref.current;
      if (!d) return;
      if (open && !d.open) {
        void refreshCollections();
        d.showModal?.();
      }
      if (!open && d.open) d.close();
    },
    [open],
  );
  const go = (id: string | null) => {
    onClose();
    if (id !== current) void openMap(id);
  };
  return (
    <dialog ref={ref} className="maps-dialog" onClose={onClose} aria-labelledby="maps-title">
      <h2 id="maps-title">Maps</h2>
      <ul className="maps-list">
        <li aria-current={current === null ? 'true' : undefined}>
          <div>
            <strong>The built-in map</strong>
            <span className="muted"> — comes with the app</span>
          </div>
          <button type="button" onClick={() => go(null)} disabled={current === null}>
            {current === null ? 'Open now' : 'Open'}
          </button>
        </li>
        {collections.map((c) => (
          <li key={c.id} aria-current={current === c.id ? 'true' : undefined}>
            <div>
              <strong>{c.name}</strong>
              <span className="muted">
                {' '}
                — {FORMAT_NAMES[c.format]} {c.source}, imported{' '}
                {new Date(c.importedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}:{' '}
                {c.counts.events.toLocaleString('en')} events, {c.counts.claims.toLocaleString('en')} claims
              </span>
            </div>
            <button type="button" onClick={() => go(c.id)} disabled={current === c.id}>
              {current === c.id ? 'Open now' : 'Open'}
            </button>
            <button
              type="button"
              aria-label={`Remove ${c.name}`}
              onClick={() => {
                if (confirm(`Remove “${c.name}” from this browser? Download it first if you want to keep a copy.`))
                  void deleteCollection(c.id);
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {collections.length === 0 && <p className="muted">No imported maps yet.</p>}
      <h3>Open a file as a new map</h3>
      <p>
        This app&apos;s map file (<code>.json</code>, from Download), a GeoJSON FeatureCollection of events (points with a <code>date</code>{' '}
        or <code>start</code>/<code>end</code>), or an ACLED-style CSV export. You can also drop a file on the map. Imported maps stay in
        this browser.
      </p>
      <div className="dialog-actions">
        <OpenFileButton className="primary" onChosen={onClose} />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
