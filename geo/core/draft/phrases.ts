/**
 * Noun phrases around a reporting verb, read from word tokens and the punctuation between them:
 * backwards for the subject ("U.S. defense officials told…"), forwards after "according to" or
 * an inverted "said a second defense official". No parser: punctuation, clause words and a few
 * word shapes (participles, adverbs) mark where a phrase stops, which is how headlines write.
 */
import { AUX, CLAUSE_WORDS, DOCUMENTS } from './lexicon.ts';
import type { Token } from './text.ts';

export interface Phrase {
  text: string;
  start: number;
  end: number;
}

/**
 * The most words a phrase is read over, either way from its verb. A source is named in a few words;
 * past this, a run of words with no punctuation (a pasted text without its full stops) is not read
 * back to its start for every verb in it, which made the drafter's time grow with the square of it.
 */
export const MAX_PHRASE_WORDS = 40;

const BOUNDARY = /[,;:“”"()\u2014\u2013[\]]|\s[-–—]\s|(?:^|\s)['‘’](?:\s|$)/;
const ED_ADJECTIVES = new Set([
  'unnamed',
  'unidentified',
  'armed',
  'retired',
  'elected',
  'detained',
  'displaced',
  'wounded',
  'concerned',
  'informed',
  'trained',
  'exiled',
  'appointed',
  'embedded',
  'united',
  'advanced',
  'based',
]);
const MONTHS =
  /^(?:mid-)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:weekend|week|month|year|today|yesterday)$/i;
const PARTICLES = new Set(['al', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'el', 'da', 'der', 'la', 'le', 'del']);
const ASIDES = new Set([
  'who',
  'which',
  'whose',
  'whom',
  'citing',
  'speaking',
  'reporting',
  'writing',
  'in',
  'on',
  'at',
  'also',
  'however',
  'too',
]);
/** Small words inside a body's name. */
const NAME_LINKS = new Set(['for', 'of', 'and', 'the', 'on', 'in', 'de']);
/** Heads of a description set off by commas after a name, with no article: "X, head of the council,". */
const DESCRIBED = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'head',
  'leader',
  'chief',
  'director',
  'commander',
  'member',
  'deputy',
  'secretary',
  'minister',
  'chairman',
  'founder',
  'mayor',
  'governor',
  'president',
  'ambassador',
  'adviser',
  'advisor',
  'official',
  'editor',
  'professor',
]);
/** Participles that say who put out a document: "a statement issued by X". */
const ISSUED = new Set(['issued', 'released', 'published', 'posted', 'signed', 'sent', 'put']);
const DATE_LEADS = new Set(['in', 'on', 'last', 'this', 'early', 'late', 'earlier', 'over', 'the', 'mid']);

/** The text between two tokens (or before the first / after the last). */
export function gapBefore(text: string, tokens: Token[], i: number, base: number): string {
  const from = i === 0 ? base : tokens[i - 1].end;
  return text.slice(from - base, tokens[i]?.start === undefined ? undefined : tokens[i].start - base);
}

const NOUNS_ING = new Set([
  'morning',
  'evening',
  'building',
  'meeting',
  'briefing',
  'training',
  'spring',
  'string',
  'ceiling',
  'wedding',
  'bombing',
  'shooting',
  'fighting',
  'funding',
  'ruling',
  'uprising',
  'offering',
  'warning',
  'reporting',
  'monitoring',
  'thing',
  'something',
  'nothing',
  'anything',
  'everything',
]);
const participle = (w: string) => (/^[a-z]{3,}ed$/.test(w) && !ED_ADJECTIVES.has(w)) || (/^[a-z]{3,}ing$/.test(w) && !NOUNS_ING.has(w));
const adverb = (w: string) =>
  /^[a-z]+ly$/.test(w) && !['only', 'family', 'italy', 'july', 'ally', 'early', 'daily', 'weekly', 'likely', 'reply'].includes(w);

/** Joins "military and intelligence" or "Britain and France", not "killed 10 and officials". */
function joinsAnd(tokens: Token[], i: number): boolean {
  const left = tokens[i - 1]?.text ?? '';
  const right = tokens[i + 1]?.text ?? '';
  const lower = (w: string) => /^\p{Ll}/u.test(w);
  const upper = (w: string) => /^\p{Lu}/u.test(w);
  if (/ing$/.test(left) && /ing$/.test(right)) return true;
  return (lower(left) && lower(right) && !participle(left) && !/^\d/.test(left)) || (upper(left) && upper(right));
}

/**
 * The phrase ending right before token `k` (the verb), within tokens[from..k): skips auxiliaries,
 * adverbs and a date ("The Atlantic in mid-March reported"), then reads back to a boundary.
 */
