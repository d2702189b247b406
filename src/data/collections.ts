/**
 * Collections: maps a person imported, kept in this browser (IndexedDB) across reloads, beside the
 * built-in map. Why it is built this way:
 * - Two stores. A small index (one record per collection: name, source file, counts) and the maps
 *   themselves (up to tens of MB each), under the same id, so listing never loads a map. They are
 *   two databases (idb-keyval opens one store per database), so no transaction spans both: a save
 *   writes the map first and the index entry last, and takes the map back out if the entry fails;
 *   a removal deletes the map first, so a failure half-way leaves an entry that says it is damaged
 *   and can be removed again, never an invisible map that fills the storage.
 * - Never overwrite. Each save gets a new id and is written with `add`, which refuses a taken key.
 * - Report every failure. Storage can be full, switched off (private modes, file://) or damaged:
 *   no function throws; each returns a result whose error says in plain words what happened.
 */
import type { ImportFormatId } from '../../geo/core/import/formats';
import { createStore, get, values, type UseStore } from 'idb-keyval';
import type { MapData } from '../../geo/core/model/contract';
import { FORMAT } from '../../geo/core/model/format';
import { upgradeMapFile } from '../../geo/core/import/upgrade';

export type CollectionFormat = ImportFormatId | 'studio';

export interface CollectionRecord {
  id: string;
  name: string;
  format: CollectionFormat;
  /** The imported file's name. */
  source: string;
  /** ISO date-time of the import. */
  importedAt: string;
  counts: { events: number; claims: number; reports: number };
}

/** `message` is for the reader, in plain words. */
export interface StorageError {
  kind: 'quota' | 'blocked' | 'unavailable' | 'corrupt' | 'unknown';
  message: string;
}

export type StorageResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: StorageError };

const MESSAGES: Record<StorageError['kind'], string> = {
  quota:
    "The browser's storage is full: the map stays open in this tab but will not be kept after you close it. Free space or export the map.",
  blocked: "Another tab of this app is holding the browser's storage: close the other tabs and try again.",
  unavailable:
    'This browser does not let the page keep maps (private browsing, or a page opened from a file): the map stays open in this tab but will not be kept after you close it. Export the map to keep it.',
  corrupt: 'This saved map is damaged or missing and cannot be opened. Remove it and import the file again.',
  unknown: 'The browser could not use its storage, so the map was not kept or read',
};

const nameOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '');
const fail = (kind: StorageError['kind']): { ok: false; error: StorageError } => ({ ok: false, error: { kind, message: MESSAGES[kind] } });

/** What a browser's storage error means for the reader. */
export function storageErrorOf(e: unknown): StorageError {
  const name = nameOf(e);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return fail('quota').error;
  if (name === 'InvalidStateError' || name === 'SecurityError') return fail('unavailable').error;
  const message = (e as { message?: unknown } | null)?.message;
  const detail = typeof e === 'string' ? e : typeof message === 'string' ? message : '';
  return { kind: 'unknown', message: `${MESSAGES.unknown}${detail ? ` (${detail})` : ''}.` };
}

export interface CollectionStores {
  index: UseStore;
  data: UseStore;
}

/** Handles on the two stores; opening is lazy (nothing touches IndexedDB until first use). */
export function openCollectionStores(name = 'according-to'): CollectionStores {
  return { index: createStore(`${name}-collections`, 'index'), data: createStore(`${name}-collection-maps`, 'maps') };
}

let shared: CollectionStores | undefined;
const defaultStores = (): CollectionStores => (shared ??= openCollectionStores());

/** Runs a storage operation; any failure becomes a StorageError in plain words. */
export async function attempt<T extends object>(work: () => Promise<StorageResult<T>>): Promise<StorageResult<T>> {
  if (typeof indexedDB === 'undefined') return fail('unavailable');
  try {
    return await work();
  } catch (e) {
    return { ok: false, error: storageErrorOf(e) };
  }
}

