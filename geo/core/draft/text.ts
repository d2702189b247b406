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

/** The shortest prefix (else suffix) that makes text.slice(start, end) occur once with it. */
export function selector(text: string, start: number, end: number): { quote: string; prefix?: string; suffix?: string } {
  const quote = text.slice(start, end);
  const at: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) at.push(i);
  if (at.length <= 1) return { quote };
  const unique = (f: (i: number) => string) => at.filter((i) => f(i) === f(start)).length === 1;
  for (let n = 1; n <= start; n++) {
    const prefix = text.slice(start - n, start);
    if (prefix.trim() && unique((i) => text.slice(Math.max(0, i - n), i))) return { quote, prefix };
  }
  for (let n = 1; end + n <= text.length; n++) {
    const suffix = text.slice(end, end + n);
    if (suffix.trim() && unique((i) => text.slice(i + quote.length, i + quote.length + n))) return { quote, suffix };
  }
  return { quote };
}
