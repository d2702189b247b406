/** A short notice (e.g. what a link held that could not be used), dismissible. */
import { useStore } from '../store/store';

export function Notice() {
  const notice = useStore((s) => s.notice);
  const { setNotice } = useStore.getState();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss the notice">
        ×
      </button>
    </div>
  );
}
