/** The keyboard shortcuts, in a native dialog. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

export function Help({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(
    function showOrHide() {
      const d = ref.current;
      if (!d) return;
      if (open && !d.open) d.showModal?.();
      if (!open && d.open) d.close();
    },
    [open],
  );
  return (
    <dialog ref={ref} className="help" onClose={onClose} aria-labelledby="help-title">
      <h2 id="help-title">Keyboard</h2>
      <dl>
        {SHORTCUTS.map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p>Every control is reachable with Tab; map markers too, with Enter to open a place.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
