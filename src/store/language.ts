/**
 * The reader's language: English or Arabic. Chosen from the link (`lang=`), then what this browser
 * remembered, then the browser's own languages; switchable in the header. State only: remembering
 * it is the shell's business, its words are src/words'.
 */
import { create } from 'zustand';

export const LANGUAGES = ['en', 'ar'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The writing direction of each language the app speaks. */
export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl' };

export const isLang = (v: unknown): v is Lang => (LANGUAGES as readonly unknown[]).includes(v);

/** The first of the reader's languages the app speaks ("ar-IQ" is Arabic), else English. */
export function pickLanguage(linked: string | null, remembered: string | null, browser: readonly string[]): Lang {
  if (isLang(linked)) return linked;
  if (isLang(remembered)) return remembered;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

export const useLanguage = create<{ lang: Lang; setLang(lang: Lang): void }>()((set) => ({
  lang: 'en',
  setLang: (lang) => set({ lang }),
}));
