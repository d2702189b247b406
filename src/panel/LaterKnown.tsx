/**
 * What was later known about an event: the annotator's notes, each with when the fact became known
 * and the sources that established it. Shown apart from the reports' claims, and never like one:
 * its own heading and look, no stance, no chain. The notes are written in English (geo/later.yaml),
 * with their words in other languages where the map gives them.
 */
import { FormattedMessage } from 'react-intl';
import { isWebAddress } from '../../geo/core/model/web-address';
import type { LaterNote } from '../../geo/types';
import { DATA_TEXT } from '../ui/text-direction';
import { useT } from '../words/i18n';
import { useAuthored } from '../words/labels';
import { useDay } from './use-day';

export function LaterKnown({ notes }: { notes: readonly LaterNote[] }) {
  const t = useT();
  const day = useDay();
  const authored = useAuthored();
  if (notes.length === 0) return null;
  return (
    <section className="later-known" aria-labelledby="later-known-title">
      <h3 id="later-known-title">{t('panel.later.title')}</h3>
      <p className="later-known-about">{t('panel.later.about')}</p>
      <ul className="later-notes">
        {notes.map((n) => (
          <li key={n.id} className="later-note">
            <p className="later-when">{t('panel.later.known', { date: day(n.known) })}</p>
            <p className="later-text" {...authored(n, 'note').attrs}>
              {authored(n, 'note').text}
            </p>
            <p className="later-sources-title">{t('panel.later.sources', { n: n.sources.length })}</p>
            <ul className="later-sources">
              {n.sources.map((s) => {
                const words = (
                  <FormattedMessage
                    id="panel.later.source"
                    values={{
                      outlet: <span {...DATA_TEXT}>{s.outlet}</span>,
                      title: <cite {...DATA_TEXT}>{s.title}</cite>,
                      date: day(s.date),
                    }}
                  />
                );
                return (
                  <li key={`${s.url}|${s.title}`}>
                    {/* Only web addresses become links, whatever the data says. */}
                    {isWebAddress(s.url) ? (
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {words}
                        <span className="visually-hidden">{t('panel.later.newTab')}</span>
                      </a>
                    ) : (
                      words
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
