/**
 * A list of events in time order, each a button that selects it. A long list (an archive of
 * thousands) is virtualised: only the rows in view exist, in a scrolling box with its count, so a
 * slider step never re-renders ten thousand buttons.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EventFeature } from '../../geo/types';
import { whenWords } from '../words/dates';
import { useNames } from '../words/labels';
import { useStore } from '../store/store';

/** Up to this many, every row is in the page (search in page and print find them all). */
const PLAIN_LIMIT = 150;
/** Rows of a long list have one height (long titles end in an ellipsis): nothing to measure. */
const ROW_HEIGHT = 63;

function Row({ event, selected }: { event: EventFeature; selected: boolean }) {
  const { selectEvent, setHover } = useStore.getState();
  const claims = event.properties.claims.length;
  const name = useNames();
  return (
    <button
      type="button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => selectEvent(event.id)}
      onMouseEnter={() => setHover(event.id)}
      onMouseLeave={() => setHover(null)}
      onFocus={() => setHover(event.id)}
      onBlur={() => setHover(null)}
    >
      <span className="event-list-date">{whenWords(event.properties.when)}</span>
      <span className="event-list-title">{event.properties.title}</span>
      <span className="event-list-place">
        {event.properties.place ? name(event.properties.place) : 'not on the map'} · {claims} claim{claims === 1 ? '' : 's'}
      </span>
    </button>
  );
}

function VirtualEventList({ events, selected }: { events: readonly EventFeature[]; selected: string | null }) {
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
    <div
      ref={box}
      className="event-list-scroll"
      role="region"
      aria-label={`${events.length.toLocaleString('en')} events, in time order (scroll for more)`}
      tabIndex={0}
    >
      <ul className="event-list" style={{ height: rows.getTotalSize(), position: 'relative' }}>
        {rows.getVirtualItems().map((row) => (
          <li
            key={row.key}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
          >
            <Row event={events[row.index]} selected={selected === events[row.index].id} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EventList({ events }: { events: readonly EventFeature[] }) {
  const selected = useStore((s) => s.view.event);
  if (events.length === 0) return <p className="muted">No events in the time and filters shown.</p>;
  if (events.length > PLAIN_LIMIT) return <VirtualEventList events={events} selected={selected} />;
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.id}>
          <Row event={e} selected={selected === e.id} />
        </li>
      ))}
    </ul>
  );
}
