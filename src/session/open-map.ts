/**
 * Loads a map once and restores the view from the link. The link's `m=` names an imported map
 * (a collection kept in this browser); without it, the built-in map opens. Switching maps runs
 * this again: the store goes back to "loading" and the whole view is rebuilt from the new data.
 */
import type { loadCollection } from '../data/collections';

/** Stored maps (IndexedDB) are read only when a link names one: a first visit does not load that code. */
const collections = () => import('../data/collections');
import type { MapData } from '../../geo/core/model/contract';
import type { Tour } from '../../geo/types';
import { checkMap, checkStoredInWorker, DataError, loadBasemap, loadBuiltInMap, markOnce, type Data } from '../data/load';
import { STORED_MAP } from '../data/map-shape';
import { message, type Message, type MessageValue } from '../data/message';
import { buildModel, type Model } from '../data/model';
import { useLanguage } from '../store/language';
import { keepToursWith, resolveView, useStore, type NoticeWords } from '../store/store';
import { loadWords } from '../words/i18n';
import { holdsProblem } from '../words/message';
import { setDocumentTitle } from '../words/labels';
import { formatView, parseView, vocabularyOf } from '../store/url-state';

/** The collection a link names (`m=…`), if any. */
export function collectionInLink(hash: string): string | null {
  const match = /(?:^#|&)m=([A-Za-z0-9_-]{1,64})(?:&|$)/.exec(hash);
  return match ? match[1] : null;
}

/** The data the link asks for: an imported map if this browser has it, else the built-in map. */
async function dataFor(wanted: string | null, fetcher?: typeof fetch): Promise<Opened> {
  // A stored map is checked as the built one is, in the load worker (which reads it from storage
  // itself) while the page reads and indexes it: one that would break a view is not opened.
  let got: (map: MapData | null) => void = () => {};
  const stored = new Promise<MapData | null>((r) => (got = r));
  const worker = wanted
    ? checkStoredInWorker(wanted, async () => {
        const map = await stored;
        if (map) await checkMap(map, STORED_MAP);
      })
    : null;
  const [basemap, found] = await Promise.all([loadBasemap(fetcher), wanted ? collections().then((c) => c.loadCollection(wanted)) : null]);
  got(found?.ok ? found.map : null);
  if (found?.ok) {
    if (worker) return { data: { map: found.map, basemap }, checked: worker.checked, collection: wanted, notice: null };
    try {
      return {
        data: { map: await checkMap(found.map, STORED_MAP), basemap },
        checked: Promise.resolve(),
        collection: wanted,
        notice: null,
      };
    } catch (error) {
      useStore.setState({ damagedMap: wanted });
      return builtIn(basemap, whyNot(found, error), fetcher);
    }
  }
  worker?.stop();
  // Stored but not readable (a missing piece, a damaged record): still there to remove.
  if (found && !found.ok && found.error.kind === 'corrupt' && wanted) {
    const listed = await (await collections()).listCollections();
    if (listed.ok && listed.collections.some((c) => c.id === wanted)) useStore.setState({ damagedMap: wanted });
  }
  return builtIn(basemap, found && whyNot(found, null), fetcher);
}

type Opened = { data: Data; checked: Promise<void>; collection: string | null; notice: Message | null };

/** Why a stored map the link named was not opened: it failed its check, is missing, or storage failed. */
function whyNot(found: Awaited<ReturnType<typeof loadCollection>> | null, failure: unknown): Message {
  if (failure !== null)
    return message('core.notice.importedDamaged', {
      why: failure instanceof DataError ? failure.words : message('core.data.unreadable', { detail: String(failure) }),
    });
  return found && !found.ok && found.error.kind === 'corrupt'
    ? message('core.notice.importedMissing')
    : message('core.notice.importedUnreadable', { why: found && !found.ok ? found.error.message : '' });
}

/** The built-in map, with the notice (if any) of why a stored map was not opened. */
async function builtIn(basemap: Data['basemap'], notice: Message | null, fetcher?: typeof fetch): Promise<Opened> {
  const { map, checked } = await loadBuiltInMap(fetcher, (fraction) => useStore.setState({ loadProgress: fraction }));
  return { data: { map, basemap }, checked, collection: null, notice };
}

/**
 * The reader's tours and shared links (their checks need the schema, zod): loaded beside the map's
 * data, not before the first screen.
 */
let tourModules: Promise<[typeof import('../data/tour-file'), typeof import('../data/tour-links')]> | null = null;
const loadTourModules = () => (tourModules ??= Promise.all([import('../data/tour-file'), import('../data/tour-links')]));

/** Restores the view from the link on a built model and reports what the link could not use. */
async function show(model: Model, collection: string | null, notices: (Message | string)[]): Promise<void> {
  const [{ loadMyTours, saveMyTours, STORAGE_KEY }, { receiveSharedTour }] = await loadTourModules();
  keepToursWith({ saveTours: saveMyTours });
  listenToOtherTabs(() => loadMyTours(model).tours, STORAGE_KEY);
  const mine = loadMyTours(model);
  if (mine.unusable.length) notices.push(message('core.notice.toursUnusable', { list: mine.unusable }));
  const shared = receiveSharedTour(model, mine.tours);
  if (shared.notice) notices.push(shared.notice);
  useStore.getState().setMyTours(shared.tours);
  const { view, ignored } = parseView(shared.hash, vocabularyOf(model, shared.tours, collection));
  const linked = resolveView(model, shared.tours, view, shared.hash);
  useStore.getState().loaded(model, linked);
  setDocumentTitle(model.meta);
  // The address now says in full what is shown, so back/forward return to exactly this.
  const full = formatView(linked, model.span, useLanguage.getState().lang);
  if (full !== location.hash) history.replaceState(null, '', full || `${location.pathname}${location.search}`);
  if (ignored.length) notices.push(message('core.notice.linkIgnored', { list: ignored }));
  // A notice may carry a check's problems (a shared tour's, a damaged stored map's): worded from
  // their codes, so their words load with it.
  await problemWordsLoaded(notices.filter((n): n is Message => typeof n !== 'string'));
  useStore.getState().setNotice(notices.length ? notices : null);
}

/**
 * The catalogue's words for the checks' problems, and the code that words them: loaded when a
 * message shows a problem, waited for at most 3 s (a stalled server must not hold back the words
 * that say so; the check's own English stands in until they come).
 */
async function problemWordsLoaded(shown: readonly MessageValue[]): Promise<void> {
  if (!shown.some(holdsProblem)) return;
  const load = Promise.all([loadWords('problems'), import('../words/problems')]).catch(() => undefined);
  await Promise.race([load, new Promise((r) => setTimeout(r, 3000))]);
}

async function fail(error: unknown): Promise<void> {
  const { failed } = useStore.getState();
  if (error instanceof DataError) {
    await problemWordsLoaded([error.words]);
    failed(error.words, error.file);
  } else failed(message('core.data.unreadable', { detail: error instanceof Error ? error.message : String(error) }), '');
}

export async function openFromLink(fetcher?: typeof fetch): Promise<void> {
  try {
    void loadTourModules();
    let { data, checked, collection, notice } = await dataFor(collectionInLink(location.hash), fetcher);
    // Indexed while the worker checks the shape; shown only once the check has passed, so a
    // damaged file gets the check's words, not whatever indexing it tripped over.
    let model: Model | null = null;
    let failure: unknown = null;
    try {
      // Indexing a large map takes a moment on this thread: let the loading screen say so first.
      useStore.setState({ loadProgress: 0.9 });
      if (data.map.events.length > 5_000) await new Promise((r) => setTimeout(r, 30));
      model = buildModel(data);
    } catch (error) {
      failure = error;
    }
    try {
      await checked;
    } catch (error) {
      // The stored map failed its check (in the worker): the built-in map opens instead, and says why.
      if (!collection) throw error;
      useStore.setState({ damagedMap: collection });
      ({ data, checked, collection, notice } = await builtIn(data.basemap, whyNot(null, error), fetcher));
      model = buildModel(data);
      await checked;
    }
    if (!model) throw failure;
    await show(model, collection, notice ? [notice] : []);
    // The map is drawn in the next frame: that is when it can be used.
    requestAnimationFrame(() => setTimeout(() => markOnce('map-interactive')));
  } catch (error) {
    await fail(error);
  }
}

/** The address now names another map (or carries a shared tour): open what it names, in place. */
export function reopenFromLink(fetcher?: typeof fetch): Promise<void> {
  useStore.setState({ status: 'loading', model: null, notice: null, damagedMap: null });
  return openFromLink(fetcher);
}

/** After a failed load: the loading screen again, and the same map tried once more. */
export function retryOpening(fetcher?: typeof fetch): Promise<void> {
  useStore.setState({ status: 'loading', model: null, error: null, loadProgress: null });
  return openFromLink(fetcher);
}

/** Opens another map: an imported one by id, or the built-in one (null). */
export function openMap(collection: string | null, fetcher?: typeof fetch): Promise<void> {
  history.pushState(null, '', collection ? `#m=${collection}` : `${location.pathname}${location.search}`);
  useStore.setState({ status: 'loading', model: null, notice: null, damagedMap: null });
  return openFromLink(fetcher);
}

/** Shows a map that could not be kept in the browser: it lives in this tab only. */
export async function openUnsaved(map: MapData, notice: NoticeWords, fetcher?: typeof fetch): Promise<void> {
  history.pushState(null, '', `${location.pathname}${location.search}`);
  useStore.setState({ status: 'loading', model: null, notice: null, damagedMap: null });
  try {
    await show(
      buildModel({ map, basemap: await loadBasemap(fetcher) }),
      null,
      Array.isArray(notice) ? [...notice] : [notice as Message | string],
    );
  } catch (error) {
    await fail(error);
  }
}

let stopListening: (() => void) | null = null;

/** Another tab saved tours: this tab shows them at once (the storage event), and merges on its next save. */
function listenToOtherTabs(load: () => Tour[], key: string): void {
  stopListening?.();
  const onStorage = (e: StorageEvent) => {
    if (e.key !== key) return;
    useStore.getState().setMyTours(load());
  };
  window.addEventListener('storage', onStorage);
  stopListening = () => window.removeEventListener('storage', onStorage);
}
