/**
 * Finds a quote in its report, the W3C TextQuoteSelector way: the exact text, with a
 * prefix and/or suffix only to tell repeated passages apart. Offsets are UTF-16 code
 * units (JavaScript string indices), end exclusive.
 */
export interface Selector {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** A known start offset (TextPositionSelector): then the quote must stand exactly there. */
  start?: number;
}

export type Anchored =
  | { ok: true; start: number; end: number }
  | {
      ok: false;
      code: 'QUOTE_NOT_FOUND' | 'QUOTE_AMBIGUOUS' | 'QUOTE_OFFSET_MISMATCH';
      message: string;
      /** The message's values (problem.<code>.message). */
      values: Record<string, string | number>;
    };

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/** Folds the typography people retype differently: quotes, dashes, spaces. */
export function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2012-\u2015]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ');
}

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Explains why a quote is not found: typography, or where it stops matching (its words, and values). */
function diagnose(text: string, quote: string): { words: string; values: Record<string, string> } {
  if (fold(text).includes(fold(quote))) {
    const specials = [...new Set(quote.match(/[\u00A0\u2018\u2019\u201C\u201D\u2013\u2014]/g) ?? [])];
    return {
      words: `It matches only if quotes, dashes and spaces are ignored: the report's typography differs${specials.length ? '' : ' (it may hold a non-breaking space U+00A0, a curly quote or a dash)'}.`,
      values: { case: specials.length ? 'typography' : 'typographyHidden' },
    };
  }
  let n = quote.length;
  while (n > 0 && !text.includes(quote.slice(0, n))) n = Math.floor(n * 0.9);
  return n > 0
    ? {
        words: `The report matches the quote up to ${show(quote.slice(0, n))}, then differs.`,
        values: { case: 'partial', upTo: show(quote.slice(0, n)) },
      }
    : { words: 'No part of it is in the report.', values: { case: 'none' } };
}

export function anchor(text: string, selector: Selector): Anchored {
  const { quote, prefix = '', suffix = '' } = selector;
  if (selector.start !== undefined) {
    const at = selector.start;
    if (text.startsWith(quote, at)) return { ok: true, start: at, end: at + quote.length };
    return {
      ok: false,
      code: 'QUOTE_OFFSET_MISMATCH',
      message: `The report does not hold the quote ${show(quote)} at offset ${at}; it holds ${show(text.slice(at, at + quote.length))} there.`,
      values: { quote: show(quote), at, held: show(text.slice(at, at + quote.length)) },
    };
  }
  const all = occurrences(text, quote);
  const matching = all.filter((i) => text.slice(Math.max(0, i - prefix.length), i) === prefix && text.startsWith(suffix, i + quote.length));
  if (matching.length === 1) return { ok: true, start: matching[0], end: matching[0] + quote.length };
  if (matching.length > 1) {
    return {
      ok: false,
      code: 'QUOTE_AMBIGUOUS',
      message: `The quote ${show(quote)} occurs ${matching.length} times${prefix || suffix ? ' even with its prefix/suffix' : ''}, at offsets ${matching.join(', ')}.`,
      values: { quote: show(quote), n: matching.length, affix: prefix || suffix ? 'yes' : 'no', offsets: matching.join(', ') },
    };
  }
  if (all.length > 0) {
    return {
      ok: false,
      code: 'QUOTE_NOT_FOUND',
      message: `The quote ${show(quote)} occurs ${all.length} time(s), but never with prefix ${show(prefix)} and suffix ${show(suffix)}.`,
      values: { case: 'affix', quote: show(quote), n: all.length, prefix: show(prefix), suffix: show(suffix) },
    };
  }
  const why = diagnose(text, quote);
  return {
    ok: false,
    code: 'QUOTE_NOT_FOUND',
    message: `The quote ${show(quote)} is not in the report. ${why.words}`,
    values: { quote: show(quote), ...why.values },
  };
}
