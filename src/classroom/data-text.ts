/**
 * Data text (a tour's captions and notes, an event's title, a later-known note, a quote) is
 * written in its author's language, not the reader's: the built-in map's is English, a teacher's
 * own tour may be Arabic. Marked with its language (told by its script) and `dir="auto"`, so a
 * screen reader reads it in the right voice and a right-to-left page sets it the right way round.
 */
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** 'ar' for text in Arabic script, 'en' for text in Latin letters, else nothing to say. */
export function scriptLang(text: string): 'ar' | 'en' | undefined {
  if (ARABIC_SCRIPT.test(text)) return 'ar';
  if (/[A-Za-z]/.test(text)) return 'en';
  return undefined;
}

/** The attributes of an element that holds data text. */
export const dataText = (text: string): { lang?: string; dir: 'auto' } => {
  const lang = scriptLang(text);
  return lang ? { lang, dir: 'auto' } : { dir: 'auto' };
};
