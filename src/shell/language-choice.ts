/**
 * Which language the page opens in (the link's `lang=`, then the reader's last choice here, then
 * the browser's languages), and remembering a choice made in the header.
 */
import { pickLanguage, useLanguage, type Lang } from '../store/language';
import { parseLang } from '../store/url-state';

const KEY = 'according-to.language';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function chooseStartLanguage(): Lang {
  const lang = pickLanguage(parseLang(location.hash), remembered(), navigator.languages ?? [navigator.language]);
  useLanguage.getState().setLang(lang);
  return lang;
}

export function switchLanguage(lang: Lang): void {
  useLanguage.getState().setLang(lang);
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Kept for this visit only.
  }
}
