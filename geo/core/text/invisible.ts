/**
 * Characters no text of a map may hold, because a reader cannot see them and they change what the
 * text means or where its offsets fall: NUL and the other C0 controls (tab and line breaks aside),
 * zero-width spaces and word joiners, a byte-order mark inside a text, the bidirectional overrides,
 * embeddings and isolates (U+202A–E, U+2066–9, which can make a quote read in another order than
 * its characters), and lone surrogates (half a character, which no file can store as UTF-8).
 * The zero-width joiner and non-joiner are allowed: Persian, Urdu and emoji need them.
 * One rule, used by the build for every text, by the import and by the studio.
 */
export interface Invisible {
  /** Index in the text (UTF-16 code units). */
  index: number;
  /** "U+200B", "U+0000", … */
  codePoint: string;
  name: string;
}

const NAMES: Record<number, string> = {
  0x0000: 'a NUL character',
  0x200b: 'a zero-width space',
  0x2060: 'a word joiner',
  0xfeff: 'a zero-width no-break space (byte-order mark)',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop-directional-formatting mark',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first-strong isolate',
  0x2069: 'a pop-directional-isolate mark',
};

// C0 controls but \t \n \r; the characters named above; lone surrogates. Control characters are
// what this pattern is for.
const PATTERN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every invisible character of the text, in order (at most `limit`). */
export function invisibleCharacters(text: string, limit = 20): Invisible[] {
  const out: Invisible[] = [];
  PATTERN.lastIndex = 0;
  for (const m of text.matchAll(PATTERN)) {
    const code = m[0].charCodeAt(0);
    const name = NAMES[code] ?? (code >= 0xd800 && code <= 0xdfff ? 'half of a character (a lone surrogate)' : 'a control character');
    out.push({ index: m.index!, codePoint: hex(code), name });
    if (out.length >= limit) break;
  }
  return out;
}
