/**
 * Words for claims and their sources, as the reader sees them: the loaded map's labels, names of
 * places and voices in the reader's language, chains, quotes, clipped text.
 */
import { useCallback } from 'react';
import type { AsserterRef } from '../../geo/types';
import type { Meta } from '../../geo/core/model/contract';
import { labelsOf, type Labels } from '../data/labels';
import { chainText } from '../../geo/core/model/chain';
import { useLanguage, type Lang } from '../store/language';
import { useStore } from '../store/store';

const labelCache = new WeakMap<Meta['vocabularies'], Map<string, Labels>>();

/** The map's vocabulary words in a language (made once per map and language). */
export function labelsIn(vocab: Meta['vocabularies'], lang: Lang): Labels {
  let byLang = labelCache.get(vocab);
  if (!byLang) labelCache.set(vocab, (byLang = new Map()));
  let labels = byLang.get(lang);
  if (!labels) byLang.set(lang, (labels = labelsOf(vocab, lang)));
  return labels;
}

/** The loaded map's labels in the reader's language. Only for components shown once the map is loaded. */
export function useLabels(): Labels {
  const vocab = useStore((s) => s.model!.meta.vocabularies);
  const lang = useLanguage((s) => s.lang);
  return labelsIn(vocab, lang);
}

/** Anything with a name and, perhaps, its names in other languages (a place, a voice). */
export interface Named {
  name: string;
  names?: Readonly<Record<string, string | null>>;
}

/**
 * A name as the reader of `lang` sees it: the data's name in that language where the map gives
 * one (a place's Arabic name from GeoNames, an outlet's Arabic form in common use), else its own.
 */
export function nameIn(named: Named, lang: Lang): string {
  const other = named.names?.[lang];
  return typeof other === 'string' && other.trim() ? other : named.name;
}

/** A place's name in the reader's language (its Arabic name from GeoNames in Arabic), else its own. */
export const placeName = (place: Named, lang: Lang): string => nameIn(place, lang);

/** A voice's name in the reader's language: its own, or the form in common use where the map gives one. */
export const asserterName = (asserter: Named, lang: Lang): string => nameIn(asserter, lang);

/** Is the name shown in `lang` another form than the data's own? Then show the own name beside it (a title). */
export const isOtherForm = (named: Named, lang: Lang): boolean => nameIn(named, lang) !== named.name;

const regionNames = new Map<Lang, Intl.DisplayNames | null>();

/** A country's name in a language from its ISO code, as the browser's Intl names it; null if it cannot. */
function regionName(code: string, lang: Lang): string | null {
  if (!regionNames.has(lang)) {
    try {
      regionNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      regionNames.set(lang, null);
    }
  }
  try {
    return regionNames.get(lang)?.of(code) ?? null;
  } catch {
    return null;
  }
}

/** A name the basemap writes: a country (with its ISO code) or a river. */
export interface BasemapNamed extends Named {
  /** ISO 3166-1 alpha-2, for a country. */
  code?: string;
}

/**
 * A basemap name as the reader of `lang` sees it, and the language it is written in: the data's
 * English name in English; in another language the name the basemap gives (a river's), else the
 * country's name as the browser's Intl names it from its code, else the English name (marked so).
 */
export function basemapName(named: BasemapNamed, lang: Lang): { text: string; lang: Lang } {
  if (lang === 'en') return { text: named.name, lang };
  const given = named.names?.[lang];
  const text = (typeof given === 'string' && given.trim() ? given : null) ?? (named.code ? regionName(named.code, lang) : null);
  return text ? { text, lang } : { text: named.name, lang: 'en' };
}

/** In components: names in the reader's language, `name(placeOrVoice)`. */
export function useNames(): (named: Named) => string {
  const lang = useLanguage((s) => s.lang);
  return useCallback((named: Named) => nameIn(named, lang), [lang]);
}

/**
 * A name folded for matching what a reader types: lower case, without diacritics or Arabic short
 * vowels, and with the Arabic letters typed in several ways made one (أ إ آ → ا, ة → ه, ى → ي).
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}|\u0640/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .toLocaleLowerCase();
}

/** Does a typed query (folded by foldName) match a name, its other spellings or its names in other languages? */
export function nameMatches(named: Named & { aka?: readonly string[] }, query: string): boolean {
  const all = [named.name, ...(named.aka ?? []), ...Object.values(named.names ?? {})];
  return all.some((n) => typeof n === 'string' && foldName(n).includes(query));
}

/** "Breitbart News › The Wall Street Journal › U.S. officials", each name in `lang`. */
export function chainWords(asserters: readonly AsserterRef[], lang: Lang = 'en'): string {
  return chainText(asserters.map((a) => asserterName(a, lang)));
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
