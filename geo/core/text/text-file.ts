/**
 * Decodes a data file's bytes as UTF-8 and says what is wrong with them: another encoding (Latin-1,
 * UTF-16), a byte-order mark, Windows line endings, NUL bytes. The data build reads every file
 * through it, and the studio reads a report file (or a pasted text) through it, so that a text the
 * studio accepts is one the build accepts.
 *
 * The rule for report texts: the published text is the file's bytes decoded, nothing rewritten,
 * so that the shared originals (../shared/reports) stay byte-identical to what the app shows and
 * every offset counts what the file holds.
 * - A byte-order mark cannot follow that rule: kept, it would be an invisible first character of the
 *   text (and the start of every offset); dropped, the published text would differ from the file.
 *   So it is an error, BYTE_ORDER_MARK, and the fix is to re-save the file without it. Meanwhile it
 *   is left out of the text in memory, so that the other checks (quotes, offsets) see the text as
 *   it will be once the file is fixed.
 * - CRLF line endings can follow it: the \r stays in the text, offsets count it, and the app shows
 *   the text as well. So they are a warning, CRLF_LINE_ENDINGS, which names the fix; a quote that
 *   crosses a line break must then write it as \r\n, and when it does not, the quote's problem
 *   says so (quote-hints.ts) instead of blaming curly quotes. Normalising them would rewrite the
 *   report behind its author's back.
 * - Bytes that are not UTF-8 are an error, NOT_UTF8, naming the first bad byte, its offset and line.
 *   The text in memory is then read as Windows-1252 (the usual other encoding, a superset of
 *   Latin-1) when no byte of the file is UTF-8, so that its quotes still match and the one problem
 *   is not buried under a QUOTE_NOT_FOUND for every accented word.
 *
 * YAML files go through the same UTF-8 check; a BOM or CRLF in them is harmless (the YAML parser
 * drops the one and reads the other as a line break), so it is not reported.
 */
import type { Code, Problem, ProblemValues } from '../model/problems.ts';
import { CODES } from '../model/problems.ts';
import { invisibleCharacters } from './invisible.ts';

export interface DecodedText {
  /** The text for the checks: the file decoded, without a byte-order mark. */
  text: string;
  problems: Problem[];
}

const BOM = [0xef, 0xbb, 0xbf];

interface Utf8Scan {
  /** Byte offset of the first byte that is not part of a UTF-8 character, or -1. */
  firstBad: number;
  bad: number;
  /** Well-formed multi-byte characters seen: 0 means the file is not UTF-8 at all. */
  multibyte: number;
}

/** The WHATWG UTF-8 rules: no overlong forms, no surrogates, nothing above U+10FFFF. */
function scanUtf8(b: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstBad: -1, bad: 0, multibyte: 0 };
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    let ok = need > 0 && i + need < b.length && b[i + 1] >= lo && b[i + 1] <= hi;
    for (let k = 2; ok && k <= need; k++) ok = b[i + k] >= 0x80 && b[i + k] <= 0xbf;
    if (ok) {
      scan.multibyte++;
      i += need + 1;
    } else {
      if (scan.firstBad === -1) scan.firstBad = i;
      scan.bad++;
      i++;
    }
  }
  return scan;
}

