// @vitest-environment jsdom
/**
 * Two tabs keep one studio work: each slot below is one tab (its own id), sharing one database and
 * one localStorage as tabs of one browser do. In every order of edits, nothing is lost.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHANGED, WorkSlot } from './saved';
import { emptyWork, type StudioWork } from './work';

let db = 0;
let name = '';
beforeEach(() => {
  name = `studio-test-${db++}`;
  localStorage.clear();
});
const tab = (id: string) => new WorkSlot(id, name);
const work = (text: string): StudioWork => ({ ...emptyWork('r100'), text });
const texts = (ws: { work: StudioWork }[]) => ws.map((c) => c.work.text).sort();

describe('one tab', () => {
  it('keeps its work across a reload, revision after revision', async () => {
    const a = tab('a');
    expect((await a.load()).ok).toBe(true);
    expect(await a.save(work('one'))).toEqual({ ok: true, conflict: null });
    expect(await a.save(work('two'))).toEqual({ ok: true, conflict: null });
    const again = tab('a2');
    const loaded = await again.load();
    expect(loaded.ok && loaded.work?.text).toBe('two');
    expect(again.base).toBe(2);
  });

  it('reads a work saved before revisions, and tells other tabs of each write', async () => {
    const { set, createStore } = await import('idb-keyval');
    await set('current', work('old'), createStore(name, 'work'));
    const a = tab('a');
    const loaded = await a.load();
    expect(loaded.ok && loaded.work?.text).toBe('old');
    await a.save(work('newer'));
    expect(JSON.parse(localStorage.getItem(CHANGED)!)).toMatchObject({ rev: 1, by: 'a' });
  });
});

describe('two tabs on one work', () => {
  it('the second writer is told, and both versions are kept', async () => {
    const a = tab('a');
    const b = tab('b');
    await a.load();
    await b.load();
    expect((await a.save(work('from A'))).ok).toBe(true);
    const r = await b.save(work('from B'));
    expect(r.ok && r.conflict?.work.text).toBe('from A');
    // B's later edits go to its own copy, still not over A's.
    await b.save(work('from B, more'));
    const fresh = tab('c');
    const loaded = await fresh.load();
    expect(loaded.ok && loaded.work?.text).toBe('from A');
    expect(loaded.ok && texts(loaded.copies)).toEqual(['from B, more']);
  });

  it('“Open the other tab’s version”: B goes on from A’s work; B’s own stays kept', async () => {
    const a = tab('a');
    const b = tab('b');
    await a.load();
    await b.load();
    await a.save(work('from A'));
    await b.save(work('from B'));
    const took = await b.takeCurrent();
    expect(took.ok && took.work?.text).toBe('from A');
    expect(took.ok && texts(took.copies)).toEqual(['from B']);
    // B now writes over A's work as an edit of it: no conflict.
    expect(await b.save(work('from A, then B'))).toEqual({ ok: true, conflict: null });
    // And A, which has not seen B's write, is told in its turn.
    const r = await a.save(work('from A, more'));
    expect(r.ok && r.conflict?.work.text).toBe('from A, then B');
  });

  it('“Go on with mine”: B’s work becomes current, A’s is kept as a copy, B’s conflict copy is gone', async () => {
    const a = tab('a');
    const b = tab('b');
    await a.load();
    await b.load();
    await a.save(work('from A'));
    await b.save(work('from B'));
    const kept = await b.makeCurrent(work('from B'), b.conflictKey);
    expect(kept.ok && texts(kept.copies)).toEqual(['from A']);
    expect(b.conflictKey).toBeNull();
    const loaded = await tab('c').load();
    expect(loaded.ok && loaded.work?.text).toBe('from B');
  });

  it('every order of two tabs’ writes keeps every last version', async () => {
    const orders = [
      ['a', 'b', 'a', 'b'],
      ['b', 'a', 'a', 'b'],
      ['a', 'a', 'b', 'b'],
      ['b', 'b', 'a', 'a'],
      ['a', 'b', 'b', 'a'],
    ];
    for (const order of orders) {
      name = `studio-test-${db++}`;
      localStorage.clear();
      const slots = { a: tab('a'), b: tab('b') };
      await slots.a.load();
      await slots.b.load();
      const last: Record<string, string> = {};
      for (const [i, who] of order.entries()) {
        last[who] = `${who}${i}`;
        await slots[who as 'a' | 'b'].save(work(last[who]));
      }
      const loaded = await tab('c').load();
      const all = loaded.ok ? [loaded.work!.text, ...loaded.copies.map((c) => c.work.text)] : [];
      expect(all, order.join('')).toEqual(expect.arrayContaining([last.a, last.b]));
    }
  });
});

describe('a closing tab', () => {
  it('its last edits become the work if nothing was written since', async () => {
    const a = tab('a');
    await a.load();
    await a.save(work('saved'));
    expect(a.saveLeaving(work('typed while closing'))).toBe(true);
    const loaded = await tab('b').load();
    expect(loaded.ok && loaded.work?.text).toBe('typed while closing');
    expect(loaded.ok && loaded.copies).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.includes('leaving'))).toEqual([]);
  });

  it('its last edits are kept as a copy if another tab wrote since, and two closing tabs keep both', async () => {
    const a = tab('a');
    const b = tab('b');
    const c = tab('c');
    await a.load();
    await b.load();
    await c.load();
    await c.save(work('from C'));
    a.saveLeaving(work('A closing'));
    b.saveLeaving(work('B closing'));
    const loaded = await tab('d').load();
    expect(loaded.ok && loaded.work?.text).toBe('from C');
    expect(loaded.ok && texts(loaded.copies)).toEqual(['A closing', 'B closing']);
  });

  it('a tab whose leaving copy another tab took in goes on writing without a conflict', async () => {
    const a = tab('a');
    await a.load();
    a.saveLeaving(work('hidden'));
    await tab('b').load();
    expect(await a.save(work('back again'))).toEqual({ ok: true, conflict: null });
  });
});

describe('kept copies', () => {
  it('opening one keeps the work it replaces; deleting one is the only way one goes', async () => {
    const a = tab('a');
    await a.load();
    await a.save(work('current'));
    const added = await a.keepCopy(work('older'));
    const older = added.ok ? added.copies[0] : null;
    const opened = await a.makeCurrent(older!.work, older!.key);
    expect(opened.ok && texts(opened.copies)).toEqual(['current']);
    const gone = await a.removeCopy(opened.ok ? opened.copies[0].key : '');
    expect(gone.ok && gone.copies).toEqual([]);
    const loaded = await tab('b').load();
    expect(loaded.ok && loaded.work?.text).toBe('older');
  });

  it('a stored work this version cannot read is set aside, never written over', async () => {
    const { set, keys, createStore } = await import('idb-keyval');
    await set('current', { something: 'else' }, createStore(name, 'work'));
    const a = tab('a');
    const loaded = await a.load();
    expect(loaded.ok && loaded.setAside?.value).toEqual({ something: 'else' });
    await a.save(work('new'));
    expect((await keys(createStore(name, 'work'))).filter((k) => String(k).startsWith('unreadable-'))).toHaveLength(1);
  });
});
