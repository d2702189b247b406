/**
 * A stored map the link named could not be opened: the built-in map is shown, and this offers what
 * a person can do with the damaged one — take it out of the browser, or download what can be read
 * of it (to repair it, or to send to whoever made it). Never a dead end.
 */
import { useState } from 'react';
import { useStore } from '../store/store';
import { useT } from '../words/i18n';
import { saveFile } from './save-file';

export function DamagedMap({ id }: { id: string }) {
  const t = useT();
  const [said, setSaid] = useState<string | null>(null);
  // The stored maps' code loads when a button is pressed: this shows over a first visit's page.
  const remove = async () => {
    const { removeCollection } = await import('../data/collections');
    const removed = await removeCollection(id);
    if (removed.ok) {
      useStore.setState({ damagedMap: null });
      useStore.getState().setNotice(t('core.damaged.removed'));
    } else setSaid(t('core.damaged.notRemoved', { why: removed.error.message }));
  };
  const download = async () => {
    const { listCollections, loadCollection } = await import('../data/collections');
    const found = await loadCollection(id);
    if (!found.ok) {
      setSaid(t('core.damaged.unreadable', { why: found.error.message }));
      return;
    }
    const listed = await listCollections();
    const name = (listed.ok && listed.collections.find((c) => c.id === id)?.source) || `${id}.json`;
    saveFile(name.replace(/\.[^.]*$/, '') + '.damaged.json', 'application/json', JSON.stringify(found.map));
  };
  return (
    <span className="notice-actions">
      <button type="button" onClick={() => void remove()}>
        {t('core.damaged.remove')}
      </button>
      <button type="button" onClick={() => void download()}>
        {t('core.damaged.download')}
      </button>
      {said && <span role="alert">{said}</span>}
    </span>
  );
}
