/**
 * Maps: the built-in map and those imported into this browser — open one, remove one, or open a
 * file as a new map. Nothing here replaces a stored map: every import is a new one.
 */
import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { openMap } from '../session/open-map';
import { useStore } from '../store/store';
import { useFormat, useT } from '../words/i18n';
import { isolated } from '../words/problems';
import { deleteCollection, followOtherTabs, importFile, refreshCollections } from './import-flow';

import { ACCEPTED_FILES } from '../../geo/core/import/formats';

export function OpenFileButton({ className, onChosen }: { className?: string; onChosen?: () => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {t('io.openFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        aria-label={t('io.openFile.label')}
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
  const t = useT();
  const { lang } = useFormat();
  const ref = useRef<HTMLDialogElement>(null);
  const collections = useStore((s) => s.collections);
  const current = useStore((s) => s.view.collection);
  useEffect(
    function showOrHide() {
      const d = ref.current;
      if (!d) return;
      if (open && !d.open) {
        followOtherTabs();
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
      <h2 id="maps-title">{t('io.maps.title')}</h2>
      <ul className="maps-list">
        <li aria-current={current === null ? 'true' : undefined}>
          <div>
            <strong>{t('io.maps.builtIn')}</strong>
            <span className="muted">{t('io.maps.builtIn.note')}</span>
          </div>
          <button type="button" onClick={() => go(null)} disabled={current === null}>
            {current === null ? t('io.maps.openNow') : t('io.maps.open')}
          </button>
        </li>
        {collections.map((c) => (
          <li key={c.id} aria-current={current === c.id ? 'true' : undefined}>
            <div>
              <strong dir="auto">{c.name}</strong>
              <span className="muted">
                <FormattedMessage
                  id="io.maps.from"
                  values={{
                    format: c.format,
                    source: <bdi>{c.source}</bdi>,
                    date: new Date(c.importedAt),
                    events: c.counts.events,
                    claims: c.counts.claims,
                  }}
                />
              </span>
            </div>
            <button type="button" onClick={() => go(c.id)} disabled={current === c.id}>
              {current === c.id ? t('io.maps.openNow') : t('io.maps.open')}
            </button>
            <button
              type="button"
              aria-label={t('io.maps.remove.label', { name: isolated(c.name, lang) })}
              onClick={() => {
                if (confirm(t('io.maps.remove.confirm', { name: isolated(c.name, lang) }))) void deleteCollection(c.id);
              }}
            >
              {t('io.maps.remove')}
            </button>
          </li>
        ))}
      </ul>
      {collections.length === 0 && <p className="muted">{t('io.maps.none')}</p>}
      <h3>{t('io.maps.openAsNew')}</h3>
      <p>
        <FormattedMessage id="io.maps.help" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </p>
      <div className="dialog-actions">
        <OpenFileButton className="primary" onChosen={onClose} />
        <button type="button" onClick={onClose}>
          {t('io.close')}
        </button>
      </div>
    </dialog>
  );
}
