/**
 * Stance, as the annotation rules define it: hedged when the wording is speculative, conditional
 * or unconfirmed, whoever speaks (the hedge words are listed as they stand in the quote); denial
 * when a source denies or rules out an action; attributed when a source is named; else fact.
 * A reporting verb is a cue, never a hedge.
 */
import type { Stance } from '../model/vocab.ts';

const HEDGES: RegExp[] = [
  /\bmore than likely\b/i,
  /\bmost likely\b/i,
  /\b(?:un)?likely to\b/i,
  /\blikely\b/i,
  /\bmight\b/i,
  /\bcould have\b/i,
  /\bcould\b/i,
  /\bperhaps\b/i,
  /\bpossibly\b/i,
  /\bprobably\b/i,
  /\bapparently\b/i,
  /\bappears?\b|\bappeared\b/i,
  /\bseems?\b|\bseemed\b/i,
  /\breportedly\b/i,
  /\b(?:is|are|was|were|been|being)(?:\s+(?:now|also|still|widely|already|generally|often))?\s+(?:said|reported|understood|believed|thought|alleged|rumou?red|feared|expected|estimated)\s+to\b/i,
  /\b(?:could|can)\s+be\s+(?:seen|heard)\b/i,
  /\ballegedly\b/i,
  /\balleged\b/i,
  /\bpurportedly\b/i,
  /\bsuggests?\b|\bsuggested\b/i,
  /\bI think\b/,
  /\bI believe\b/,
  /\bwe think\b/i,
  /\bbelieved to\b/i,
  /\bthought to\b/i,
  /\bunconfirmed\b/i,
  /\b(?:still )?not (?:yet )?(?:fully )?(?:known|clear|confirmed)\b/i,
  /\bunclear\b/i,
  /\ba reported\b/i,
  /\bas long as\b/i,
  /\bI don[’']t know if\b/,
  /\bimagine\b/i,
  /\bwhether\b/i,
  /\bif\b/i,
  /\bmay\b/,
  /^May\b(?!\s+\d)/,
  /^Should\b|[,;]\s+should\b/,
  /\bpotentially\b/i,
  /\bestimated\b/i,
  // "Suspected Boko Haram suicide bombers struck": who did it is not confirmed.
  /\bsuspected\b/i,
  // "the toll was feared many times higher": feared by no one named.
  /\b(?:is|are|was|were)\s+feared\b/i,
  // "He declined to say what nationality…": a question left open, not a denial.
  /\bdeclined to (?:say|comment|confirm|specify|elaborate|disclose|discuss|identify|name|give details)\b/i,
];
/** "would" is a guess in the outlet's own voice; in reported speech it is the past of "will". */
const WOULD = /\bwould\b/i;

const ACTION =
  '(?:participat|take part|took part|strik|struck|attack|fir|launch|conduct|carr(?:y|ied) out|send|sent|deploy|join|fight|fought|bomb|kill|target|order|plan|us|involv|support|arm|fund|suppl|provid|help|assist|coordinat|shar|interven|enter|invad|retaliat|negotiat|intercept)';
const NEGATED = new RegExp(
  `\\b(?:did not|didn[’']t|does not|doesn[’']t|do not|don[’']t|was not|wasn[’']t|were not|weren[’']t|is not|isn[’']t|are not|aren[’']t|has not|hasn[’']t|have not|haven[’']t|had not|will not|won[’']t|never|not being|not been)\\s+(?:been\\s+|being\\s+)?${ACTION}\\w*`,
  'i',
);
const RULED_OUT = /\b(?:no plans? to|ruled out|rules out|refused to|declined to)\b/i;

/** The hedge words of a quote, each as it stands in it, in order, none inside another. */
export function hedgesIn(quote: string, ownVoice: boolean): string[] {
  const found: { at: number; text: string }[] = [];
  for (const re of ownVoice ? [...HEDGES, WOULD] : HEDGES) {
    const m = quote.match(re);
    if (!m || m.index === undefined) continue;
    const text = m[0].replace(/^[,;]\s+/, '');
    const at = m.index + m[0].length - text.length;
    if (found.some((f) => at < f.at + f.text.length && f.at < at + text.length)) continue;
    found.push({ at, text });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.text);
}

export function stanceOf(quote: string, chainLength: number, denialCue: boolean): { stance: Stance; hedges: string[] } {
  const hedges = hedgesIn(quote, chainLength === 1);
  if (hedges.length > 0) return { stance: 'hedged', hedges };
  if (chainLength > 1 && (denialCue || NEGATED.test(quote) || RULED_OUT.test(quote))) return { stance: 'denial', hedges: [] };
  return { stance: chainLength > 1 ? 'attributed' : 'fact', hedges: [] };
}
