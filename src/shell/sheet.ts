/**
 * The panel as a phone's bottom sheet: three heights (peek, half, full) that a drag, a tap or the
 * keys choose between. Pure rules here; SheetHandle.tsx wires them to the pointer and the keys.
 */
export type Sheet = 'peek' | 'half' | 'full';

export const SHEETS: readonly Sheet[] = ['peek', 'half', 'full'];

/** Each height as a share of the space under the header (app.css draws them). */
export const SHEET_SHARE: Record<Sheet, number> = { peek: 0.18, half: 0.55, full: 0.88 };

/** The height a drag ends nearest, given the sheet's height as a share of the space. */
export function nearestSheet(share: number): Sheet {
  return SHEETS.reduce((best, s) => (Math.abs(SHEET_SHARE[s] - share) < Math.abs(SHEET_SHARE[best] - share) ? s : best));
}

/** One height up (+1) or down (-1), stopping at the ends. */
export function stepSheet(sheet: Sheet, delta: 1 | -1): Sheet {
  return SHEETS[Math.max(0, Math.min(SHEETS.length - 1, SHEETS.indexOf(sheet) + delta))];
}

/** A tap on the handle: up to the next height, and from the top back down to a peek. */
export function tapSheet(sheet: Sheet): Sheet {
  return sheet === 'full' ? 'peek' : stepSheet(sheet, 1);
}
