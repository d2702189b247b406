/**
 * The writing direction of data text (a report, a quote) of unknown language: a report in Arabic
 * reads right to left even in the English interface, an English quote left to right in the Arabic
 * one. Short text is best left to `dir="auto"`; this decides for a whole text whose first letters
 * may be a name in another script.
 */

/** Letters of the scripts written right to left. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;
const LETTER = /\p{L}/gu;

/** 'rtl' when most of the text's letters are of a right-to-left script. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return letters > 0 && rtl * 2 > letters ? 'rtl' : 'ltr';
}

/** Attributes for data shown as it is (quotes, names, titles): its own direction, and not a word of the interface. */
export const DATA_TEXT = { dir: 'auto', translate: 'no' } as const;
