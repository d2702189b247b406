/**
 * Copies a link, and shows it too (the clipboard may be closed, e.g. from file://). The link is
 * made when asked for: a tour's step links each carry the whole tour, so making them all on every
 * keystroke would cost as much as the tour is long, times its steps. A link made from the offline
 * single file (file://) names a file on this computer, so it says that it works only here.
 */
import { useState } from 'react';

export function CopyLink({ link: make, label }: { link: string | (() => string); label: string }) {
  const [shown, setShown] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const copy = async () => {
    const made = typeof make === 'function' ? make() : make;
    setLink(made);
    try {
      await navigator.clipboard.writeText(made);
      setShown('Copied:');
    } catch {
      setShown('Copy this link:');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" className="link-button" onClick={copy}>
        {label}
      </button>
      {shown && (
        <label>
          {shown} <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} aria-label={`${label}: the link`} />
        </label>
      )}
      {shown && link.startsWith('file:') && (
        <span className="copy-link-local" role="note">
          This link opens the app’s file on this computer only. For another computer, send the file itself, or export the tour (Export file)
          and import it there.
        </span>
      )}
    </span>
  );
}
