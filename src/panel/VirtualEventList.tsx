/**
 * A long list of events (an archive of thousands), virtualised: only the rows in view exist, in a
 * scrolling box with its count. Loaded only when a list is that long (EventList.tsx).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EventFeature } from '../../geo/types';
import { useT } from '../words/i18n';
import { EventRow } from './EventRow';

/** A row's first guess; each row is then measured as drawn, so a long title wraps whole. */
const ROW_HEIGHT = 63;

export function VirtualEventList({ events, selected }: { events: readonly EventFeature[]; selected: string | null }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // The virtualiser's functions are fresh each render by design; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: events.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => events[i].id,
  });
  return (
    <div ref={box} className="event-list-scroll" role="region" aria-label={t('panel.list.scroll', { n: events.length })} tabIndex={0}>
      <ul className="event-list" style={{ height: rows.getTotalSize(), position: 'relative' }}>
        {rows.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={rows.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              insetInlineStart: 0,
              insetInlineEnd: 0,
              transform: `translateY(${row.start}px)`,
            }}
          >
            <EventRow event={events[row.index]} selected={selected === events[row.index].id} />
          </li>
        ))}
      </ul>
    </div>
  );
}
