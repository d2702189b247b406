/**
 * The studio keeps its work in the browser (IndexedDB) as the person goes: a reload, a crash or a
 * closed tab loses nothing. One current work, under one key, with a revision: a tab writes it only
 * if no other tab wrote it since that tab last read it. Otherwise (two tabs editing the same
 * report) nothing is replaced: this tab's version is kept as a copy of its own, and the person
 * chooses which to go on with; the other stays in the list of kept versions. Tabs hear of each
 * other's writes through the storage event (a BroadcastChannel does not reach across file://
 * pages). A saved work this version cannot read is set aside under a key of its own (never written
 * over) and offered as a download.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { attempt, type StorageResult } from '../data/collections.ts';
import type { StudioWork } from './work.ts';

const KEY = 'current';
/**
 * A page that is closing cannot wait for IndexedDB: its last edits go to localStorage, which
 * writes at once (one key per tab, so two closing tabs do not overwrite each other), and the next
 * load takes them from there: as the current work if nothing was written since, else as a copy.
 */
const LEAVING = 'according-to-studio:leaving';
/** Written after every change to the stored work: other tabs hear of it (the storage event). */
export const CHANGED = 'according-to-studio:changed';

/** The current work as stored: its revision and the tab that wrote it. */
export interface Stored {
  kind: 'studio-work';
  rev: number;
  by: string;
  at: number;
  work: StudioWork;
}

/** A version kept beside the current work (from another tab, or set aside by a choice). */
export interface KeptCopy {
  key: string;
  at: number;
  work: StudioWork;
}

