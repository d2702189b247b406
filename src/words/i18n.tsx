/**
 * The message catalogue (FormatJS / react-intl): every word a reader sees comes from
 * src/words/messages/<lang>/<area>.json, written in ICU MessageFormat (plurals, selects), and
 * numbers and dates go through Intl in the reader's language.
 *
 * - In components: `const t = useT(); t("panel.tab.event")`, or `t("time.shown", { n, total })`.
 * - Outside React (a notice written by the session, a download's message): `t()` from here, which
 *   follows the language in use.
 * - A catalogue key is `area.what`; every language has every key (`npm run lint` checks it,
 *   placeholders too: scripts/check-messages.ts).
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { createIntl, createIntlCache, IntlProvider, useIntl, type IntlShape } from 'react-intl';
import { create, useStore } from 'zustand';
import { DIRECTION, useLanguage, type Lang } from '../store/language';

type Catalogue = Record<string, string>;

// English is in the page; another language's catalogue loads when it is first chosen (before the
// page shows it), so a first visit carries one language, not all of them. The words of the studio
// and of a file's problems load with what shows them (loadWords), in every language loaded.
const english = import.meta.glob<Catalogue>(
  ['./messages/en/*.json', '!./messages/en/problems.json', '!./messages/en/studio.json', '!./messages/en/exercise.json'],
  {
    eager: true,
    import: 'default',
  },
);
const all = import.meta.glob<Catalogue>('./messages/*/*.json', { import: 'default' });

/** Areas of the catalogue a first visit does not need. */
type LaterArea = 'problems' | 'studio' | 'exercise';
const LATER: readonly string[] = ['problems', 'studio', 'exercise'] satisfies LaterArea[];
const areaOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
const wanted = new Set<string>();

const catalogues: Partial<Record<Lang, Catalogue>> = { en: Object.assign({}, ...Object.values(english)) as Catalogue };

/** Bumped when words arrive, so that the provider hands them to the page. */
const arrived = create(() => ({ version: 0 }));

async function loadAreas(lang: Lang, areas: (area: string) => boolean): Promise<Catalogue[]> {
  return Promise.all(
    Object.entries(all)
      .filter(([path]) => path.startsWith(`./messages/${lang}/`) && areas(areaOf(path)))
      .map(([, load]) => load()),
  );
}

/** Loads a language's catalogue once; resolves when its words can be shown. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (catalogues[lang]) return;
  const parts = await loadAreas(lang, (area) => !LATER.includes(area) || wanted.has(area));
  catalogues[lang] ??= Object.assign({}, ...parts) as Catalogue;
}

/** Loads areas of the catalogue a first visit does not need, in every language loaded; resolves when they can be shown. */
export async function loadWords(...areas: LaterArea[]): Promise<void> {
  const missing = areas.filter((a) => !wanted.has(a));
  if (missing.length === 0) return;
  for (const a of missing) wanted.add(a);
  await Promise.all(
    (Object.keys(catalogues) as Lang[]).map(async (lang) => {
      const parts = await loadAreas(lang, (area) => missing.includes(area as LaterArea));
      catalogues[lang] = Object.assign({}, catalogues[lang], ...parts) as Catalogue;
    }),
  );
  arrived.setState((s) => ({ version: s.version + 1 }));
}

/** Shows the page in a language, once its words are loaded. */
export async function changeLanguage(lang: Lang): Promise<void> {
  await loadCatalogue(lang);
  useLanguage.getState().setLang(lang);
}

const messagesOf = (lang: Lang): Catalogue => catalogues[lang] ?? catalogues.en!;

/**
 * Locale tags for Intl. Arabic as written in Iraq and Syria (ar-IQ, ar-SY) uses Arabic-Indic
 * digits (٠١٢٣) in Chromium; the press there uses both. We choose Western digits for Arabic
 * (`-u-nu-latn`) because the map's data — dates, counts, coordinates — is read beside the
 * reports' own figures and a teacher's board, and both scripts' readers recognise them.
 */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', ar: 'ar-u-nu-latn' };

export type Values = Record<string, string | number | Date | null | undefined>;
export type Translate = (id: string, values?: Values) => string;

const cache = createIntlCache();
let current: IntlShape = createIntl({ locale: LOCALE.en, messages: messagesOf('en'), onError }, cache);

function onError(error: { code: string; message: string }): void {
  // A missing key is a bug `npm run lint` catches; at run time the key itself shows, never a blank.
  if (import.meta.env.DEV) console.warn(error.message);
}

function intlFor(lang: Lang): IntlShape {
  if (current.locale !== LOCALE[lang] || current.messages !== messagesOf(lang))
    current = createIntl({ locale: LOCALE[lang], messages: messagesOf(lang), onError }, cache);
  return current;
}

/** Outside React: the message in the language in use. @public */
export const t: Translate = (id, values) => intlFor(useLanguage.getState().lang).formatMessage({ id }, values as never);

/** The language in use, outside React. */
export const currentLang = (): Lang => useLanguage.getState().lang;

/** In components: the message in the language in use (re-renders when it changes). */
export function useT(): Translate {
  const intl = useIntl();
  return useMemo(() => (id: string, values?: Values) => intl.formatMessage({ id }, values as never), [intl]);
}

/** Numbers and dates in the reader's language. @public */
export function useFormat(): { number: (n: number) => string; lang: Lang } {
  const intl = useIntl();
  const lang = useLanguage((s) => s.lang);
  return useMemo(() => ({ number: (n: number) => intl.formatNumber(n), lang }), [intl, lang]);
}

/** @public */
export const formatNumber = (n: number): string => intlFor(currentLang()).formatNumber(n);

/** Provides the catalogue and sets the page's language and direction (`<html lang dir>`). */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const lang = useLanguage((s) => s.lang);
  // Words loaded later (the studio's, a file's problems) reach the page through a new catalogue.
  useStore(arrived, (s) => s.version);
  useEffect(
    function markDocument() {
      document.documentElement.lang = lang;
      document.documentElement.dir = DIRECTION[lang];
    },
    [lang],
  );
  return (
    <IntlProvider locale={LOCALE[lang]} messages={messagesOf(lang)} defaultLocale={LOCALE.en} onError={onError}>
      {children}
    </IntlProvider>
  );
}
