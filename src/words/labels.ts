/**
 * Words for claims and their sources, as the reader sees them: the loaded map's labels, chains,
 * quotes, clipped text.
 */
import type { AsserterRef } from '../../geo/types';
import type { Labels } from '../data/labels';
import { chainText } from '../../geo/core/model/chain';
import { useStore } from '../store/store';

/** The loaded map's labels. Only for components shown once the map is loaded. */
export function useLabels(): Labels {
  return useStore((s) => s.model!.labels);
}

/** "Breitbart News › The Wall Street Journal › U.S. officials" */
export function chainWords(asserters: readonly AsserterRef[]): string {
  return chainText(asserters.map((a) => a.name));
}

/** A quote in curly quotes, unless the quote already opens with one (“…” inside the text). */
export function quoted(text: string): string {
  const t = text.trim();
  return /^[“‘"']/.test(t) ? t : `“${t}”`;
}

/** The voice a claim is finally attributed to: the last of its chain. */
export function sourceOf(asserters: readonly AsserterRef[]): AsserterRef {
  return asserters[asserters.length - 1];
}

/** At most `max` characters, cut at a word, with an ellipsis when anything was left out. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
