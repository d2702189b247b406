/** Loads the data once and restores the view from the link. */
import { DataError, loadData } from './data/load';
import { buildModel } from './data/model';
import { receiveSharedTour } from './classroom/share';
import { loadMyTours } from './classroom/tour-file';
import { stepView, useStore } from './store/store';
import { parseView, vocabularyOf } from './store/url-state';

export async function start(fetcher?: typeof fetch): Promise<void> {
  const { loaded, failed, setNotice } = useStore.getState();
  try {
    const model = buildModel(await loadData(fetcher));
    const mine = loadMyTours(model);
    const notices = mine.unusable.length ? [`Some saved tours no longer fit this map and are not shown: ${mine.unusable.join('; ')}.`] : [];
    const shared = receiveSharedTour(model, mine.tours);
    if (shared.notice) notices.push(shared.notice);
    useStore.getState().setMyTours(shared.tours);
    const { view, ignored } = parseView(shared.hash, vocabularyOf(model, shared.tours));
    // A step in the link sets its event and time, as stepping to it would.
    const tour = view.tour ? [...model.tours, ...shared.tours].find((t) => t.id === view.tour) : undefined;
    const step = tour?.steps.find((s) => s.id === view.step);
    const linked = tour && step && !/(^|&)(e|t)=/.test(shared.hash.slice(1)) ? stepView(model, view, tour, step) : view;
    loaded(model, linked);
    if (shared.hash !== location.hash) history.replaceState(null, '', shared.hash || location.pathname);
    if (ignored.length) notices.push(`Part of this link could not be used and was ignored: ${ignored.join('; ')}.`);
    if (notices.length) setNotice(notices.join(' '));
  } catch (error) {
    if (error instanceof DataError) failed(error.message, error.file);
    else failed(`The map's data could not be read (${error instanceof Error ? error.message : String(error)}).`, '');
  }
}
