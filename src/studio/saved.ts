/**
 * The studio keeps its work in the browser (IndexedDB) as the person goes: a reload, a crash or a
 * closed tab loses nothing. One work at a time, under one key; a saved work this version cannot
 * read is set aside under a key of its own (never written over) and offered as a download.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { attempt, type StorageResult } from '../data/collections.ts';
import type { StudioWork } from './work.ts';

const KEY = 'current';
/**
 * A page that is closing cannot wait for IndexedDB: its last edits go to localStorage, which
 * writes at once, and the next load takes them from there (then IndexedDB has them again).
 */
const LEAVING = 'according-to-studio:leaving';
let store: UseStore | undefined;
const studioStore = () => (store ??= createStore('according-to-studio', 'work'));

function isWork(v: unknown): v is StudioWork {
  const w = v as Partial<StudioWork> | null;
  return (
    w?.version === 1 &&
    typeof w.text === 'string' &&
    typeof w.meta?.reportId === 'string' &&
    Array.isArray(w.claims) &&
    Array.isArray(w.notClaims) &&
    Array.isArray(w.events) &&
    Array.isArray(w.asserters) &&
    Array.isArray(w.places)
  );
}

export type LoadedWork = StorageResult<{ work: StudioWork | null; setAside: { key: string; value: unknown } | null }>;

/** Keeps the work of a closing page at once (synchronously); false if the browser refuses. */
export function saveLeaving(work: StudioWork): boolean {
  try {
    localStorage.setItem(LEAVING, JSON.stringify({ at: Date.now(), work }));
    return true;
  } catch {
    return false;
  }
}

function readLeaving(): { at: number; work: unknown } | undefined {
  try {
    const raw = localStorage.getItem(LEAVING);
    const kept = raw === null ? undefined : (JSON.parse(raw) as { at?: unknown; work?: unknown } | null);
    return typeof kept?.at === 'number' ? { at: kept.at, work: kept.work } : undefined;
  } catch {
    return undefined;
  }
}

export function loadWork(): Promise<LoadedWork> {
  return attempt<{ work: StudioWork | null; setAside: { key: string; value: unknown } | null }>(async () => {
    const leaving = readLeaving()?.work;
    if (isWork(leaving)) {
      await set(KEY, leaving, studioStore());
      localStorage.removeItem(LEAVING);
    }
    const value = await get<unknown>(KEY, studioStore());
    if (value === undefined) return { ok: true, work: null, setAside: null };
    if (isWork(value)) return { ok: true, work: value, setAside: null };
    const key = `unreadable-${new Date().toISOString()}`;
    await set(key, value, studioStore());
    await del(KEY, studioStore());
    return { ok: true, work: null, setAside: { key, value } };
  });
}

export function saveWork(work: StudioWork): Promise<StorageResult> {
  return attempt(async () => {
    const started = Date.now();
    await set(KEY, work, studioStore());
    // A copy kept by a page that then stayed open is dropped once a write begun after it (so of
    // the same work or a newer one) is done; a write begun before it must not drop it.
    const kept = readLeaving();
    if (kept && kept.at <= started) localStorage.removeItem(LEAVING);
    return { ok: true };
  });
}
