/**
 * Every text of the data (names, titles, notes, quotes, captions — not the report texts, which the
 * file rules check byte for byte) holds no invisible character (text/invisible.ts): one problem per
 * field, naming the character and where it stands.
 */
import type { Corpus } from '../model/corpus.ts';
import type { Path, ProblemValues, Problems } from '../model/problems.ts';
import { invisibleCharacters } from '../text/invisible.ts';

export function walk(value: unknown, path: Path, visit: (text: string, path: Path) => void, depth = 0): void {
  if (depth > 32) return; // the schema checks refuse anything this deep
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit, depth + 1));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit, depth + 1);
}

/**
 * What is wrong with one text of the data, if anything: its first invisible character, worded with
 * its code point and a glimpse of the text around it. The build's YAML texts and every imported
 * cell or property are worded by it.
 */
export function invisibleInText(text: string): { message: string; values: ProblemValues; fix: string } | null {
  const found = invisibleCharacters(text, 3);
  if (!found.length) return null;
  const first = found[0];
  return {
    message: `The text holds ${first.name} (${first.codePoint}) at character ${first.index}${found.length > 1 ? `, and ${found.length - 1 === 1 ? 'another' : 'more'} after it` : ''}: "${text.slice(Math.max(0, first.index - 20), first.index + 20).replace(/[^\P{C}\n]/gu, '·')}".`,
    values: { case: 'text', codePoint: first.codePoint, at: first.index },
    fix: 'Delete the invisible character: retype the text there, or copy it again from its source as plain text.',
  };
}

export function checkInvisibleCharacters(corpus: Corpus, problems: Problems): void {
  walk({ ...corpus, texts: undefined }, [], (text, path) => {
    const found = invisibleInText(text);
    if (found) problems.add('INVISIBLE_CHARACTER', path, found.message, found.values, found.fix);
  });
}
