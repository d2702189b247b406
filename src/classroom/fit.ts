/**
 * Fitting a step to the screen: first the type shrinks, in steps, down to a readable floor; what
 * still does not fit is cut into pages at block edges (the caption, a claim), which the clicker
 * shows one after another. Both take a `fits` test so the rule can be checked without a browser.
 */

/** Type scales tried, largest first. The stylesheet never lets text fall under its own floor. */
export const SCALES: readonly number[] = [1, 0.94, 0.88, 0.82, 0.76, 0.7];

/** For one page of a paged step: the type grows back to fill the page its blocks leave. */
export const PAGE_SCALES: readonly number[] = [1.3, 1.2, 1.1, ...SCALES];

/** The screen the slide is laid out for: a larger one shows the same, larger (the map's view too). */
export const DESIGN_SCREEN = { width: 1920, height: 1080 };

/** How much a projector's screen magnifies the page: 2 at 3840 × 2160, never under 1. */
export function projectorZoom(width: number, height: number): number {
  return Math.max(1, Math.min(width / DESIGN_SCREEN.width, height / DESIGN_SCREEN.height));
}

/** The largest scale at which everything fits, or null when even the smallest does not. */
export function fittingScale(fits: (scale: number) => boolean, scales: readonly number[] = SCALES): number | null {
  for (const scale of scales) if (fits(scale)) return scale;
  return null;
}

/**
 * Greedy pages: the index of the first block of each page. `fits(first, last)` says whether the
 * blocks first..last fit on one page together; a block too tall for any page gets a page of its own.
 */
export function pageStarts(count: number, fits: (first: number, last: number) => boolean): number[] {
  const starts: number[] = [];
  let first = 0;
  while (first < count) {
    starts.push(first);
    let last = first;
    while (last + 1 < count && fits(first, last + 1)) last++;
    first = last + 1;
  }
  return starts.length ? starts : [0];
}

/** The blocks on a page, as [first, end) indexes. */
export function pageRange(starts: readonly number[], page: number, count: number): [number, number] {
  const p = Math.max(0, Math.min(page, starts.length - 1));
  return [starts[p], p + 1 < starts.length ? starts[p + 1] : count];
}
