/**
 * Why the drafter is unsure of a claim, in the reader's words: studio.confidence.<CODE> with the
 * reason's values (geo/core/draft/confidence.ts). The values are the report's own words and names:
 * in a right-to-left page each keeps its own direction (U+2068 … U+2069).
 */
import type { Reason } from '../../geo/core/draft/confidence.ts';
import type { Lang } from '../store/language.ts';
import type { Translate } from '../words/i18n.tsx';

import { isolated } from '../words/problems.ts';

export function reasonWords(r: Reason, t: Translate, lang: Lang): string {
  const values = Object.fromEntries(Object.entries(r.values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? isolated(v, lang) : v]));
  return t(`studio.confidence.${r.code}`, values);
}