/**
 * Runs writes in one transaction until it commits. Rejects with the failing request's error:
 * idb-keyval's promisifyRequest(tx) rejects with tx.error, which is still null when a request's
 * error reaches the transaction, so a taken key (ConstraintError) would be lost.
 */
const write = (store: UseStore, writes: (s: IDBObjectStore) => void) =>
  store('readwrite', (s) => {
    const done = new Promise<void>((resolve, reject) => {
      s.transaction.oncomplete = () => resolve();
      s.transaction.onerror = (ev) => reject((ev.target as IDBRequest | null)?.error ?? s.transaction.error);
      s.transaction.onabort = () => reject(s.transaction.error);
    });
    writes(s);
    return done;
  });
/** Writes a new key; fails with a ConstraintError if the key is taken. */
const add = (store: UseStore, key: string, value: unknown) => write(store, (s) => s.add(value, key));
const remove = (store: UseStore, key: string) => write(store, (s) => s.delete(key));

function isRecord(v: unknown): v is CollectionRecord {
  const r = v as Partial<CollectionRecord> | null;
  return (
    typeof r?.id === 'string' &&
    typeof r.name === 'string' &&
    typeof r.importedAt === 'string' &&
    typeof r.counts === 'object' &&
    r.counts !== null
  );
}

const TABLES = ['reports', 'claims', 'relations', 'events', 'places', 'asserters', 'tours'] as const satisfies readonly (keyof MapData)[];

/** A cheap check that the stored value is a map of this format; the full schema ran at import. */
function isMapData(v: unknown): v is MapData {
  const m = v as Record<string, unknown> | null;
  return m?.format === FORMAT && typeof m.meta === 'object' && m.meta !== null && TABLES.every((t) => Array.isArray(m[t]));
}

export function listCollections(stores = defaultStores()): Promise<StorageResult<{ collections: CollectionRecord[] }>> {
  return attempt(async () => {
    const records = (await values<unknown>(stores.index)).filter(isRecord);
    return { ok: true, collections: records.sort((a, b) => b.importedAt.localeCompare(a.importedAt)) };
  });
}

export function saveCollection(
  name: string,
  format: CollectionFormat,
  source: string,
  map: MapData,
  stores = defaultStores(),
): Promise<StorageResult<{ record: CollectionRecord }>> {
  return attempt(async () => {
    for (let tries = 0; tries < 5; tries++) {
      const id = `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const counts = { events: map.events.length, claims: map.claims.length, reports: map.reports.length };
      const record: CollectionRecord = { id, name, format, source, importedAt: new Date().toISOString(), counts };
      try {
        await add(stores.data, id, map);
      } catch (e) {
        if (nameOf(e) === 'ConstraintError') continue; // someone else's map: leave it, draw again
        await remove(stores.data, id).catch(() => undefined);
        throw e;
      }
      try {
        await add(stores.index, id, record);
        return { ok: true, record };
      } catch (e) {
        await remove(stores.data, id).catch(() => undefined);
        if (nameOf(e) !== 'ConstraintError') throw e;
      }
    }
    throw new Error('no free id after 5 tries');
  });
}

export function loadCollection(id: string, stores = defaultStores()): Promise<StorageResult<{ record: CollectionRecord; map: MapData }>> {
  return attempt(async () => {
    const record = await get<unknown>(id, stores.index);
    if (!isRecord(record)) return fail('corrupt');
    const stored = await get<unknown>(id, stores.data);
    // A map saved by an earlier version (format 2) is brought up to date, not called corrupt.
    const map = stored !== null && typeof stored === 'object' ? upgradeMapFile(stored as Record<string, unknown>) : stored;
    return isMapData(map) ? { ok: true, record, map } : fail('corrupt');
  });
}

export function removeCollection(id: string, stores = defaultStores()): Promise<StorageResult> {
  return attempt(async () => {
    await remove(stores.data, id);
    await remove(stores.index, id);
    return { ok: true };
  });
}
