/**
 * The versions of studio work kept beside the current one (another tab's, or the one set aside by
 * a choice): each can be opened (the work on screen is kept in its place), downloaded, or deleted
 * by a second press. Nothing here is ever removed without the person asking.
 */
import { useState } from 'react';
import { useFormat, useT } from '../words/i18n.tsx';
import { isolated } from '../words/problems.ts';
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
  const { lang } = useFormat();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!copies.length) return null;
  return (
    <details className="studio-copies">
      <summary>{t('studio.copies.title', { n: copies.length })}</summary>
      <ul>
        {copies.map((c) => {
          const title = workTitle(c.work, t('studio.untitled'));
          // The title is the report's own words, kept in its direction inside the label.
          const named = { title: isolated(title, lang) };
          return (
            <li key={c.key}>
              <span className="studio-copy-what">
                <bdi>{title}</bdi>
                {t('studio.copies.item', { chars: c.work.text.length, claims: c.work.claims.length, at: new Date(c.at) })}
                {c.work.text && <q className="studio-copy-start">{c.work.text.slice(0, 80)}</q>}
              </span>
              <button type="button" onClick={() => onOpen(c)} aria-label={t('studio.copies.openLabel', named)}>
                {t('studio.copies.open')}
              </button>
              <button type="button" onClick={() => onDownload(c)} aria-label={t('studio.copies.downloadLabel', named)}>
                {t('studio.copies.download')}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (confirming !== c.key) return setConfirming(c.key);
                  setConfirming(null);
                  onRemove(c);
                }}
                aria-label={confirming === c.key ? undefined : t('studio.copies.removeLabel', named)}
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
