/**
 * Words quoted from the report, in the quotation marks of the page's language (“…” in English,
 * «…» in Arabic) and in the direction and language of the report's own text.
 */
import { useT } from '../words/i18n.tsx';

export function Quote({ text, lang, className }: { text: string; lang: string; className?: string }) {
  const t = useT();
  return (
    <span className={className} dir="auto" lang={lang}>
      {t('studio.quote', { quote: text })}
    </span>
  );
}
