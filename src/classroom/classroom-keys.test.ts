import { describe, expect, it } from 'vitest';
import { commandForKey, isLetter } from './classroom-keys';

const press = (key: string, code = '') => ({ key, code });

describe('classroom keys', () => {
  it('in a left-to-right page, → is next and ← is back', () => {
    expect(commandForKey(press('ArrowRight', 'ArrowRight'), false)).toBe('next');
    expect(commandForKey(press('ArrowLeft', 'ArrowLeft'), false)).toBe('previous');
  });

  it('in a right-to-left page, ← is next and → is back', () => {
    expect(commandForKey(press('ArrowLeft', 'ArrowLeft'), true)).toBe('next');
    expect(commandForKey(press('ArrowRight', 'ArrowRight'), true)).toBe('previous');
  });

  it("a clicker's keys mean the same in either direction", () => {
    for (const rtl of [false, true]) {
      expect(commandForKey(press('PageDown', 'PageDown'), rtl)).toBe('next');
      expect(commandForKey(press(' ', 'Space'), rtl)).toBe('next');
      expect(commandForKey(press('PageUp', 'PageUp'), rtl)).toBe('previous');
      expect(commandForKey(press('Home', 'Home'), rtl)).toBe('first');
      expect(commandForKey(press('End', 'End'), rtl)).toBe('last');
      expect(commandForKey(press('Escape', 'Escape'), rtl)).toBe('leave');
    }
  });

  it('letters are matched by their place, so an Arabic layout works', () => {
    // On an Arabic layout the A key types "ش" and the P key "ح".
    expect(commandForKey(press('ش', 'KeyA'), true)).toBe('autoplay');
    expect(commandForKey(press('ح', 'KeyP'), true)).toBe('leave');
    expect(isLetter(press('ى', 'KeyN'), 'N')).toBe(true);
    expect(commandForKey(press('a', 'KeyA'), false)).toBe('autoplay');
    // Another letter typed at another place is not a command.
    expect(commandForKey(press('x', 'KeyX'), false)).toBeNull();
  });

  it('a synthetic event without a code still works by its letter', () => {
    expect(isLetter(press('p'), 'P')).toBe(true);
    expect(isLetter(press('q'), 'P')).toBe(false);
  });
});
