/**
 * Older map files, brought to the current format before they are checked, so that a map someone
 * downloaded from an earlier version still opens. Each step is the smallest change that makes the
 * old shape the new one, with nothing invented: format 2 had no later-known notes, so it gets none,
 * and its tour steps reveal nothing.
 */
import { FORMAT } from '../model/format.ts';

/** The formats this version reads: its own and those it can bring up to date. */
export const READABLE_FORMATS: readonly number[] = [2, 3, FORMAT];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Format 2 → 3: an empty `later` table, `later: false` on every tour step, meta.counts.later = 0. */
function from2(json: Record<string, unknown>): Record<string, unknown> {
  const meta = json.meta;
  const counts = isObject(meta) && isObject(meta.counts) ? { ...meta.counts, later: 0 } : undefined;
  const tours = Array.isArray(json.tours)
    ? json.tours.map((t: unknown) =>
        isObject(t) && Array.isArray(t.steps)
          ? { ...t, steps: t.steps.map((s: unknown) => (isObject(s) ? { later: false, ...s } : s)) }
          : t,
      )
    : json.tours;
  return {
    ...json,
    format: 3,
    meta: isObject(meta) && counts ? { ...meta, counts } : meta,
    tours,
    later: [],
  };
}

/**
 * Format 3 → 4: the number only. A format-3 meta already lists every kind and affiliation its
 * asserters use (then a closed list, written whole), and its events name no parties.
 */
function from3(json: Record<string, unknown>): Record<string, unknown> {
  return { ...json, format: 4 };
}

/**
 * The map file in the current format, when its format is one this version reads; otherwise the
 * value as it came, for the caller to refuse by its format number. The shape is checked after.
 */
export function upgradeMapFile(json: Record<string, unknown>): Record<string, unknown> {
  if (json.format === 2) return from3(from2(json));
  return json.format === 3 ? from3(json) : json;
}
