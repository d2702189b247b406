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
