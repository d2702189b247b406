/**
 * The names drawn on the map, as the reader sees them: every basemap name (countries, rivers)
 * and every place marker's label that is shown and inside the map, and the pairs that overlap.
 */
import type { Page } from 'playwright-core';

export interface DrawnLabel {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The shown names inside the map's box. */
export function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.map .map-label span, .map .place-label')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      })
      .filter((r) => r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom && r.right > r.left);
  });
}

/** Pairs of shown names that overlap by more than a pixel, as "A × B". */
export async function overlappingLabels(page: Page): Promise<string[]> {
  const labels = await drawnLabels(page);
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      if (a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom) out.push(`${a.text} × ${b.text}`);
    }
  }
  return out;
}
