/**
 * Sharper messages for quotes that are not found, when the reason is something a person cannot
 * see: an invisible character in the quote (a zero-width space pasted from a web page, a NUL byte)
 * or in the report, or the report's CRLF line endings against a quote's bare \n. The core's
 * message then blames typography (curly quotes, dashes), which sends the author the wrong way.
 *
 * It runs on the core's problems before they are located, as a pure function of the corpus: the
 * problem keeps its place (the claim's line), its code becomes INVISIBLE_CHARACTER when the quote
 * itself holds the character, and its message says which character, where, and what would match.
 */
import { anchor, type Selector } from '../core/text/anchor.ts';
import type { Corpus } from '../core/model/corpus.ts';
import { CODES, type Path, type Problem } from '../core/model/problems.ts';
import { lineOfIndex } from '../core/text/text-file.ts';

/** Characters that show as nothing: NUL, zero-width space / non-joiner / joiner, word joiner, BOM. */
// An alternation, not a character class: U+200D (the joiner) would join its neighbours in a class.
export const INVISIBLE = /\0|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const NAMES: Record<string, string> = {
  '\0': 'a NUL byte (U+0000)',
  '\u200B': 'a zero-width space (U+200B)',
  '\u200C': 'a zero-width non-joiner (U+200C)',
  '\u200D': 'a zero-width joiner (U+200D)',
  '\u2060': 'a word joiner (U+2060)',
  '\uFEFF': 'a zero-width no-break space or byte-order mark (U+FEFF)',
};

const show = (s: string) => JSON.stringify(s.length > 40 ? `…${s.slice(-37)}` : s);
const FIELDS = ['quote', 'prefix', 'suffix'] as const;

function textOf(corpus: Corpus, report: unknown): string | undefined {
  if (!Array.isArray(corpus.reports)) return undefined;
  const entry = corpus.reports.find((r) => (r as { id?: unknown })?.id === report) as { file?: unknown } | undefined;
  return typeof entry?.file === 'string' && Object.hasOwn(corpus.texts, entry.file) ? corpus.texts[entry.file] : undefined;
}

function selectorAt(corpus: Corpus, path: Path): { selector: Selector; at: Path; text: string } | null {
  const [table, i, list, j] = path;
  if (table !== 'annotations' || typeof i !== 'number' || (list !== 'claims' && list !== 'not_claims') || typeof j !== 'number')
    return null;
  const annotation = corpus.annotations[i] as { report?: unknown; [k: string]: unknown } | null;
  const raw = (annotation?.[list] as unknown[] | undefined)?.[j] as Record<string, unknown> | undefined;
  const text = textOf(corpus, annotation?.report);
  if (!raw || typeof raw.quote !== 'string' || text === undefined) return null;
  const selector: Selector = { quote: raw.quote };
  if (typeof raw.prefix === 'string') selector.prefix = raw.prefix;
  if (typeof raw.suffix === 'string') selector.suffix = raw.suffix;
  if (typeof raw.start === 'number') selector.start = raw.start;
  return { selector, at: [table, i, list, j], text };
}

const mapSelector = (s: Selector, f: (x: string) => string): Selector => ({
  ...s,
  quote: f(s.quote),
  ...(s.prefix !== undefined ? { prefix: f(s.prefix) } : {}),
  ...(s.suffix !== undefined ? { suffix: f(s.suffix) } : {}),
});

function explain(p: Problem, corpus: Corpus): Problem {
  if (p.code !== 'QUOTE_NOT_FOUND' && p.code !== 'QUOTE_OFFSET_MISMATCH') return p;
  const found = selectorAt(corpus, p.path);
  if (!found) return p;
  const { selector, at, text } = found;

  // An invisible character in the quote (or its prefix or suffix) that the report lacks.
  for (const field of FIELDS) {
    const value = selector[field];
    if (value === undefined) continue;
    const hits = [...value.matchAll(INVISIBLE)];
    if (hits.length === 0) continue;
    const first = hits[0].index;
    const without = anchor(
      text,
      mapSelector(selector, (x) => x.replace(INVISIBLE, '')),
    );
    const others = hits.length > 1 ? `, and ${hits.length - 1} more` : '';
    return {
      ...p,
      code: 'INVISIBLE_CHARACTER',
      path: [...at, field],
      message:
        `The ${field} holds an invisible character, ${NAMES[hits[0][0]]}, at position ${first + 1}` +
        `${first > 0 ? ` (after ${show(value.slice(0, first))})` : ' (its start)'}${others}; the report does not have it there.` +
        (without.ok ? ' Without it, the quote is found.' : ''),
      fix: CODES.INVISIBLE_CHARACTER,
      values: { case: 'build', field, position: first + 1 },
    };
  }

  // The report has \r\n where the quote has \n.
  if (text.includes('\r')) {
    const lf = (x: string) => x.replace(/\r\n?/g, '\n');
    if (anchor(lf(text), { ...mapSelector(selector, lf), start: undefined }).ok) {
      return {
        ...p,
        message: `The quote ${show(selector.quote)} is not in the report as written: the report has CRLF line endings (\\r\\n) and the quote's line break is a bare \\n. With \\r\\n it is found.`,
        fix: 'Write each line break in the quote as \\r\\n (in a double-quoted YAML string), or re-save the report with LF line endings.',
      };
    }
  }

  // An invisible character in the report, inside the passage the quote means.
  const invisible = new Set([...text.matchAll(INVISIBLE)].map((m) => m.index));
  if (invisible.size > 0) {
    const kept: number[] = []; // index in the stripped text → index in the report
    let stripped = '';
    for (let i = 0; i < text.length; i++) {
      if (!invisible.has(i)) {
        kept.push(i);
        stripped += text[i];
      }
    }
    kept.push(text.length);
    const plain = anchor(stripped, { ...selector, start: undefined });
    if (plain.ok) {
      const inside = [...invisible].find((i) => i >= kept[plain.start] && i < kept[plain.end]);
      if (inside !== undefined) {
        return {
          ...p,
          message: `The quote ${show(selector.quote)} is not in the report as written: the report holds ${NAMES[text[inside]]} inside the passage, at offset ${inside} (line ${lineOfIndex(text, inside)}).`,
          fix: 'Write the character into the quote as it stands in the report (\\u200B and the like, in a double-quoted YAML string), or remove it from the report if the original does not have it.',
        };
      }
    }
  }
  return p;
}

export function explainQuotes(corpus: Corpus, problems: Problem[]): Problem[] {
  return problems.map((p) => explain(p, corpus));
}
