/** Formats a Message (src/data/message.ts) in the reader's language: nested messages first, lists joined. */
import type { Message, MessageValue } from '../data/message';
import type { Problem } from '../../geo/core/model/problems';
import { t, type Translate } from './i18n';

/**
 * How a check's problem is worded: set by words/problems.ts when it loads (with the catalogue's
 * problem words, when something shows a problem), so a first visit does not carry it. Until then a
 * problem shows the check's own English words.
 */
let wordProblem: ((p: Problem, tr: Translate) => string) | null = null;
export const setProblemWording = (fn: (p: Problem, tr: Translate) => string): void => {
  wordProblem = fn;
};

const isProblem = (v: MessageValue): v is Problem => typeof v === 'object' && v !== null && 'code' in v;

/** Whether a value holds a check's problem anywhere (then the problems' words must be loaded to show it). */
export function holdsProblem(v: MessageValue): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return (v as readonly MessageValue[]).some(holdsProblem);
  if (isProblem(v)) return true;
  return Object.values((v as Message).values ?? {}).some(holdsProblem);
}

/** The words of any message value: text, a message, a problem, or a list of them. */
export function valueOf(v: MessageValue, tr: Translate = t): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (isProblem(v)) return wordProblem ? wordProblem(v, tr) : v.where ? `${v.where}: ${v.message}` : v.message;
  if (Array.isArray(v)) return (v as readonly (Message | Problem)[]).map((m) => valueOf(m, tr)).join(tr('core.list.separator'));
  return words(v as Message, tr);
}

/** The words of a message; `tr` is a component's useT(), or the module's t() outside React. */
export function words(m: Message, tr: Translate = t): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.values ?? {})) values[k] = valueOf(v, tr);
  return tr(m.id, values);
}
