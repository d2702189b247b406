/** One event in a list: a button that selects it, with its date, title, place and claims. */
import { FormattedMessage } from 'react-intl';
import type { EventFeature } from '../../geo/types';
import { DATA_TEXT } from '../ui/text-direction';
import { whenWords } from '../words/dates';
import { useT } from '../words/i18n';
import { useAuthored, useNames } from '../words/labels';
import { useStore } from '../store/store';

export function EventRow({ event, selected }: { event: EventFeature; selected: boolean }) {
  const t = useT();
  const { selectEvent, setHover } = useStore.getState();
  const place = event.properties.place;
  const name = useNames();
  const title = useAuthored()(event.properties, 'title');
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
      <span className="event-list-title" {...title.attrs}>
        {title.text}
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
