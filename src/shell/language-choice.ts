/**
 * Which language the page opens in (the link's `lang=`, then the reader's last choice here, then
 * the browser's languages), and remembering a choice made in the header.
 */
import { pickLanguage, useLanguage, type Lang } from '../store/language';
import { parseLang } from '../store/url-state';
import { changeLanguage } from '../words/i18n';

const KEY = 'according-to.language';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The page's first language, its words loaded (another language than English loads first). */
export async function chooseStartLanguage(): Promise<Lang> {
  const lang = pickLanguage(parseLang(location.hash), remembered(), navigator.languages ?? [navigator.language]);
  await changeLanguage(lang).catch(() => {
    // Its words could not load (the server went away): the page speaks English rather than nothing.
  });
  return useLanguage.getState().lang;
}

export function switchLanguage(lang: Lang): void {
  void changeLanguage(lang);
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Kept for this visit only.
  }
}
