/** Loads the data once and restores the view from the link. */
import { DataError, loadData } from './data/load';
import { buildModel } from './data/model';
import { receiveSharedTour } from './classroom/share';
import { loadMyTours } from './classroom/tour-file';
import { resolveView, useStore } from './store/store';
import { formatView, parseView, vocabularyOf } from './store/url-state';

export async function start(fetcher?: typeof fetch): Promise<void> {
  const { loaded, failed, setNotice } = useStore.getState();
  try {
    const model = buildModel(await loadData(fetcher));
    const mine = loadMyTours(model);
    const notices = mine.unusable.length ? [`Some saved tours no longer fit this map and are not shown (they stay saved): ${mine.unusable.join('; ')}.`] : [];
    const shared = receiveSharedTour(model, mine.tours);
    if (shared.notice) notices.push(shared.notice);
    useStore.getState().setMyTours(shared.tours);
    const { view, ignored } = parseView(shared.hash, vocabularyOf(model, shared.tours));
    const linked = resolveView(model, shared.tours, view, shared.hash);
    loaded(model, linked);
    // The address now says in full what is shown, so back/forward return to exactly this.
    const full = formatView(linked, model.span);
    if (full !== location.hash) history.replaceState(null, '', full || `${location.pathname}${location.search}`);
    if (ignored.length) notices.push(`Part of this link could not be used and was ignored: ${ignored.join('; ')}.`);
    if (notices.length) setNotice(notices.join(' '));
  } catch (error) {
    if (error instanceof DataError) failed(error.message, error.file);
    else failed(`The map's data could not be read (${error instanceof Error ? error.message : String(error)}).`, '');
  }
}
