/** Formats a Message (src/data/message.ts) in the reader's language: nested messages first, lists joined. */
import type { Message, MessageValue } from '../data/message';
import { t, type Translate } from './i18n';

function valueOf(v: MessageValue, tr: Translate): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) return (v as readonly Message[]).map((m) => words(m, tr)).join(tr('core.list.separator'));
  return words(v as Message, tr);
}

/** The words of a message; `tr` is a component's useT(), or the module's t() outside React. */
export function words(m: Message, tr: Translate = t): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.values ?? {})) values[k] = valueOf(v, tr);
  return tr(m.id, values);
}
