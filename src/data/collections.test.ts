import 'fake-indexeddb/auto';
import { del, get, keys, set, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FORMAT, type MapData } from '../../geo/core/model/contract';
import {
  CHANNEL,
  listCollections,
  loadCollection,
  openCollectionStores,
  removeCollection,
  saveCollection,
  storageErrorOf,
  type CollectionStores,
} from './collections';

let db = 0;
/** A fresh pair of stores for each test, under its own database names. */
function fresh(): { name: string; stores: CollectionStores } {
  const name = `test-${db++}`;
  return { name, stores: openCollectionStores(name) };
}

function map(events = 1): MapData {
  const event = (i: number) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    summary: '',
    place: null,
    when: { start: '2024-01-01', end: '2024-01-01', precision: 'day', basis: 'reported', note: '' },
  });
  return {
    format: FORMAT,
    meta: {
      title: 'T',
      description: '',
      credits: [],
      span: { start: '2024-01-01', end: '2024-01-31' },
      bbox: null,
      counts: {},
      vocabularies: {},
    },
    reports: [],
    claims: [],
    relations: [],
    events: Array.from({ length: events }, (_, i) => event(i)),
    places: [],
    asserters: [],
    tours: [],
  } as unknown as MapData;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** A store whose writes fail as a full disk does. */
