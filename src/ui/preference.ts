/**
 * A reader's small on/off choice remembered in this browser (e.g. compact claims). Storage that
 * refuses (private mode, full) only means the choice lasts for this visit.
 */
import { useState } from 'react';

const PREFIX = 'according-to.pref.';

function read(key: string, fallback: boolean): boolean {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : raw === '1';
  } catch {
    return fallback;
  }
}

export function usePreference(key: string, fallback: boolean): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => read(key, fallback));
  const set = (next: boolean) => {
    setOn(next);
    try {
      window.localStorage.setItem(PREFIX + key, next ? '1' : '0');
    } catch {
      // Kept for this visit only.
    }
  };
  return [on, set];
}
