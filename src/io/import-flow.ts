/**
 * Opening a file as a new map: read and check it off the main thread, show its problems, and let
 * the person import the good rows or nothing. What is kept goes into the browser's storage as a
 * collection and opens; nothing stored is ever replaced. A map that cannot be kept still opens,
 * in this tab only, and the notice says so. The reading, checking and storing happen in the import
 * worker (run-import.ts), which holds the map until it is kept or let go: the page stays free.
 */
import { CHANNEL, listCollections, removeCollection } from '../data/collections';
import { openMap, openUnsaved } from '../session/open-map';
import { useStore, type ImportState, type ImportSummary } from '../store/store';
import { currentLang, loadWords, t } from '../words/i18n';
import { formatList } from '../words/problems';
import { runImport, type ImportRun } from './run-import';

/** Larger files are refused before any work, so the page never tries to hold them. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const set = (importing: ImportState | null) => useStore.setState({ importing });

export async function refreshCollections(): Promise<void> {
  const listed = await listCollections();
  if (listed.ok) useStore.setState({ collections: listed.collections });
  else useStore.getState().setNotice(t('io.notListed', { error: listed.error.message }));
}

/** The import under way: its worker holds the checked map until it is kept or let go. */
let running: ImportRun | null = null;

/** Another tab kept or removed a map: this tab's list follows. */
let listening: BroadcastChannel | null = null;
export function followOtherTabs(): void {
  if (listening || typeof BroadcastChannel === 'undefined') return;
  listening = new BroadcastChannel(CHANNEL);
  listening.onmessage = () => void refreshCollections();
}

async function keep(file: string, result: ImportSummary): Promise<void> {
  const run = running;
  const map = result.map!;
  set({ file, phase: 'saving', progress: 0, result, message: null });
  const saved = await run!.keep((progress) => {
    const now = useStore.getState().importing;
    if (now?.phase === 'saving' && now.file === file) set({ ...now, progress });
  });
  running = null;
  set(null);
  const what = t('io.import.what', { title: map.title, file, events: map.events, claims: map.claims });
  if (saved.type === 'notKept') {
    await openUnsaved(saved.map, t('io.import.notKept', { what, error: saved.error.message }));
    return;
  }
  await refreshCollections();
  await openMap(saved.record.id);
  const skipped = result.rows.total - result.rows.good;
  useStore.getState().setNotice(t('io.import.done', { what, skipped }));
}

export async function importFile(file: File): Promise<void> {
  if (useStore.getState().importing?.phase === 'checking') return;
  if (file.size > MAX_IMPORT_BYTES) {
    set({
      file: file.name,
      phase: 'failed',
      progress: 0,
      result: null,
      message: t('io.import.tooBig', { mb: Math.round(file.size / 1048576), max: MAX_IMPORT_BYTES / 1048576 }),
    });
    return;
  }
  set({ file: file.name, phase: 'checking', progress: 0, result: null, message: null });
  // The words for a file's problems load while it is checked.
  const words = loadWords('problems');
  let result: ImportSummary;
  running?.cancel();
  const run = (running = runImport(file.name, file, (progress) => {
    const now = useStore.getState().importing;
    if (now?.phase === 'checking' && now.file === file.name) set({ ...now, progress });
  }));
  try {
    result = await run.checked;
  } catch (error) {
    if (running === run) running = null;
    set({
      file: file.name,
      phase: 'failed',
      progress: 0,
      result: null,
      message: t('io.import.unreadable', {
        error: error instanceof Error ? error.message : String(error),
        formats: formatList(t, currentLang()),
      }),
    });
    return;
  }
  await words;
  if (running !== run || useStore.getState().importing?.file !== file.name) return; // cancelled meanwhile
  // A file with no problem at all is kept at once; a warning (a file read as Latin-1, line endings
  // read as one kind) is shown first, as an error is: the person reads it before anything is kept.
  if (result.map && result.rows.good > 0 && result.problems.length === 0) await keep(file.name, result);
  else set({ file: file.name, phase: 'review', progress: 1, result, message: null });
}

/** The person chose to import the rows without problems. */
export async function keepGoodRows(): Promise<void> {
  const now = useStore.getState().importing;
  if (now?.phase === 'review' && now.result?.map && now.result.rows.good > 0 && running) await keep(now.file, now.result);
}

/** The person chose to import nothing (or closed the message). */
export function cancelImport(): void {
  running?.cancel();
  running = null;
  set(null);
}

export async function deleteCollection(id: string): Promise<void> {
  const removed = await removeCollection(id);
  if (!removed.ok) useStore.getState().setNotice(t('io.maps.notRemoved', { error: removed.error.message }));
  await refreshCollections();
  if (useStore.getState().view.collection === id) await openMap(null);
}
