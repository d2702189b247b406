/**
 * The versions of studio work kept beside the current one (another tab's, or the one set aside by
 * a choice): each can be opened (the work on screen is kept in its place), downloaded, or deleted
 * by a second press. Nothing here is ever removed without the person asking.
 */
import { useState } from 'react';
import { useT } from '../words/i18n.tsx';
import { workTitle } from './publish.ts';
import type { KeptCopy } from './saved.ts';

export function KeptVersions({
  copies,
  onOpen,
  onDownload,
  onRemove,
}: {
  copies: KeptCopy[];
  onOpen: (c: KeptCopy) => void;
  onDownload: (c: KeptCopy) => void;
  onRemove: (c: KeptCopy) => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!copies.length) return null;
  return (
    <details className="studio-copies">
      <summary>{t('studio.copies.title', { n: copies.length })}</summary>
      <ul>
        {copies.map((c) => {
          const title = workTitle(c.work, t('studio.untitled'));
          return (
            <li key={c.key}>
              <span className="studio-copy-what">
                <bdi>{title}</bdi>
                {t('studio.copies.item', { chars: c.work.text.length, claims: c.work.claims.length, at: new Date(c.at) })}
                {c.work.text && <q className="studio-copy-start">{c.work.text.slice(0, 80)}</q>}
              </span>
              <button type="button" onClick={() => onOpen(c)} aria-label={t('studio.copies.openLabel', { title })}>
                {t('studio.copies.open')}
              </button>
              <button type="button" onClick={() => onDownload(c)} aria-label={t('studio.copies.downloadLabel', { title })}>
                {t('studio.copies.download')}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (confirming !== c.key) return setConfirming(c.key);
                  setConfirming(null);
                  onRemove(c);
                }}
                aria-label={confirming === c.key ? undefined : t('studio.copies.removeLabel', { title })}
              >
                {confirming === c.key ? t('studio.copies.removeAgain') : t('studio.copies.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
