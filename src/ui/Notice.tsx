/** A short notice (e.g. what a link held that could not be used), dismissible; its words are chosen here, in the reader's language. */
import type { Message } from '../data/message';
import type { NoticeWords } from '../store/store';
import { useStore } from '../store/store';
import { useT, type Translate } from '../words/i18n';
import { words } from '../words/message';
import { lazy, Suspense } from 'react';

/** Shown only when a stored map was damaged: loaded then. */
const DamagedMap = lazy(() => import('./DamagedMap').then((m) => ({ default: m.DamagedMap })));

/** A notice's text: each message in the reader's language, several in a row. */
function noticeText(notice: NoticeWords, t: Translate): string {
  const all: readonly (Message | string)[] = Array.isArray(notice) ? notice : [notice as Message | string];
  return all.map((m) => (typeof m === 'string' ? m : words(m, t))).join(' ');
}

/** A symbol, not a word: the button's name says what it does. */
const CLOSE = '×';

export function Notice() {
  const t = useT();
  const notice = useStore((s) => s.notice);
  const damaged = useStore((s) => s.damagedMap);
  const { setNotice } = useStore.getState();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{noticeText(notice, t)}</span>
      {damaged && (
        <Suspense fallback={null}>
          <DamagedMap id={damaged} />
        </Suspense>
      )}
      <button type="button" onClick={() => setNotice(null)} aria-label={t('core.notice.dismiss')}>
        {CLOSE}
      </button>
    </div>
  );
}
