/**
 * A list of events in time order, each a button that selects it. A long list (an archive of
 * thousands) is virtualised (VirtualEventList, loaded only then): only the rows in view exist, in
 * a scrolling box with its count, so a slider step never re-renders ten thousand buttons.
 */
import { lazy, Suspense } from 'react';
import type { EventFeature } from '../../geo/types';
import { useT } from '../words/i18n';
import { useStore } from '../store/store';
import { EventRow } from './EventRow';

/** Up to this many, every row is in the page (search in page and print find them all). */
const PLAIN_LIMIT = 150;

const VirtualEventList = lazy(() => import('./VirtualEventList').then((m) => ({ default: m.VirtualEventList })));

export function EventList({ events }: { events: readonly EventFeature[] }) {
  const t = useT();
  const selected = useStore((s) => s.view.event);
  if (events.length === 0) return <p className="muted">{t('panel.list.none')}</p>;
  if (events.length > PLAIN_LIMIT)
    return (
      <Suspense fallback={<p className="muted" aria-busy="true" />}>
        <VirtualEventList events={events} selected={selected} />
      </Suspense>
    );
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.id}>
          <EventRow event={e} selected={selected === e.id} />
        </li>
      ))}
    </ul>
  );
}
