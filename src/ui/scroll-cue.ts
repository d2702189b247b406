/**
 * A cue on a row that scrolls sideways (phones: the header's buttons, "Elsewhere", the timeline's
 * controls): its edge fades where more of the row lies beyond it, and stops fading once the reader
 * has scrolled to that end. The row carries `data-more-start` / `data-more-end` (its inline start
 * and end, so the cue is on the right in English and on the left in Arabic); scroll-cue.css draws
 * the fade.
 */
import './scroll-cue.css';

/** Less than this many pixels left to scroll counts as the end (rounding, sub-pixel widths). */
const SLACK = 2;

/**
 * Which ends of a row have more beyond them. `scrollLeft` is 0 at the row's start and grows
 * toward its end, negative in a right-to-left row (as browsers now report it), so its size says
 * how far from the start the reader has scrolled in either direction.
 */
export function edgesWithMore(scrollLeft: number, scrollWidth: number, clientWidth: number): { start: boolean; end: boolean } {
  const scrolled = Math.abs(scrollLeft);
  const room = scrollWidth - clientWidth;
  return { start: scrolled > SLACK, end: room - scrolled > SLACK };
}

/**
 * A callback ref: `<div ref={scrollCue}>`. Follows the row's scrolling, its size, and its
 * content (buttons added, counts that change with a step), at most once a frame.
 */
export function scrollCue(row: HTMLElement | null): (() => void) | undefined {
  if (!row) return undefined;
  let frame = 0;
  const mark = () => {
    frame = 0;
    const more = edgesWithMore(row.scrollLeft, row.scrollWidth, row.clientWidth);
    row.toggleAttribute('data-more-start', more.start);
    row.toggleAttribute('data-more-end', more.end);
  };
  const later = () => {
    if (!frame) frame = requestAnimationFrame(mark);
  };
  row.classList.add('scroll-cue');
  row.addEventListener('scroll', later, { passive: true });
  const resized = new ResizeObserver(later);
  resized.observe(row);
  const changed = new MutationObserver(later);
  changed.observe(row, { childList: true, subtree: true, characterData: true });
  later();
  return function stopCue() {
    cancelAnimationFrame(frame);
    row.removeEventListener('scroll', later);
    resized.disconnect();
    changed.disconnect();
  };
}
