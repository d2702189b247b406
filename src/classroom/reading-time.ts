/**
 * How long autoplay shows a page of a step: long enough to read it off a projector, aloud or in
 * silence, with the class. The one place the reading speed lives.
 */

/** Words a minute a class reads off a shared screen: slower than reading alone (about 240). */
export const WORDS_PER_MINUTE = 150;
/** Time to look up, find the place on the map and start reading. */
export const LEAD_MS = 3_000;
/** Even a one-line page stays this long; a very long one never holds the room longer than MAX_MS. */
export const MIN_MS = 6_000;
export const MAX_MS = 45_000;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Milliseconds to show the given text: a lead-in plus its words at WORDS_PER_MINUTE, clamped. */
export function readingMs(text: string): number {
  const ms = LEAD_MS + (wordCount(text) * 60_000) / WORDS_PER_MINUTE;
  return Math.round(Math.min(MAX_MS, Math.max(MIN_MS, ms)));
}
