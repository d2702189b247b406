/**
 * The studio keeps its work in the browser (IndexedDB) as the person goes: a reload, a crash or a
 * closed tab loses nothing. One work at a time, under one key; a saved work this version cannot
 * read is set aside under a key of its own (never written over) and offered as a download.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { attempt, type StorageResult } from '../data/collections.ts';
import type { StudioWork } from './work.ts';

const KEY = 'current';
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

export function loadWork(): Promise<LoadedWork> {
  return attempt<{ work: StudioWork | null; setAside: { key: string; value: unknown } | null }>(async () => {
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
    await set(KEY, work, studioStore());
    return { ok: true };
  });
}
