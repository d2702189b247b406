/**
 * What was later known about a step's event, shown apart from the reports' claims: its own
 * heading and look, the date the fact became known, and its sources. The note is the annotator's
 * (data), in the reader's language where the map gives it: it is marked with its language. On the slide each source is named by its outlet
 * (each outlet once); in the presenter view and on the teacher's handout each source carries its
 * full citation.
 */
import type { LaterNote } from '../../geo/types';
import { dayWords } from '../words/dates';
import { FormattedMessage } from 'react-intl';
import { useT } from '../words/i18n';
import { useAuthored, quoted } from '../words/labels';
import { dataText } from './data-text';
import { DateText } from './DateText';
import './later.css';

export function LaterNotes({ notes, full, className }: { notes: readonly LaterNote[]; full: boolean; className: string }) {
  const t = useT();
  const authored = useAuthored();
  return (
    <section className={`later-known ${className}`} aria-label={t('classroom.later.heading')}>
      <h3 className="later-known-heading">{t('classroom.later.heading')}</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <p className="later-known-note" {...authored(n, 'note').attrs}>
              {authored(n, 'note').text}
            </p>
            <p className="later-known-source">
              <span className="later-known-date">
                <FormattedMessage id="classroom.later.known" values={{ date: <DateText>{dayWords(n.known)}</DateText> }} />
              </span>
              {full ? (
                <>
                  {' · '}
                  {t('classroom.later.sources', { n: n.sources.length })}
                </>
              ) : (
                <>
                  {' · '}
                  {[...new Set(n.sources.map((s) => s.outlet))].map((outlet, i) => (
                    <span key={outlet}>
                      {i > 0 && t('classroom.listSeparator')}
                      <bdi>{outlet}</bdi>
                    </span>
                  ))}
                </>
              )}
            </p>
            {full && (
              <ul className="later-known-citations">
                {n.sources.map((s) => (
                  <li key={s.url}>
                    <bdi>{s.outlet}</bdi>
                    {t('classroom.listSeparator')}
                    <cite {...dataText(s.title)}>{quoted(s.title)}</cite>
                    {t('classroom.listSeparator')}
                    <DateText>{dayWords(s.date)}</DateText>
                    {t('classroom.listSeparator')}
                    <span className="source-url" dir="ltr" translate="no">
                      {s.url}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