const full =
  (store: UseStore): UseStore =>
  (mode, callback) =>
    mode === 'readwrite' ? Promise.reject(quota()) : store(mode, callback);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('collections', () => {
  it('keeps a saved collection across a reload', async () => {
    const { name, stores } = fresh();
    const saved = await saveCollection('Sudan', 'geojson', 'sudan.geojson', map(3), stores);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.record).toMatchObject({
      name: 'Sudan',
      format: 'geojson',
      source: 'sudan.geojson',
      counts: { events: 3, claims: 0, reports: 0 },
    });
    expect(saved.record.id).toMatch(/^c-[0-9a-z]+-[0-9a-z]+$/);

    const reloaded = openCollectionStores(name);
    const listed = await listCollections(reloaded);
    expect(listed).toEqual({ ok: true, collections: [saved.record] });
    const loaded = await loadCollection(saved.record.id, reloaded);
    expect(loaded).toEqual({ ok: true, record: saved.record, map: map(3) });
  });

  it('lists newest first without loading any map', async () => {
    const { stores } = fresh();
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const [i, day] of ['2025-03-01', '2025-05-01', '2025-04-01'].entries()) {
      vi.setSystemTime(new Date(`${day}T12:00:00Z`));
      await saveCollection(`map ${i}`, 'map', `${i}.json`, map(), stores);
    }
    let mapReads = 0;
    const data: UseStore = (mode, callback) => (mapReads++, stores.data(mode, callback));
    const listed = await listCollections({ index: stores.index, data });
    expect(listed.ok && listed.collections.map((c) => c.name)).toEqual(['map 1', 'map 2', 'map 0']);
    expect(mapReads).toBe(0);
  });

  it('never overwrites: two saves with the same name make two records', async () => {
    const { stores } = fresh();
    const a = await saveCollection('Same', 'map', 'a.json', map(1), stores);
    const b = await saveCollection('Same', 'map', 'b.json', map(2), stores);
    expect(a.ok && b.ok && a.record.id !== b.record.id).toBe(true);
    const listed = await listCollections(stores);
    expect(listed.ok && listed.collections.map((c) => c.source).sort()).toEqual(['a.json', 'b.json']);
  });

  it('never overwrites a map already stored under the id it drew, and draws again', async () => {
    const { stores } = fresh();
    vi.spyOn(Date, 'now').mockReturnValue(0);
    vi.spyOn(Math, 'random').mockReturnValueOnce(0.5).mockReturnValue(0.25);
    const taken = `c-0-${(0.5).toString(36).slice(2, 8)}`;
    await set(taken, 'someone else', stores.data);
    const saved = await saveCollection('New', 'map', 'new.json', map(), stores);
    expect(saved.ok && saved.record.id).not.toBe(taken);
    expect(await get(taken, stores.data)).toBe('someone else');
  });

  it('remove deletes both the index entry and the map', async () => {
    const { stores } = fresh();
    const saved = await saveCollection('Gone', 'acled', 'acled.csv', map(), stores);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(await removeCollection(saved.record.id, stores)).toEqual({ ok: true });
    expect(await get(saved.record.id, stores.index)).toBeUndefined();
    expect(await get(saved.record.id, stores.data)).toBeUndefined();
    expect(await listCollections(stores)).toEqual({ ok: true, collections: [] });
  });

  it('a quota error on the map write leaves no index entry and says the storage is full', async () => {
    const { stores } = fresh();
    const saved = await saveCollection('Big', 'map', 'big.json', map(), { index: stores.index, data: full(stores.data) });
    expect(saved).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'quota', message: expect.stringMatching(/storage is full/) }),
    });
    expect(await listCollections(stores)).toEqual({ ok: true, collections: [] });
  });

  it('a failed index write takes the map back out', async () => {
    const { stores } = fresh();
    const saved = await saveCollection('Big', 'map', 'big.json', map(), { index: full(stores.index), data: stores.data });
    expect(!saved.ok && saved.error.kind).toBe('quota');
    expect(await keys(stores.data)).toEqual([]);
    expect(await keys(stores.index)).toEqual([]);
  });

  it('reports a corrupt or missing stored map as corrupt, without throwing', async () => {
    const { stores } = fresh();
    const saved = await saveCollection('Broken', 'map', 'm.json', map(), stores);
    if (!saved.ok) throw new Error(saved.error.message);
    for (const bad of [{ ...map(), format: FORMAT + 1 }, { ...map(), events: 'nope' }, 'not a map', undefined]) {
      await set(saved.record.id, bad, stores.data);
      const loaded = await loadCollection(saved.record.id, stores);
      expect(!loaded.ok && loaded.error.kind).toBe('corrupt');
    }
    const unknown = await loadCollection('c-nothing', stores);
    expect(!unknown.ok && unknown.error.kind).toBe('corrupt');
  });

  it('reports storage as unavailable when the browser has no indexedDB', async () => {
    const { stores } = fresh();
    vi.stubGlobal('indexedDB', undefined);
    try {
      const results = await Promise.all([
        listCollections(stores),
        saveCollection('X', 'map', 'x.json', map(), stores),
        loadCollection('c-x', stores),
        removeCollection('c-x', stores),
      ]);
      for (const r of results) expect(!r.ok && r.error.kind).toBe('unavailable');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('collections kept in pieces', () => {
  /** A map whose events, reports and claims each need several pieces of 2 rows. */
  function bigger(): MapData {
    const m = map(5);
    return { ...m, reports: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }], claims: [{ id: 'k1' }] } as unknown as MapData;
  }

  it('keeps a map larger than one piece as pieces and reads it back whole', async () => {
    const { name, stores } = fresh();
    const saved = await saveCollection('Big', 'acled', 'big.csv', bigger(), stores, undefined, 2);
    if (!saved.ok) throw new Error(saved.error.message);
    const id = saved.record.id;
    // 2 pieces of reports, 1 of claims, 3 of events, and the head.
    expect((await keys(stores.data)).sort()).toEqual([id, ...[0, 1, 2, 3, 4, 5].map((i) => `${id}/${i}`)].sort());
    const loaded = await loadCollection(id, openCollectionStores(name));
    expect(loaded.ok && loaded.map).toEqual(bigger());
  });

  it('still opens a map stored whole by an earlier version', async () => {
    const { stores } = fresh();
    const record = { id: 'c-old-1', name: 'Old', format: 'map', source: 'old.json', importedAt: '2025-01-01T00:00:00Z', counts: {} };
    await set('c-old-1', record, stores.index);
    await set('c-old-1', bigger(), stores.data);
    const loaded = await loadCollection('c-old-1', stores);
    expect(loaded.ok && loaded.map).toEqual(bigger());
  });

  it('a missing or short piece makes the map damaged, and removing it leaves nothing', async () => {
    const { stores } = fresh();
    const saved = await saveCollection('Big', 'acled', 'big.csv', bigger(), stores, undefined, 2);
    if (!saved.ok) throw new Error(saved.error.message);
    const id = saved.record.id;
    await set(`${id}/2`, { table: 'events', rows: [] }, stores.data);
    const short = await loadCollection(id, stores);
    expect(!short.ok && short.error.kind).toBe('corrupt');
    await del(`${id}/3`, stores.data);
    const missing = await loadCollection(id, stores);
    expect(!missing.ok && missing.error.kind).toBe('corrupt');
    expect(await removeCollection(id, stores)).toEqual({ ok: true });
    expect(await keys(stores.data)).toEqual([]);
    expect(await keys(stores.index)).toEqual([]);
  });

  it('a write failing half-way takes back every piece written and reports it', async () => {
    const { stores } = fresh();
    let writes = 0;
    const fillsUp: UseStore = (mode, callback) =>
      mode === 'readwrite' && ++writes === 4 ? Promise.reject(quota()) : stores.data(mode, callback);
    const saved = await saveCollection('Big', 'acled', 'big.csv', bigger(), { index: stores.index, data: fillsUp }, undefined, 2);
    expect(!saved.ok && saved.error.kind).toBe('quota');
    expect(await keys(stores.data)).toEqual([]);
    expect(await listCollections(stores)).toEqual({ ok: true, collections: [] });
  });

  it('a save sweeps pieces an unfinished save left an hour ago, never a save under way', async () => {
    const { stores } = fresh();
    const old = `c-${(Date.now() - 2 * 3_600_000).toString(36)}-aaaaaa`;
    const now = `c-${Date.now().toString(36)}-bbbbbb`;
    await set(`${old}/0`, { table: 'events', rows: [] }, stores.data);
    await set(`${now}/0`, { table: 'events', rows: [] }, stores.data);
    const saved = await saveCollection('New', 'map', 'new.json', map(), stores);
    if (!saved.ok) throw new Error(saved.error.message);
    const left = (await keys(stores.data)).map(String);
    expect(left).not.toContain(`${old}/0`);
    expect(left).toContain(`${now}/0`);
  });

  it("tells the app's other tabs when a map is kept or removed", async () => {
    const { stores } = fresh();
    const heard: unknown[] = [];
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e) => heard.push(e.data);
    try {
      const saved = await saveCollection('Told', 'map', 't.json', map(), stores);
      if (!saved.ok) throw new Error(saved.error.message);
      await removeCollection(saved.record.id, stores);
      await expect.poll(() => heard.length).toBe(2);
    } finally {
      channel.close();
    }
  });
});

describe('storageErrorOf', () => {
  it('maps browser errors to what they mean for the reader', () => {
    expect(storageErrorOf(quota()).kind).toBe('quota');
    expect(storageErrorOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }).kind).toBe('quota');
    expect(storageErrorOf(new DOMException('no', 'InvalidStateError')).kind).toBe('unavailable');
    expect(storageErrorOf(new DOMException('no', 'SecurityError')).kind).toBe('unavailable');
    const other = storageErrorOf(new DOMException('disk on fire', 'UnknownError'));
    expect(other).toEqual({ kind: 'unknown', message: expect.stringContaining('disk on fire') });
    expect(storageErrorOf(undefined).kind).toBe('unknown');
    expect(storageErrorOf('a string').message).toContain('a string');
  });
});
