/** An event's title, in the reader's language, as a button that selects the event (in a claim's line, a table row). */
import type { EventFeature } from '../../geo/types';
import { useStore } from '../store/store';
import { useAuthored } from '../words/labels';

export function EventLink({ event }: { event: EventFeature }) {
  const title = useAuthored()(event.properties, 'title');
  return (
    <button type="button" className="link-button" onClick={() => useStore.getState().selectEvent(event.id)} {...title.attrs}>
      {title.text}
    </button>
  );
}
