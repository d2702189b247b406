/**
 * Data text (a tour's captions and notes, an event's title, a later-known note, a quote) is
 * written in its author's language, not the reader's: the built-in map's is English, a teacher's
 * own tour may be Arabic. Marked with its language (told by its script) and `dir="auto"`, so a
 * screen reader reads it in the right voice and a right-to-left page sets it the right way round.
 * The map's own words that have a translation go through `authoredIn` (src/words/labels.ts) instead.
 */
import { scriptLang } from '../words/labels';

/** The attributes of an element that holds data text. */
export const dataText = (text: string): { lang?: string; dir: 'auto' } => {
  const lang = scriptLang(text);
  return lang ? { lang, dir: 'auto' } : { dir: 'auto' };
};
