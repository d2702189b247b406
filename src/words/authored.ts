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
import { useCallback } from 'react';
import { useLanguage, type Lang } from '../store/language';
import { t } from './i18n';

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** 'ar' for text in Arabic script, 'en' for text in Latin letters, else nothing to say. */
export function scriptLang(text: string): 'ar' | 'en' | undefined {
  if (ARABIC_SCRIPT.test(text)) return 'ar';
  if (/[A-Za-z]/.test(text)) return 'en';
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