export function isWork(v: unknown): v is StudioWork {
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

/** What the current key holds: a stored work, a work saved before revisions (revision 0), or neither. */
function storedOf(v: unknown): Stored | 'unreadable' | undefined {
  if (v === undefined) return undefined;
  const s = v as Partial<Stored> | null;
  if (s?.kind === 'studio-work' && typeof s.rev === 'number' && typeof s.by === 'string' && isWork(s.work)) {
    return { kind: 'studio-work', rev: s.rev, by: s.by, at: typeof s.at === 'number' ? s.at : 0, work: s.work };
  }
  return isWork(v) ? { kind: 'studio-work', rev: 0, by: '', at: 0, work: v } : 'unreadable';
}

function copyOf(key: IDBValidKey, v: unknown): KeptCopy | null {
  const c = v as { kind?: unknown; at?: unknown; work?: unknown } | null;
  return typeof key === 'string' && key.startsWith('copy-') && c?.kind === 'studio-copy' && isWork(c.work)
    ? { key, at: typeof c.at === 'number' ? c.at : 0, work: c.work }
    : null;
}

const sameWork = (a: StudioWork, b: StudioWork) => a === b || JSON.stringify(a) === JSON.stringify(b);
const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const copyKey = () => `copy-${unique()}`;
const copyValue = (work: StudioWork, by: string) => ({ kind: 'studio-copy', at: Date.now(), by, work });

/**
 * Reads the current work and writes what `decide` returns, in one IndexedDB transaction: no other
 * tab's write can come between the read and the writes.
 */
function transact<T>(
  store: UseStore,
  decide: (current: unknown) => { result: T; put?: [string, unknown][]; remove?: string[] },
): Promise<T> {
  return store('readwrite', (s) => {
    let result: T;
    const done = new Promise<T>((resolve, reject) => {
      s.transaction.oncomplete = () => resolve(result);
      s.transaction.onerror = (ev) => reject((ev.target as IDBRequest | null)?.error ?? s.transaction.error);
      s.transaction.onabort = () => reject(s.transaction.error);
    });
    const read = s.get(KEY);
    read.onsuccess = () => {
      try {
        const d = decide(read.result);
        result = d.result;
        for (const [k, v] of d.put ?? []) s.put(v, k);
        for (const k of d.remove ?? []) s.delete(k);
      } catch (e) {
        s.transaction.abort();
        throw e;
      }
    };
    return done;
  });
}

export type SaveResult = StorageResult<{ conflict: Stored | null }>;
export type LoadedWork = StorageResult<{
  work: StudioWork | null;
  setAside: { key: string; value: unknown } | null;
  copies: KeptCopy[];
}>;

/**
 * One tab's hold on the studio's work: the revision it last read or wrote (`base`), and, while
 * another tab's write stands between, the key its own version is kept under.
 */
export class WorkSlot {
  /** The revision of the stored work this tab's work was made from. */
  base = 0;
  /** While in conflict: where this tab's own version is kept (its later edits go there too). */
  conflictKey: string | null = null;
  private store: UseStore | undefined;

  constructor(
    readonly tab = `t-${unique()}`,
    private readonly dbName = 'according-to-studio',
  ) {}

  private db(): UseStore {
    return (this.store ??= createStore(this.dbName, 'work'));
  }

  private leavingKey(): string {
    return `${LEAVING}:${this.tab}`;
  }

  /** Tells the other tabs that the stored work changed. */
  private announce(rev: number): void {
    try {
      localStorage.setItem(CHANGED, JSON.stringify({ rev, by: this.tab, at: Date.now() }));
    } catch {
      // Storage refused: the other tabs learn of it at their next save (the revision check).
    }
  }

  /** Keeps the work of a closing page at once (synchronously); false if the browser refuses. */
  saveLeaving(work: StudioWork): boolean {
    try {
      localStorage.setItem(this.leavingKey(), JSON.stringify({ at: Date.now(), base: this.base, by: this.tab, work }));
      return true;
    } catch {
      return false;
    }
  }

  /** Takes in what closing pages left in localStorage: as the current work if nothing came between, else as copies. */
  private async adoptLeaving(): Promise<void> {
    const found: { key: string; at: number; base: number; by: string; work: StudioWork }[] = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key !== LEAVING && !key?.startsWith(`${LEAVING}:`)) continue;
        const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as {
          at?: unknown;
          base?: unknown;
          by?: unknown;
          work?: unknown;
        } | null;
        if (typeof kept?.at === 'number' && isWork(kept.work)) {
          found.push({
            key,
            at: kept.at,
            base: typeof kept.base === 'number' ? kept.base : 0,
            by: typeof kept.by === 'string' ? kept.by : '',
            work: kept.work,
          });
        } else localStorage.removeItem(key);
      }
    } catch {
      return;
    }
    for (const left of found.sort((a, b) => a.at - b.at)) {
      const rev = await transact(this.db(), (v) => {
        const current = storedOf(v);
        const rev = current === 'unreadable' ? -1 : (current?.rev ?? 0);
        if (current !== 'unreadable' && rev === left.base) {
          const next: Stored = { kind: 'studio-work', rev: rev + 1, by: left.by, at: left.at, work: left.work };
          return { result: rev + 1, put: [[KEY, next]] };
        }
        if (current !== 'unreadable' && current && sameWork(current.work, left.work)) return { result: null };
        return { result: null, put: [[copyKey(), copyValue(left.work, left.by)]] };
      });
      localStorage.removeItem(left.key);
      if (rev !== null) this.announce(rev);
    }
  }

  /** The versions kept beside the current work, newest first. */
  async copies(): Promise<KeptCopy[]> {
    const all = await entries<IDBValidKey, unknown>(this.db());
    return all
      .map(([k, v]) => copyOf(k, v))
      .filter((c): c is KeptCopy => c !== null)
      .sort((a, b) => b.at - a.at);
  }

  load(): Promise<LoadedWork> {
    return attempt<{ work: StudioWork | null; setAside: { key: string; value: unknown } | null; copies: KeptCopy[] }>(async () => {
      await this.adoptLeaving();
      const value = await get<unknown>(KEY, this.db());
      const current = storedOf(value);
      this.conflictKey = null;
      if (current === 'unreadable') {
        const key = `unreadable-${new Date().toISOString()}-${unique()}`;
        await set(key, value, this.db());
        await del(KEY, this.db());
        this.base = 0;
        return { ok: true, work: null, setAside: { key, value }, copies: await this.copies() };
      }
      this.base = current?.rev ?? 0;
      return { ok: true, work: current?.work ?? null, setAside: null, copies: await this.copies() };
    });
  }

  /**
   * Writes this tab's work if the stored one is still the one it was made from (or this tab's own).
   * If another tab wrote since, nothing is replaced: this tab's version is kept as a copy, and the
   * other tab's work is returned as the conflict for the person to choose.
   */
  save(work: StudioWork): Promise<SaveResult> {
    return attempt<{ conflict: Stored | null }>(async () => {
      const started = Date.now();
      const conflictKey = this.conflictKey;
      const outcome = await transact(this.db(), (v): { result: Stored | number; put?: [string, unknown][] } => {
        const current = storedOf(v);
        const mine = (rev: number): { result: number; put: [string, unknown][] } => ({
          result: rev,
          put: [[KEY, { kind: 'studio-work', rev, by: this.tab, at: Date.now(), work } satisfies Stored]],
        });
        // A stored work this version cannot read is set aside (never written over), and this one kept.
        if (current === 'unreadable')
          return { ...mine(1), put: [...mine(1).put, [`unreadable-${new Date().toISOString()}-${unique()}`, v]] };
        if (!conflictKey && (!current || current.rev === this.base || current.by === this.tab)) return mine((current?.rev ?? 0) + 1);
        const key = conflictKey ?? copyKey();
        this.conflictKey = key;
        return { result: current ?? { kind: 'studio-work', rev: 0, by: '', at: 0, work }, put: [[key, copyValue(work, this.tab)]] };
      });
      this.dropLeaving(started);
      if (typeof outcome === 'number') {
        if (outcome > 0) {
          this.base = outcome;
          this.announce(outcome);
        }
        return { ok: true, conflict: null };
      }
      return { ok: true, conflict: outcome };
    });
  }

  /** A copy kept by a page that then stayed open is dropped once a write begun after it is done. */
  private dropLeaving(started: number): void {
    try {
      const raw = localStorage.getItem(this.leavingKey());
      const kept = raw === null ? null : (JSON.parse(raw) as { at?: unknown } | null);
      if (raw !== null && !(typeof kept?.at === 'number' && kept.at > started)) localStorage.removeItem(this.leavingKey());
    } catch {
      // Nothing to drop.
    }
  }

  /** The current work as another tab left it: this tab goes on from it (its own version stays kept as a copy). */
  takeCurrent(): Promise<StorageResult<{ work: StudioWork | null; copies: KeptCopy[] }>> {
    return attempt(async () => {
      const current = storedOf(await get<unknown>(KEY, this.db()));
      if (current === 'unreadable') return { ok: true, work: null, copies: await this.copies() };
      this.base = current?.rev ?? 0;
      this.conflictKey = null;
      return { ok: true, work: current?.work ?? null, copies: await this.copies() };
    });
  }

  /**
   * Makes `work` the current work whatever another tab wrote: what was current is kept as a copy
   * first (unless it is the same work, or empty), and `drop` (the copy `work` came from) is removed.
   */
  makeCurrent(work: StudioWork, drop: string | null): Promise<StorageResult<{ copies: KeptCopy[] }>> {
    return attempt(async () => {
      const rev = await transact(this.db(), (v) => {
        const current = storedOf(v);
        const rev = (current && current !== 'unreadable' ? current.rev : 0) + 1;
        const put: [string, unknown][] = [[KEY, { kind: 'studio-work', rev, by: this.tab, at: Date.now(), work } satisfies Stored]];
        if (current === 'unreadable') put.push([`unreadable-${new Date().toISOString()}-${unique()}`, v]);
        // An empty report (a new one never written in) is not worth a copy: nothing would be lost.
        else if (current && !sameWork(current.work, work) && (current.work.text || current.work.claims.length))
          put.push([copyKey(), copyValue(current.work, current.by)]);
        return { result: rev, put, remove: drop ? [drop] : [] };
      });
      this.base = rev;
      this.conflictKey = null;
      this.announce(rev);
      return { ok: true, copies: await this.copies() };
    });
  }

  /** Keeps `work` beside the current one (a copy of its own). */
  keepCopy(work: StudioWork): Promise<StorageResult<{ copies: KeptCopy[] }>> {
    return attempt(async () => {
      await set(copyKey(), copyValue(work, this.tab), this.db());
      this.announce(this.base);
      return { ok: true, copies: await this.copies() };
    });
  }

  /** Removes a kept copy (the person's choice). */
  removeCopy(key: string): Promise<StorageResult<{ copies: KeptCopy[] }>> {
    return attempt(async () => {
      await del(key, this.db());
      this.announce(this.base);
      return { ok: true, copies: await this.copies() };
    });
  }

  /**
   * Another tab changed the stored work: `onChange` is called with its revision. Returns the
   * function that stops listening.
   */
  listen(onChange: (rev: number) => void): () => void {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== CHANGED || !e.newValue) return;
      try {
        const said = JSON.parse(e.newValue) as { rev?: unknown; by?: unknown };
        if (typeof said.rev === 'number' && said.by !== this.tab) onChange(said.rev);
      } catch {
        // Not ours to read.
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }
}
