/** Shared by every keyboard handler: when a key belongs to a field or a dialog, not to us. */
import { DIRECTION, useLanguage } from '../store/language';
export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  // A range input (the time slider) takes arrows, not letters: it is not text entry.
  return el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'range';
}

export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Which way a horizontal key moves in reading order: 1 is next, -1 previous, 0 neither. In a
 * right-to-left page the left arrow (and the left bracket) is next; physical keys are matched by
 * `code`, so they work on any keyboard layout (an Arabic one types other letters there).
 */
export function readingStep(e: Pick<KeyboardEvent, 'key' | 'code'>, rtl = currentDirection() === 'rtl'): 1 | -1 | 0 {
  const forward = e.key === 'ArrowRight' || e.code === 'BracketRight';
  const back = e.key === 'ArrowLeft' || e.code === 'BracketLeft';
  if (!forward && !back) return 0;
  return forward !== rtl ? 1 : -1;
}

function currentDirection(): 'ltr' | 'rtl' {
  return DIRECTION[useLanguage.getState().lang];
}
