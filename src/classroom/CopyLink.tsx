/** Copies a link, and shows it too (the clipboard may be closed, e.g. from file://). */
import { useState } from 'react';

export function CopyLink({ link, label }: { link: string; label: string }) {
  const [shown, setShown] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
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
    </span>
  );
}
