/** The header's language switch: one button naming the other language in its own words. */
import { LANGUAGES, useLanguage } from '../store/language';
import { useT } from '../words/i18n';
import { switchLanguage } from './language-choice';

export function LanguageSwitch() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const other = LANGUAGES.find((l) => l !== lang)!;
  return (
    <button
      type="button"
      className="header-button language-button"
      lang={other}
      title={t('app.language.switchTo.title')}
      onClick={() => switchLanguage(other)}
    >
      {t('app.language.switchTo')}
    </button>
  );
}
