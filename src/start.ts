/** Loads the data once and restores the view from the link. */
import { DataError, loadData } from './data/load';
import { buildModel } from './data/model';
import { useStore } from './store/store';
import { parseView, vocabularyOf } from './store/url-state';

export async function start(fetcher?: typeof fetch): Promise<void> {
  const { loaded, failed, setNotice } = useStore.getState();
  try {
    const model = buildModel(await loadData(fetcher));
    const { view, ignored } = parseView(location.hash, vocabularyOf(model));
    loaded(model, view);
    if (ignored.length) setNotice(`Part of this link could not be used and was ignored: ${ignored.join('; ')}.`);
  } catch (error) {
    if (error instanceof DataError) failed(error.message, error.file);
    else failed(`The map's data could not be read (${error instanceof Error ? error.message : String(error)}).`, '');
  }
}
