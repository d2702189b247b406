// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureModel } from '../test/fixture-model';
import { loadMyTours, saveMyTours, STORAGE_KEY, UNREADABLE_KEY } from './tour-file';

const model = fixtureModel();
afterEach(() => localStorage.clear());

describe('saved tours that cannot be read', () => {
  it('are set aside under a key of their own, never over an earlier set-aside copy', () => {
    localStorage.setItem(UNREADABLE_KEY, 'an earlier unreadable copy');
    localStorage.setItem(STORAGE_KEY, '{not json');
    expect(loadMyTours(model).tours).toEqual([]);
    expect(localStorage.getItem(UNREADABLE_KEY)).toBe('an earlier unreadable copy');
    expect(localStorage.getItem(`${UNREADABLE_KEY}.2`)).toBe('{not json');
    // Once set aside, saving writes the tours again.
    expect(saveMyTours([]).ok).toBe(true);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('[]');
  });

  it('are set aside once, however often the page loads', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    loadMyTours(model);
    loadMyTours(model);
    expect(localStorage.getItem(UNREADABLE_KEY)).toBe('{not json');
    expect(localStorage.getItem(`${UNREADABLE_KEY}.2`)).toBeNull();
  });
});

describe('two tabs saving tours', () => {
  const tour = (id: string, title: string) => ({ id, title, description: '', steps: [] });
  it('keeps what the other tab added, and applies this tab’s own change on top', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([tour('a', 'A')]));
    loadMyTours(model); // this tab reads [a]
    // The other tab adds b meanwhile.
    localStorage.setItem(STORAGE_KEY, JSON.stringify([tour('a', 'A'), tour('b', 'B')]));
    // This tab renames a.
    const saved = saveMyTours([tour('a', 'A renamed')] as never);
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { id: string; title: string }[];
    expect(stored.map((t) => [t.id, t.title])).toEqual([
      ['a', 'A renamed'],
      ['b', 'B'],
    ]);
    expect(saved.ok && saved.tours?.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('deletes only what this tab deleted', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([tour('a', 'A'), tour('b', 'B')]));
    loadMyTours(model);
    localStorage.setItem(STORAGE_KEY, JSON.stringify([tour('a', 'A'), tour('b', 'B'), tour('c', 'C')]));
    saveMyTours([tour('a', 'A')] as never); // b deleted here
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { id: string }[]).map((t) => t.id)).toEqual(['a', 'c']);
  });
});
