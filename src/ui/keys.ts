/** Shared by every keyboard handler: when a key belongs to a field or a dialog, not to us. */
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
