/**
 * The text rules an imported file's bytes and cells meet, the build's own (text/text-file.ts,
 * text/invisible.ts), said where the person's file has the fault: the row and column of a CSV,
 * the feature and property of a GeoJSON.
 * - A cell or property holding an invisible character (NUL, a zero-width space, a bidirectional
 *   override, half a character) is INVISIBLE_CHARACTER, and its row is left out.
 * - A file whose bytes are UTF-8 but damaged in places: each cell with a character that could not
 *   be read (decoded as U+FFFD) is NOT_UTF8, and its row is left out; nothing garbled is kept.
 * - A CSV that mixes line endings is read as one kind, and told (IMPORT_LINE_ENDINGS_MIXED).
 */
import { invisibleInText } from '../check/texts.ts';
import type { Code, ProblemValues } from '../model/problems.ts';

export interface TextFault {
  code: Code;
  message: string;
  values: ProblemValues;
  fix: string;
}

const REPLACEMENT = '\uFFFD';

/** What is wrong with one imported text, if anything; `damaged`: the file's bytes were not all UTF-8. */
export function textFault(value: string, damaged: boolean): TextFault | null {
  const at = damaged ? value.indexOf(REPLACEMENT) : -1;
  if (at !== -1) {
    return {
      code: 'NOT_UTF8',
      message: `The text holds bytes that are not UTF-8 at character ${at}: they could not be read, and show as �.`,
      values: { case: 'cell', at },
      fix: 'Re-save the file as UTF-8 (in most editors: Save as… › Encoding › UTF-8), and check the text there against its source.',
    };
  }
  const hidden = invisibleInText(value);
  return hidden && { code: 'INVISIBLE_CHARACTER', ...hidden };
}

/**
 * The record (0-based, the header being 0) and field (0-based) a character of a CSV stands in:
 * quotes are followed, and \r\n, \n and \r each end a record.
 */
export function cellAt(text: string, index: number, delimiter: string): { record: number; field: number } {
  let record = 0;
  let field = 0;
  let quoted = false;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === delimiter) field++;
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record++;
      field = 0;
    }
  }
  return { record, field };
}

export interface LineEndings {
  crlf: number;
  lf: number;
  cr: number;
  /** The index of the first line ending of another kind than the first one, or -1 when all are one kind. */
  firstOther: number;
}

/** How a text ends its lines: the counts of each kind, and where the first of another kind stands. */
export function lineEndings(text: string): LineEndings {
  const out: LineEndings = { crlf: 0, lf: 0, cr: 0, firstOther: -1 };
  let first: 'crlf' | 'lf' | 'cr' | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const kind = c === 10 ? 'lf' : text.charCodeAt(i + 1) === 10 ? 'crlf' : 'cr';
    out[kind]++;
    first ??= kind;
    if (kind !== first && out.firstOther === -1) out.firstOther = i;
    if (kind === 'crlf') i++;
  }
  return out;
}
