/**
 * Copies a link, and shows it too (the clipboard may be closed, e.g. from file://). The link is
 * made when asked for: a tour's step links each carry the whole tour, so making them all on every
 * keystroke would cost as much as the tour is long, times its steps. A link made from the offline
 * single file (file://) names a file on this computer, so it says that it works only here.
 */
import { useState } from 'react';
import { useT } from '../words/i18n';
import { SPACE } from './punctuation';

export function CopyLink({ link: make, label }: { link: string | (() => string); label: string }) {
  const t = useT();
  const [shown, setShown] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const copy = async () => {
    const made = typeof make === 'function' ? make() : make;
    setLink(made);
    try {
      await navigator.clipboard.writeText(made);
      setShown(t('classroom.copy.copied'));
    } catch {
      setShown(t('classroom.copy.copyThis'));
    }
  };
  return (
    <span className="copy-link">
      <button type="button" className="link-button" onClick={copy}>
        {label}
      </button>
      {shown && (
        <label>
          {shown}
          {SPACE}
          <input
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            aria-label={t('classroom.copy.theLink', { label })}
            dir="ltr"
          />
        </label>
      )}
      {shown && link.startsWith('file:') && (
        <span className="copy-link-local" role="note">
          {t('classroom.copy.local')}
        </span>
      )}
    </span>
  );
}
