/**
 * What in a report is not a claim: site widgets, comment prompts, share buttons, bylines and a
 * headline printed twice. They become not_claims so that coverage can reach 100%; headlines are
 * kept as claims, since the annotation rules make them the outlet's claims.
 */
import type { Line } from '../text/sentences.ts';

export type LineKind = { type: 'body' } | { type: 'headline' } | { type: 'boilerplate'; why: string };

const RULES: [RegExp, string][] = [
  [/^(leave a reply|cancel reply|leave a comment)|akismet|comment data is processed/i, 'comment prompt'],
  [/having issues with commenting|^(\d+\s+)?comments?$|^join the (conversation|discussion)/i, 'comment section'],
  [/^read time\b|^\d+\s*min(ute)?s? read$|^reading time\b/i, 'reading-time widget'],
  [/^average rating$|^\d star$|^rate this\b/i, 'rating widget'],
  [
    /print friendly|pdf & email|^(share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit)( this( article| story)?)?:?$/i,
    'share and print buttons',
  ],
  [
    /^(subscribe|sign up|newsletter|advertisement|sponsored|related( articles| stories)?|read more|click here|follow us|more from)\b/i,
    'site boilerplate',
  ],
  [/all rights reserved|^©|^copyright\b/i, 'copyright notice'],
  [/^(photo|image|picture|video|file photo|credit)( credit)?:/i, 'picture credit'],
  [/^\(?(reporting|additional reporting|writing|editing) by\b/i, 'credits'],
  [/^(posted|published|updated|last updated)( on| at)?:?\s/i, 'timestamp'],
  [/^tags?:/i, 'tags'],
  [/^[Bb]y\s+(\p{Lu}[\p{L}.'-]*\s*){1,4}(,.*)?$/u, 'byline'],
];

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

/** True for a line without a final full stop, short enough to be a title. */
function titleLike(text: string): boolean {
  const bare = text.replace(/["'”’»)\]\s]+$/u, '');
  const n = text.split(/\s+/).length;
  return !/[.!?:;,]$/.test(bare) && n >= 2 && n <= 25;
}

export function classifyLines(lines: Line[]): LineKind[] {
  const seenTitles = new Set<string>();
  return lines.map((line, i) => {
    const text = line.text;
    for (const [re, why] of RULES) if (re.test(text)) return { type: 'boilerplate', why };
    if (letters(text) < 3 || letters(text) < text.length / 3) return { type: 'boilerplate', why: 'site widget (counters)' };
    if (/^[\p{Lu}\s&'’.-]+$/u.test(text) && text.split(/\s+/).length <= 4 && i > 0) return { type: 'boilerplate', why: 'section heading' };
    if (!titleLike(text)) return { type: 'body' };
    if (seenTitles.has(text)) return { type: 'boilerplate', why: 'headline, printed a second time' };
    seenTitles.add(text);
    // A title is the report's first words, or a short line before body text (a subheading).
    const next = lines[i + 1];
    return i === 0 || !next || !titleLike(next.text) ? { type: 'headline' } : { type: 'body' };
  });
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
const DATELINE = new RegExp(
  `^\\p{Lu}{2,}[\\p{Lu}'.-]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}'.-]*)*(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)?\\s*(?:\\([\\p{L} .]+\\)\\s*)?(?:(?:${MONTH})\\s*(?:[-–—:]\\s*)?|[-–—:]\\s*)(?=[\\p{Lu}“"])`,
  'u',
);

/** "Baghdad —", "Donetsk, Ukraine (AP) –": a town in title case, only before a dash with spaces. */
const TITLE_DATELINE =
  /^\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*(?:\([\p{L} .]+\)\s*)?[—–]\s+(?=[\p{Lu}“"])/u;

/** The dateline a wire report opens with ("NEW DELHI Aug 13", "KYIV, Ukraine (AP) —", "Baghdad —"): its length, or 0. */
export function datelineLength(text: string): number {
  return (text.match(DATELINE) ?? text.match(TITLE_DATELINE))?.[0].length ?? 0;
}

/** Consecutive lines of the same kind of boilerplate make one not_claim, as a person marks them. */
export function boilerplateSpans(lines: Line[], kinds: LineKind[]): { start: number; end: number; why: string }[] {
  const out: { start: number; end: number; why: string }[] = [];
  kinds.forEach((k, i) => {
    if (k.type !== 'boilerplate') return;
    const last = out[out.length - 1];
    const prev = kinds[i - 1];
    if (last && prev?.type === 'boilerplate' && prev.why === k.why) last.end = lines[i].end;
    else out.push({ start: lines[i].start, end: lines[i].end, why: k.why });
  });
  return out;
}
