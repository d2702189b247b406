/** The keyboard shortcuts, in a native dialog. */
import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../words/i18n';
import { SHORTCUTS } from './shortcuts';

/** A key's name as printed on the key: left to right, whatever the page's direction (a bracket is not mirrored). */
const kbd = (chunks: ReactNode[]) => <kbd dir="ltr">{chunks}</kbd>;

export function Help({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
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
      <h2 id="help-title">{t('core.help.title')}</h2>
      <dl>
        {SHORTCUTS.map((id) => (
          <div key={id}>
            <dt>
              <FormattedMessage id={`${id}.keys`} values={{ kbd }} />
            </dt>
            <dd>
              <FormattedMessage id={`${id}.what`} values={{ kbd }} />
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <FormattedMessage id="core.help.tab" values={{ kbd }} />
      </p>
      <button type="button" onClick={onClose}>
        {t('core.help.close')}
      </button>
    </dialog>
  );
}