export function phraseBefore(text: string, base: number, tokens: Token[], k: number, first: number): Phrase | null {
  const from = Math.max(first, k - MAX_PHRASE_WORDS);
  let j = k - 1;
  const gap = (i: number) => gapBefore(text, tokens, i, base);
  while (j >= from && !BOUNDARY.test(gap(j + 1))) {
    const w = tokens[j].text.toLowerCase();
    if (AUX.has(w) || adverb(w)) j--;
    else if (MONTHS.test(w) && j - 1 >= from && DATE_LEADS.has(tokens[j - 1].text.toLowerCase())) j -= 2;
    else if (MONTHS.test(w)) j--;
    else break;
  }
  // "A ministry official, speaking on condition of anonymity, said…": step over the aside.
  if (j >= from && /,\s*$/.test(gap(j + 1))) {
    let a = j;
    while (a > from && !BOUNDARY.test(gap(a))) a--;
    const opener = tokens[a].text.toLowerCase();
    const comma = a > from && /,\s*$/.test(gap(a));
    // A name, or a body's name with its small words: "The Syrian Observatory for Human Rights".
    const named = (x: number, y: number) =>
      tokens
        .slice(x, y + 1)
        .every(
          (t, n, all) =>
            (/^\p{Lu}|^(?:al|el|ad|as|ar|an|at|az)-\p{Lu}/u.test(t.text) ||
              PARTICLES.has(t.text.toLowerCase()) ||
              (n === 0 && t.text === 'the' && all.length > 1) ||
              (n > 0 && n < all.length - 1 && NAME_LINKS.has(t.text.toLowerCase()))) &&
            !CLAUSE_WORDS.has(t.text.toLowerCase()),
        ) && /^\p{Lu}|^(?:al|el)-\p{Lu}/u.test(tokens[y].text);
    const description = j - a < 12 && !tokens.slice(a, j + 1).some((t) => participle(t.text));
    // "Andriy Lysenko, spokesman for the council, told": a description without its article.
    const bareTitle = DESCRIBED.has(opener) || (opener === 'senior' && DESCRIBED.has(tokens[a + 1]?.text.toLowerCase() ?? ''));
    if (comma && (participle(opener) || ASIDES.has(opener))) j = a - 1;
    else if (comma && description && (['a', 'an', 'the', 'another'].includes(opener) || bareTitle)) {
      // "Hayley Adams, a meteorologist with the weather service, said": the name before its description.
      let b = a - 1;
      while (b > from && !BOUNDARY.test(gap(b))) b--;
      return named(b, a - 1) ? phrase(text, base, tokens, b, a - 1) : null;
    } else if ((a === from || comma) && named(a, j)) return phrase(text, base, tokens, a, j);
    else return null;
  } else if (j < from || BOUNDARY.test(gap(j + 1))) return null;
  if (j < from) return null;
  const end = j;
  let start = j;
  while (start > from && !BOUNDARY.test(gap(start))) {
    const w = tokens[start - 1].text.toLowerCase();
    // "that source said": a demonstrative before a lone head noun is its determiner.
    if ((w === 'that' || w === 'this') && start === end && /^\p{Ll}+$/u.test(tokens[end].text)) {
      start--;
      break;
    }
    // "a soldier who fled the base told AFP": the one before "who" is the source.
    if (w === 'who' && start - 2 >= from && !BOUNDARY.test(gap(start - 1)) && /^\p{Ll}/u.test(tokens[start - 2].text)) {
      const head = phraseBefore(text, base, tokens, start - 1, first);
      if (head) return head;
    }
    if (CLAUSE_WORDS.has(w)) break;
    if ((w === 'and' || w === '&') && !joinsAnd(tokens, start - 1)) break;
    start--;
  }
  // A participle opens a modifier: "An advisor to U.S. government tasked with monitoring…".
  let stop = end;
  for (let i = start + 1; i <= end; i++) {
    // "Fighters backing Hadi": a short modifier naming whom they back is part of who they are.
    const backing =
      /ing$/.test(tokens[i].text) && end - i <= 2 && end > i && tokens.slice(i + 1, end + 1).every((t) => /^\p{Lu}/u.test(t.text));
    if (participle(tokens[i].text) && !backing) {
      stop = i - 1;
      break;
    }
  }
  return phrase(text, base, tokens, start, stop);
}

/** The phrase starting at token `k`: "according to [a militia commander of the Hashd militia],". */
export function phraseAfter(text: string, base: number, tokens: Token[], k: number, last: number): Phrase | null {
  const to = Math.min(last, k + MAX_PHRASE_WORDS);
  if (k > to || k >= tokens.length) return null;
  let end = k;
  while (end + 1 <= to && end + 1 < tokens.length && !BOUNDARY.test(gapBefore(text, tokens, end + 1, base))) {
    const w = tokens[end + 1].text.toLowerCase();
    // "a statement issued early Friday by the Security Council": read on to who issued it.
    if (ISSUED.has(w) && DOCUMENTS.test(tokens[end].text)) {
      const by = tokens.findIndex((t, i) => i > end + 1 && i <= Math.min(to, end + 6) && t.text === 'by');
      if (by !== -1 && !tokens.slice(end + 2, by).some((_, i) => BOUNDARY.test(gapBefore(text, tokens, end + 2 + i, base)))) {
        end = by;
        continue;
      }
    }
    if (CLAUSE_WORDS.has(w) || participle(tokens[end + 1].text) || MONTHS.test(w)) break;
    if ((w === 'and' || w === '&') && !joinsAnd(tokens, end + 1)) break;
    end++;
  }
  return phrase(text, base, tokens, k, end);
}

function phrase(text: string, base: number, tokens: Token[], a: number, b: number): Phrase | null {
  if (b < a) return null;
  const start = tokens[a].start;
  const end = tokens[b].end;
  return { text: text.slice(start - base, end - base), start, end };
}
