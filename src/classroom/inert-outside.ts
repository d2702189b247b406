/**
 * While the presentation shows, the page behind it is inert: Tab, clicks and screen readers stay
 * on the slide. Live regions stay live (they hold nothing to focus). Returns the undo.
 */
export function inertOutside(el: HTMLElement): () => void {
  const made: HTMLElement[] = [];
  for (let node: HTMLElement = el; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert || sibling.matches('[aria-live], script')) continue;
      sibling.inert = true;
      made.push(sibling);
    }
  }
  return function undoInert() {
    for (const sibling of made) sibling.inert = false;
  };
}
