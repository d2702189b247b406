/** Says selection and time changes politely to screen readers (one aria-live region). */
import { useEffect, useState } from 'react';
import { dayWords, spanWords, whenWords } from '../words/dates';
import { placeName, authoredText } from '../words/labels';
import { useLanguage } from '../store/language';
import { visibleEvents } from '../store/selectors';
import { useStore } from '../store/store';
import { t } from '../words/i18n';

export function Announcer() {
  const [text, setText] = useState('');
  useEffect(function announceChanges() {
    let timer: number | undefined;
    let last = useStore.getState().view;
    const unsubscribe = useStore.subscribe((s) => {
      const { view, model } = s;
      if (view === last || !model) return;
      const previous = last;
      last = view;
      if (view.event !== previous.event && view.event) {
        const e = model.eventById.get(view.event);
        if (e)
          setText(
            t(e.properties.place ? 'core.announce.selected' : 'core.announce.selectedNowhere', {
              title: authoredText(e.properties, 'title', useLanguage.getState().lang),
              place: e.properties.place ? placeName(e.properties.place, useLanguage.getState().lang) : '',
              when: whenWords(e.properties.when),
              claims: e.properties.claims.length,
            }),
          );
        return;
      }
      if (view.to !== previous.to || view.from !== previous.from || view.mode !== previous.mode || view.filters !== previous.filters) {
        // Dragging the slider changes time many times a second: say only where it settles.
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          const n = visibleEvents(model, view).length;
          setText(
            view.mode === 'upto'
              ? t('core.announce.shownUpTo', { n, date: dayWords(view.to) })
              : t('core.announce.shownSpan', { n, span: spanWords(view.from, view.to) }),
          );
        }, 500);
      }
    });
    return function stopAnnouncing() {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}
