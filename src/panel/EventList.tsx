/**
 * A list of events in time order, each a button that selects it. A long list (an archive of
 * thousands) is virtualised: only the rows in view exist, in a scrolling box with its count, so a
 * slider step never re-renders ten thousand buttons.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import type { EventFeature } from '../../geo/types';
import { DATA_TEXT } from '../ui/text-direction';
import { whenWords } from '../words/dates';
import { useT } from '../words/i18n';
import { useNames } from '../words/labels';
import { useStore } from '../store/store';

/** Up to this many, every row is in the page (search in page and print find them all). */
const PLAIN_LIMIT = 150;
/** A row's first guess; each row is then measured as drawn, so a long title wraps whole. */
const ROW_HEIGHT = 63;

function Row({ event, selected }: { event: EventFeature; selected: boolean }) {
  const t = useT();
  const { selectEvent, setHover } = useStore.getState();
  const place = event.properties.place;
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
      <span className="event-list-title" {...DATA_TEXT}>
        {event.properties.title}
      </span>
      <span className="event-list-place">
        <FormattedMessage
          id="panel.list.placeClaims"
          values={{
            place: place ? <span {...DATA_TEXT}>{name(place)}</span> : t('panel.list.unplaced'),
            claims: t('panel.claims', { n: event.properties.claims.length }),
          }}
        />
      </span>
    </button>
  );
}

function VirtualEventList({ events, selected }: { events: readonly EventFeature[]; selected: string | null }) {
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
            <Row event={events[row.index]} selected={selected === events[row.index].id} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EventList({ events }: { events: readonly EventFeature[] }) {
  const t = useT();
  const selected = useStore((s) => s.view.event);
  if (events.length === 0) return <p className="muted">{t('panel.list.none')}</p>;
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
