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
import { t } from './i18n';

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

/**
 * The map's own words — its title and description, an event's title and summary, a tour's title,
 * description and questions, a later-known note — as the reader of a language sees them: the
 * data's words in that language (`translations[lang][field]`) where the map gives them, else the
 * original. One rule for every view (header, lists, the event, the table, the timeline's hints,
 * the presentation, the presenter view, the handout, the embed, the page's title).
 *
 * The shown text carries its language: the reader's where it is the translation, else the one its
 * script tells (the built-in map's originals are English; a teacher's own tour may be Arabic), so a
 * screen reader reads it in the right voice. The reports' own words (quotes, report texts) and the
 * names are never translated: they do not come through here.
 */
/** 'ar' for text in Arabic script, 'en' for text in Latin letters, else nothing to say (the script classes the build's name check uses). */
export function scriptLang(text: string): 'ar' | 'en' | undefined {
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Latin}/u.test(text)) return 'en';
  return undefined;
}

/** A piece of authored content: its fields as written, and perhaps their words in other languages. */
export type Authored<F extends string> = { readonly [K in F]: string } & {
  readonly translations?: Readonly<Record<string, Readonly<Partial<Record<F, string>>> | undefined>>;
};

/** Text as shown, with the attributes of the element that holds it. */
export interface Shown {
  text: string;
  /**
   * The text's language, when it can be told, and its own direction. The original is data, as it
   * was written: a page translator leaves it alone (`translate="no"`), as it does the reports.
   */
  attrs: { lang?: string; dir: 'auto'; translate?: 'no' };
}

/** The field of `item` in `lang` where the map gives it (not blank), else as written. */
export function authoredIn<F extends string>(item: Authored<F>, field: F, lang: Lang): Shown {
  const other = item.translations?.[lang]?.[field];
  if (typeof other === 'string' && other.trim()) return { text: other, attrs: { lang, dir: 'auto' } };
  const text = item[field];
  const own = scriptLang(text);
  return { text, attrs: own ? { lang: own, dir: 'auto', translate: 'no' } : { dir: 'auto', translate: 'no' } };
}

/** The text alone: for a tooltip, an accessible name, a page title, a sort, a link's caption. */
export const authoredText = <F extends string>(item: Authored<F>, field: F, lang: Lang): string => authoredIn(item, field, lang).text;

/** In components: `authored(event.properties, 'title')` in the reader's language. */
export function useAuthored(): <F extends string>(item: Authored<F>, field: F) => Shown {
  const lang = useLanguage((s) => s.lang);
  return useCallback(<F extends string>(item: Authored<F>, field: F) => authoredIn(item, field, lang), [lang]);
}

/** The page's title: the app's name and the map's title, in the reader's language. */
export function setDocumentTitle(meta: Authored<'title'>): void {
  document.title = t('core.documentTitle', { title: authoredText(meta, 'title', useLanguage.getState().lang) });
}

/**
 * In components: an event's title as the hint (`title` attribute) of an element that shows no
 * text of its own (a timeline mark), with the title's language.
 */
export function useTitleHint(): (item: Authored<'title'> | undefined) => { title?: string; lang?: string } {
  const authored = useAuthored();
  return useCallback(
    (item: Authored<'title'> | undefined) => {
      if (!item) return {};
      const { text, attrs } = authored(item, 'title');
      return { title: text, lang: attrs.lang };
    },
    [authored],
  );
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
