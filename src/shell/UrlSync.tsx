/**
 * Keeps the link in step with the view: a choice (event, report, place, panel) is a new
 * history entry, so back and forward walk through them; time, filters and map moves
 * replace the current one. Back/forward and edited links are parsed back into the view.
 */
import { useEffect } from 'react';
import { message } from '../data/message';
import { collectionInLink, reopenFromLink } from '../session/open-map';
import { isLang, useLanguage } from '../store/language';
import { resolveView, useStore } from '../store/store';
import { formatView, parseLang, parseView, vocabularyOf } from '../store/url-state';
import type { View } from '../store/view';
import { changeLanguage } from '../words/i18n';
import { setDocumentTitle } from '../words/labels';

const isChoice = (a: View, b: View) =>
  a.event !== b.event ||
  a.report !== b.report ||
  a.place !== b.place ||
  a.tab !== b.tab ||
  a.claim !== b.claim ||
  a.tour !== b.tour ||
  a.step !== b.step ||
  a.present !== b.present ||
  a.handout !== b.handout;

const REPLACE_MS = 250;

/** Runs `f` when the page is idle (at most a second later; Safari has no idle callback: next task). Returns its cancel. */
function whenIdle(f: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(f, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = window.setTimeout(f);
  return () => clearTimeout(id);
}

/** Only the time or the map moved: the changes that come in streams. */
const onlyMoves = (a: View, b: View) => a.mode === b.mode && a.filters === b.filters && !isChoice(a, b);

export function UrlSync() {
  useEffect(function syncUrl() {
    const { model } = useStore.getState();
    if (!model) return;
    let last = useStore.getState().view;
    // Time and map moves come many a second (playing, dragging the slider): the address follows
    // them at most every REPLACE_MS, the last one always; a choice is written at once.
    let pending: number | null = null;
    const write = (push: boolean) => {
      const hash = formatView(useStore.getState().view, model.span, useLanguage.getState().lang);
      if (hash === location.hash || (hash === '' && location.hash === '')) return;
      const url = hash || `${location.pathname}${location.search}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };
    // Then in the page's idle time: writing the address (a call into the browser) is not a step's work.
    let idle: (() => void) | null = null;
    const cancel = () => {
      if (pending !== null) clearTimeout(pending);
      idle?.();
      pending = idle = null;
    };
    const flush = () => {
      if (pending === null && idle === null) return;
      cancel();
      write(false);
    };
    const unsubscribe = useStore.subscribe((s) => {
      if (s.view === last) return;
      const previous = last;
      last = s.view;
      if (isChoice(previous, s.view)) {
        flush();
        write(true);
      } else if (!onlyMoves(previous, s.view)) {
        flush();
        write(false);
      } else if (pending === null && idle === null)
        pending = window.setTimeout(() => {
          pending = null;
          idle = whenIdle(() => {
            idle = null;
            write(false);
          });
        }, REPLACE_MS);
    });
    const restore = () => {
      // The address was changed from outside (back, forward, an edited link): it wins.
      cancel();
      const linked = parseLang(location.hash);
      if (isLang(linked) && linked !== useLanguage.getState().lang) void changeLanguage(linked);
      if (formatView(useStore.getState().view, model.span, useLanguage.getState().lang) === location.hash) return;
      // Another map named (Back after opening one from Maps, an edited m=), or a shared tour pasted
      // into this tab: the map is opened from the link again, as on a fresh load.
      const collection = useStore.getState().view.collection;
      if (collectionInLink(location.hash) !== collection || /(?:^#|&)share=/.test(location.hash)) {
        void reopenFromLink();
        return;
      }
      const { myTours } = useStore.getState();
      const { view: parsed, ignored } = parseView(location.hash, vocabularyOf(model, myTours, collection));
      const view = resolveView(model, myTours, parsed, location.hash);
      last = view;
      useStore.getState().setView(view);
      useStore.getState().setNotice(ignored.length ? message('core.notice.linkIgnored', { list: ignored }) : null);
    };
    // A language chosen in the header is written into the address (a choice of its own).
    const stopLanguage = useLanguage.subscribe(() => {
      flush();
      write(false);
      setDocumentTitle(model.meta);
    });
    window.addEventListener('popstate', restore);
    window.addEventListener('hashchange', restore);
    return function stopSyncing() {
      flush();
      unsubscribe();
      stopLanguage();
      window.removeEventListener('popstate', restore);
      window.removeEventListener('hashchange', restore);
    };
  }, []);
  return null;
}
