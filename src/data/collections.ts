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
 * - In pieces. A browser refuses one stored value above about 133 MB (Chromium), and a
 *   1,000,000-row import is several times that; a map is kept as pieces of CHUNK_ROWS rows
 *   (`<id>/0`, `<id>/1`, …, each its own write) and a head under `<id>`, written last, that says
 *   how many rows each table has. A map is there only once its head is: a save that fails takes
 *   its pieces back out, pieces left by a tab that closed mid-save are swept by the next save, and
 *   a head whose pieces are missing or short is reported as damaged (and can be removed). A map
 *   stored whole by an earlier version still opens.
 * - Tabs. Every map has a key of its own, so one tab's save or removal never replaces another's;
 *   each change is announced on a BroadcastChannel (CHANNEL) so other tabs refresh their list.
 * - Report every failure. Storage can be full, switched off (private modes, file://) or damaged:
 *   no function throws; each returns a result whose error says in plain words what happened.
 */
import type { ImportFormatId } from '../../geo/core/import/formats';
import { createStore, get, getMany, keys, values, type UseStore } from 'idb-keyval';
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
/** Deletes a map's pieces, and its head unless `head` is false (a head this save did not write), in one transaction. */
const removeMap = (store: UseStore, id: string, head = true) =>
  write(store, (s) => {
    if (head) s.delete(id);
    s.delete(IDBKeyRange.bound(`${id}/`, `${id}/\uffff`));
  });

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

type Table = (typeof TABLES)[number];

/** Rows per stored piece: a few MB each, far under any browser's limit for one value. */
export const CHUNK_ROWS = 20_000;

/** What `<id>` holds for a map kept in pieces: the map without its tables, and each table's rows. */
interface Head {
  pieces: number;
  rows: Record<Table, number>;
  rest: Omit<MapData, Table>;
}
interface Piece {
  table: Table;
  rows: unknown[];
}

const isHead = (v: unknown): v is Head => {
  const h = v as Partial<Head> | null;
  return typeof h?.pieces === 'number' && typeof h.rows === 'object' && h.rows !== null && typeof h.rest === 'object';
};

/** The pieces a map is kept as, in order. */
export function piecesOf(map: MapData, size = CHUNK_ROWS): { head: Head; pieces: Piece[] } {
  const pieces: Piece[] = [];
  const rest: Record<string, unknown> = { ...map };
  for (const table of TABLES) {
    delete rest[table];
    for (let at = 0; at < map[table].length; at += size) pieces.push({ table, rows: map[table].slice(at, at + size) });
  }
  const rows = Object.fromEntries(TABLES.map((t) => [t, map[t].length])) as Record<Table, number>;
  return { head: { pieces: pieces.length, rows, rest: rest as Omit<MapData, Table> }, pieces };
}

/** Reads a map kept in pieces; null where a piece is missing, misplaced or short. */
async function readPieces(id: string, head: Head, store: UseStore): Promise<Record<string, unknown> | null> {
  const map: Record<string, unknown> = { ...head.rest };
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as unknown[]])) as Record<Table, unknown[]>;
  // A few pieces a request: each arrives as its own task, so the page never waits long on one.
  for (let at = 0; at < head.pieces; at += 4) {
    const wanted = Array.from({ length: Math.min(4, head.pieces - at) }, (_, i) => `${id}/${at + i}`);
    for (const piece of await getMany<Piece | undefined>(wanted, store)) {
      if (!piece || !(TABLES as readonly string[]).includes(piece.table) || !Array.isArray(piece.rows)) return null;
      const into = tables[piece.table];
      for (const row of piece.rows) into.push(row);
    }
  }
  for (const t of TABLES) {
    if (tables[t].length !== head.rows[t]) return null;
    map[t] = tables[t];
  }
  return map;
}

/** Pieces and heads with no index entry, left by a save that never finished (a closed tab), an hour old or more. */
async function sweep(stores: CollectionStores): Promise<void> {
  const listed = new Set((await keys<string>(stores.index)).map(String));
  const hour = Date.now() - 3_600_000;
  const stray = new Set<string>();
  for (const key of await keys<string>(stores.data)) {
    const id = String(key).split('/')[0];
    const made = parseInt(/^c-([0-9a-z]+)-/.exec(id)?.[1] ?? '', 36);
    if (!listed.has(id) && made < hour) stray.add(id);
  }
  for (const id of stray) await removeMap(stores.data, id);
}

/** Tells this app's other tabs that the stored maps changed (where the browser can). */
export const CHANNEL = 'according-to-collections';
function announce(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

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
  onProgress?: (fraction: number) => void,
  size = CHUNK_ROWS,
): Promise<StorageResult<{ record: CollectionRecord }>> {
  return attempt(async () => {
    await sweep(stores).catch(() => undefined);
    const { head, pieces } = piecesOf(map, size);
    for (let tries = 0; tries < 5; tries++) {
      const id = `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const counts = { events: map.events.length, claims: map.claims.length, reports: map.reports.length };
      const record: CollectionRecord = { id, name, format, source, importedAt: new Date().toISOString(), counts };
      let written = 0;
      try {
        for (const [i, piece] of pieces.entries()) {
          await add(stores.data, `${id}/${i}`, piece);
          written = 1;
          onProgress?.((i + 1) / (pieces.length + 1));
        }
        await add(stores.data, id, head);
        written = 2;
      } catch (e) {
        // A taken key is someone else's map: leave it, take back only what this save wrote, draw again.
        if (written) await removeMap(stores.data, id, written === 2).catch(() => undefined);
        if (nameOf(e) === 'ConstraintError') continue;
        throw e;
      }
      try {
        await add(stores.index, id, record);
        onProgress?.(1);
        announce();
        return { ok: true, record };
      } catch (e) {
        await removeMap(stores.data, id).catch(() => undefined);
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
    const value = await get<unknown>(id, stores.data);
    // Kept in pieces, or whole by an earlier version.
    const stored = isHead(value) ? await readPieces(id, value, stores.data) : value;
    // A map saved by an earlier version (format 2) is brought up to date, not called corrupt.
    const map = stored !== null && typeof stored === 'object' ? upgradeMapFile(stored as Record<string, unknown>) : stored;
    return isMapData(map) ? { ok: true, record, map } : fail('corrupt');
  });
}

export function removeCollection(id: string, stores = defaultStores()): Promise<StorageResult> {
  return attempt(async () => {
    await removeMap(stores.data, id);
    await remove(stores.index, id);
    announce();
    return { ok: true };
  });
}
