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
 * For every occurrence it also keeps how far its context agrees with the most alike other
 * occurrence's, before and after (up to `MAX_CONTEXT + 1` characters): sorted by context, an
 * occurrence agrees most with a neighbour in that order, so a quote found N times costs N log N
 * comparisons, not N² (a short sentence repeated 2,000 times took seconds).
 */
export class Occurrences {
  private found = new Map<string, number[]>();
  private agree = new Map<string, Map<number, { before: number; after: number }>>();
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
  /** How many characters before and after the quote at `start` agree with another occurrence's, at most. */
  agreement(quote: string, start: number): { before: number; after: number } {
    let m = this.agree.get(quote);
    if (!m) {
      const at = this.of(quote);
      const n = MAX_CONTEXT + 1;
      // Before: the characters read backwards from the quote (UTF-16 units, as the text is indexed).
      const before = nearest(
        at.map((i) =>
          this.text
            .slice(Math.max(0, i - n), i)
            .split('')
            .reverse()
            .join(''),
        ),
        n,
      );
      const after = nearest(
        at.map((i) => this.text.slice(i + quote.length, i + quote.length + n)),
        n,
      );
      m = new Map(at.map((i, k) => [i, { before: before[k], after: after[k] }]));
      this.agree.set(quote, m);
    }
    return m.get(start) ?? { before: 0, after: 0 };
  }
}

/** For each string, its longest common prefix with any other (up to `max`): found beside it once all are sorted. */
function nearest(contexts: string[], max: number): number[] {
  const order = contexts.map((_, i) => i).sort((a, b) => (contexts[a] < contexts[b] ? -1 : contexts[a] > contexts[b] ? 1 : 0));
  const out = new Array<number>(contexts.length).fill(0);
  for (let k = 1; k < order.length; k++) {
    const a = contexts[order[k - 1]];
    const b = contexts[order[k]];
    let n = 0;
    while (n < max && n < a.length && n < b.length && a[n] === b[n]) n++;
    out[order[k - 1]] = Math.max(out[order[k - 1]], n);
    out[order[k]] = Math.max(out[order[k]], n);
  }
  return out;
}

/**
 * The shortest prefix (else suffix) that makes text.slice(start, end) occur once with it, the W3C
 * TextQuoteSelector way; when no context of up to 64 characters does (a repeated paragraph), the
 * quote's offset (TextPositionSelector). Never a scan of the text per call.
 */
export function selector(
  text: string,
  start: number,
  end: number,
  occurrences = new Occurrences(text),
): { quote: string; prefix?: string; suffix?: string; start?: number } {
  const quote = text.slice(start, end);
  if (occurrences.of(quote).length < 2) return { quote };
  // A prefix of n characters is unique when n exceeds every other occurrence's agreement before
  // it (an occurrence nearer the text's start than n has a shorter prefix, so it differs too).
  const { before, after } = occurrences.agreement(quote, start);
  const room = Math.min(start, MAX_CONTEXT);
  let n = before + 1;
  while (n <= room && !text.slice(start - n, start).trim()) n++;
  if (n <= room) return { quote, prefix: text.slice(start - n, start) };
  const roomAfter = Math.min(text.length - end, MAX_CONTEXT);
  let m = after + 1;
  while (m <= roomAfter && !text.slice(end, end + m).trim()) m++;
  if (m <= roomAfter) return { quote, suffix: text.slice(end, end + m) };
  return { quote, start };
}
