/**
 * Small text helpers shared by the drafter: slugs for ids, a folded form for matching names
 * whatever their accents and hyphens, word tokens with their offsets, and the shortest
 * prefix/suffix that makes a quote unique (the W3C TextQuoteSelector way the build anchors it).
 */

/** "U.S. defense officials" → "us-defense-officials"; "Ba‘qūbah" → "baqubah". */
export function slug(s: string): string {
  const out = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`ʼ]/g, '')
    .replace(/\b(u)\.(s)\.|\b(u)\.(k)\.|\b(u)\.(n)\./gi, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out || 'x';
}

/** Lower case, no accents, no apostrophes, hyphens and dots as spaces: "Deir ez-Zor" ≡ "deir ez zor". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`ʼ]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, digits, inner apostrophes, hyphens and dots as in "U.S.") with their offsets. */
export function words(s: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu)) {
    let text = m[0];
    // A final dot belongs to the word only in abbreviations such as "U.S." or "Sept.".
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$|^(?:[A-Z][a-z]{0,3})\.$/u.test(text)) text = text.slice(0, -1);
    out.push({ text, start: offset + m.index, end: offset + m.index + text.length });
  }
  return out;
}

export function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** Longest prefix or suffix a selector carries; past it, the quote's offset tells it apart instead. */
const MAX_CONTEXT = 64;

/**
 * Where each quote occurs in one text, found once per distinct quote: a text that repeats a
 * paragraph asks the same quote again and again, and each search is a scan of the whole text.
 */
export class Occurrences {
  private found = new Map<string, number[]>();
  constructor(readonly text: string) {}
  of(quote: string): number[] {
    let at = this.found.get(quote);
    if (!at) {
      at = [];
      for (let i = this.text.indexOf(quote); i !== -1; i = this.text.indexOf(quote, i + 1)) at.push(i);
      this.found.set(quote, at);
    }
    return at;
  }
}

/** How many characters before a and b agree, up to `max`. */
function sameBefore(text: string, a: number, b: number, max: number): number {
  let n = 0;
  while (n < max && a - n > 0 && b - n > 0 && text[a - n - 1] === text[b - n - 1]) n++;
  return n;
}

function sameAfter(text: string, a: number, b: number, max: number): number {
  let n = 0;
  while (n < max && a + n < text.length && b + n < text.length && text[a + n] === text[b + n]) n++;
  return n;
}

/**
 * The shortest prefix (else suffix) that makes text.slice(start, end) occur once with it, the W3C
 * TextQuoteSelector way; when no context of up to 64 characters does (a repeated paragraph), the
 * quote's offset (TextPositionSelector). Linear in the occurrences, never in the text.
 */
export function selector(
  text: string,
  start: number,
  end: number,
  occurrences = new Occurrences(text),
): { quote: string; prefix?: string; suffix?: string; start?: number } {
  const quote = text.slice(start, end);
  const others = occurrences.of(quote).filter((i) => i !== start);
  if (others.length === 0) return { quote };
  // A prefix of n characters is unique when n exceeds every other occurrence's agreement before
  // it (an occurrence nearer the text's start than n has a shorter prefix, so it differs too).
  const before = others.reduce((m, i) => Math.max(m, sameBefore(text, start, i, MAX_CONTEXT + 1)), 0);
  const room = Math.min(start, MAX_CONTEXT);
  let n = before + 1;
  while (n <= room && !text.slice(start - n, start).trim()) n++;
  if (n <= room) return { quote, prefix: text.slice(start - n, start) };
  const after = others.reduce((m, i) => Math.max(m, sameAfter(text, end, i + quote.length, MAX_CONTEXT + 1)), 0);
  const roomAfter = Math.min(text.length - end, MAX_CONTEXT);
  let m = after + 1;
  while (m <= roomAfter && !text.slice(end, end + m).trim()) m++;
  if (m <= roomAfter) return { quote, suffix: text.slice(end, end + m) };
  return { quote, start };
}
