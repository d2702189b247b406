/** A list of events in time order, each a button that selects it. */
import type { EventFeature } from '../../geo/types';
import { whenWords } from '../format/dates';
import { useStore } from '../store/store';

export function EventList({ events }: { events: readonly EventFeature[] }) {
  const selected = useStore((s) => s.view.event);
  const { selectEvent, setHover } = useStore.getState();
  if (events.length === 0) return <p className="muted">No events in the time and filters shown.</p>;
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            aria-current={selected === e.id ? 'true' : undefined}
            onClick={() => selectEvent(e.id)}
            onMouseEnter={() => setHover(e.id)}
            onMouseLeave={() => setHover(null)}
            onFocus={() => setHover(e.id)}
            onBlur={() => setHover(null)}
          >
            <span className="event-list-date">{whenWords(e.properties.when)}</span>
            <span className="event-list-title">{e.properties.title}</span>
            <span className="event-list-place">{e.properties.place?.name ?? 'not on the map'} · {e.properties.claims.length} claim{e.properties.claims.length === 1 ? '' : 's'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