/** 1-based line of a byte offset (line breaks are \n, \r\n or \r). */
function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a || (b[i] === 0x0d && b[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** 1-based line of a string index. */
export function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

// Windows-1252 is Latin-1 with printable characters in 0x80–0x9F (curly quotes, dashes, €). Node's
// TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters, so map them here.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function decodeWindows1252(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) {
    s += String.fromCharCode(...b.subarray(i, i + 8192)).replace(/[\u0080-\u009F]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
  }
  return s;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

export function decodeText(bytes: Uint8Array, file: string, kind: 'report' | 'yaml'): DecodedText {
  const problems: Problem[] = [];
  const add = (
    code: Code,
    where: string,
    message: string,
    values: ProblemValues,
    severity: Problem['severity'] = 'error',
    fix: string = CODES[code],
  ) => problems.push({ code, severity, path: [], file, where, message, fix, values: { file, ...values } });

  // UTF-16 ("Unicode" in some editors) starts with its own byte-order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    add(
      'NOT_UTF8',
      'line 1',
      `${file} is UTF-16 (${le ? 'little' : 'big'}-endian: it starts with the bytes ${hex(bytes[0])} ${hex(bytes[1])}), not UTF-8.`,
      { case: le ? 'utf16le' : 'utf16be', bytes: `${hex(bytes[0])} ${hex(bytes[1])}`, line: 1 },
    );
    return { text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes), problems };
  }

  const hasBom = BOM.every((x, i) => bytes[i] === x);
  let text: string;
  try {
    // The decoder drops a leading BOM (ignoreBOM: false), which readFileSync(…, 'utf8') keeps.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const scan = scanUtf8(bytes);
    const at = scan.firstBad;
    const line = lineAt(bytes, at);
    const lineStart = Math.max(bytes.lastIndexOf(0x0a, at - 1) + 1, at - 40);
    const context = decodeWindows1252(bytes.subarray(lineStart, Math.min(bytes.length, at + 20))).split(/\r?\n/)[0];
    const more = scan.bad > 1 ? ` (and ${scan.bad - 1} more byte${scan.bad > 2 ? 's' : ''} like it)` : '';
    const legacy = scan.multibyte === 0;
    add(
      'NOT_UTF8',
      `line ${line}, byte ${at}`,
      `${file} is not UTF-8: the byte ${hex(bytes[at])} at byte offset ${at} (line ${line}) is not part of any UTF-8 character${more}. ` +
        (legacy
          ? `Read as Latin-1 (Windows-1252) the line says ${JSON.stringify(context)}: the file was probably saved in that encoding.`
          : 'The rest of the file is UTF-8: the file may have been pasted together from two encodings or damaged.'),
      { case: legacy ? 'latin1' : 'mixed', byte: hex(bytes[at]), at, line, more: scan.bad - 1, context: JSON.stringify(context) },
    );
    text = legacy ? decodeWindows1252(bytes) : new TextDecoder('utf-8').decode(bytes);
  }
  if (kind === 'yaml') return { text, problems };

  if (hasBom) {
    add(
      'BYTE_ORDER_MARK',
      'line 1',
      `${file} starts with a byte-order mark (the bytes EF BB BF), an invisible character that would become the first character of the report text and shift every offset by one.`,
      { line: 1 },
    );
  }
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = text.match(/\r(?!\n)/g)?.length ?? 0;
  if (crlf + cr > 0) {
    const first = text.search(/\r/);
    const kinds = [crlf ? `${crlf} Windows (CRLF, \\r\\n)` : '', cr ? `${cr} old Mac (CR, \\r)` : ''].filter(Boolean).join(' and ');
    add(
      'CRLF_LINE_ENDINGS',
      `line ${lineOfIndex(text, first)}`,
      `${file} has ${kinds} line ending${crlf + cr > 1 ? 's' : ''}, first at line ${lineOfIndex(text, first)}. They are kept as they are: offsets count the \\r, and a quote across a line break must write it as \\r\\n.`,
      { crlf, cr, line: lineOfIndex(text, first) },
      'warning',
    );
  }
  const hidden = invisibleInReport(text, file);
  if (hidden) problems.push(hidden);
  return { text, problems };
}

/**
 * The first invisible character of a report text (text/invisible.ts), as a problem at its line.
 * Run on the text itself, not on its bytes, it also finds half a character (a lone surrogate),
 * which encoding to UTF-8 would turn into U+FFFD unseen: the studio reads a pasted text with it.
 */
export function invisibleInReport(text: string, file: string): Problem | null {
  const [hidden] = invisibleCharacters(text, 1);
  if (!hidden) return null;
  const line = lineOfIndex(text, hidden.index);
  const kind = hidden.codePoint === 'U+0000' ? 'nul' : /^U\+D[89A-F]/.test(hidden.codePoint) ? 'surrogate' : 'hidden';
  const message = {
    nul: `${file} holds a NUL byte (U+0000) at character ${hidden.index} (line ${line}); a text file never does, so the file may be damaged or not text.`,
    surrogate: `${file} holds half of a character (${hidden.codePoint}, a lone surrogate) at character ${hidden.index} (line ${line}): no file can store it, so the build would refuse the text.`,
    hidden: `${file} holds ${hidden.name} (${hidden.codePoint}) at character ${hidden.index} (line ${line}), which a reader cannot see.`,
  }[kind];
  return {
    code: 'INVISIBLE_CHARACTER',
    severity: 'error',
    path: [],
    file,
    where: `line ${line}`,
    message,
    fix:
      kind === 'surrogate'
        ? 'Delete it and type the character again, or copy the text again from its source.'
        : 'Remove the NUL bytes and invisible characters, or copy the text again from its source as plain text.',
    values: { file, case: kind, at: hidden.index, line, codePoint: hidden.codePoint },
  };
}
