/**
 * The names drawn on the map, as the reader sees them: every basemap name (countries, rivers)
 * and every place marker's label that is shown and inside the map, and the pairs that overlap.
 * A slanted river name is measured as its own slanted box, not the square around it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { boxesMeet, type NameBox } from '../src/map/label-room';

export interface DrawnLabel extends NameBox {
  text: string;
  kind: 'country' | 'river' | 'place';
  fontSize: number;
}

/** The shown names whose box reaches into the map. */
export function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.map .map-label span, .map .place-label')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const m = style.transform === 'none' ? new DOMMatrix() : new DOMMatrix(style.transform);
        const kind = el.matches('.place-label') ? 'place' : el.closest('.river-label') ? 'river' : 'country';
        return {
          text: el.textContent ?? '',
          kind,
          fontSize: parseFloat(style.fontSize),
          x: (r.left + r.right) / 2,
          y: (r.top + r.bottom) / 2,
          // A place label's box as drawn; a basemap name's own box, turned by its slant.
          // In screen pixels, as the box's middle is (a 4K projector zooms the page).
          width: kind === 'place' ? r.width : el.offsetWidth * el.currentCSSZoom,
          height: kind === 'place' ? r.height : el.offsetHeight * el.currentCSSZoom,
          angle: kind === 'place' ? 0 : (Math.atan2(m.b, m.a) * 180) / Math.PI,
        } as const;
      });
  });
}

/** Pairs of shown names that overlap (by more than half a pixel), as "A × B". */
export function overlapping(labels: readonly DrawnLabel[]): string[] {
  const out: string[] = [];
  const inset = (b: NameBox): NameBox => ({ ...b, width: b.width - 1, height: b.height - 1 });
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (boxesMeet(inset(labels[i]), inset(labels[j]))) out.push(`${labels[i].text} × ${labels[j].text}`);
    }
  }
  return out;
}

export async function overlappingLabels(page: Page): Promise<string[]> {
  return overlapping(await drawnLabels(page));
}

/** Waits until the map has stopped moving: the names it shows are the same twice running. */
export async function settledLabels(page: Page): Promise<DrawnLabel[]> {
  let seen = '';
  let labels: DrawnLabel[] = [];
  await expect
    .poll(
      async () => {
        const before = seen;
        labels = await drawnLabels(page);
        seen = JSON.stringify(labels);
        return labels.length > 0 && seen === before;
      },
      { interval: 500, timeout: 15_000 },
    )
    .toBe(true);
  return labels;
}
