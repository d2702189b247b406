/**
 * Reporting cues in a stretch of text and the source each names: "X said", "said X",
 * "according to X", "in the words of X", "X told [outlet]", "several reports that", "it was
 * reported". A cue is kept only when the words around it name someone (sources.ts).
 */
import { CUE_FORMS, NOUN_LIKE, RECIPIENT_LEMMAS, TO_RECIPIENT } from './lexicon.ts';
import { gapBefore, phraseAfter, phraseBefore, type Phrase } from './phrases.ts';
import { describe } from './sources.ts';
import type { Token } from './text.ts';

export interface Hit {
  /** The reporting words as they stand: "have confirmed", "according to", "said as well". */
  cue: Phrase;
  lemma: string;
  source: Phrase;
  /** An outlet the source spoke to: "told The Daily Beast", "confirmed to the New York Times". */
  relay?: Phrase;
  /** "has said", "have confirmed": said at some time before publication. */
  perfect: boolean;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'several',
  'many',
  'some',
  'various',
  'multiple',
  'numerous',
  'unconfirmed',
  'media',
  'news',
  'press',
  'earlier',
  'initial',
  'conflicting',
  'no',
]);
const QUANTIFIERS = new Set([
  'several',
  'many',
  'some',
  'various',
  'multiple',
  'numerous',
  'unconfirmed',
  'conflicting',
  'media',
  'news',
  'press',
]);

const WHEN_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function findHits(text: string, tokens: Token[], from: number, to: number, isPlace: (n: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  const lc = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const span = (a: number, b: number): Phrase => ({
    text: text.slice(tokens[a].start, tokens[b].end),
    start: tokens[a].start,
    end: tokens[b].end,
  });
  const names = (p: Phrase | null) => p !== null && describe(p.text, isPlace) !== null;
  // Who was told: "The Daily Beast", "the New York Times" (a name), not "reporters" or "an audience".
  const named = (i: number): Phrase | undefined => {
    let j = lc(i) === 'the' ? i + 1 : i;
    if (!/^\p{Lu}/u.test(tokens[j]?.text ?? '') || j > to) return undefined;
    // "told Anadolu Agency Thursday": the day is when, not part of the name.
    while (
      j + 1 <= to &&
      /^\p{Lu}/u.test(tokens[j + 1].text) &&
      !WHEN_WORDS.test(tokens[j + 1].text) &&
      /^ $/.test(text.slice(tokens[j].end, tokens[j + 1].start))
    )
      j++;
    // "told Afghan media", "told state television": the kind of outlet is part of who was told.
    if (j + 1 <= to && /^(?:media|television|radio|newspapers?|press|outlets)$/.test(tokens[j + 1].text)) j++;
    return span(i, j);
  };
  for (let k = from; k <= to; k++) {
    const w = lc(k);
    if (w === 'according' && lc(k + 1) === 'to') {
      const source = phraseAfter(text, 0, tokens, k + 2, to);
      if (source && names(source)) hits.push({ cue: span(k, k + 1), lemma: 'according', source, perfect: false });
      continue;
    }
    if (w === 'in' && lc(k + 1) === 'the' && lc(k + 2) === 'words' && lc(k + 3) === 'of') {
      const source = phraseAfter(text, 0, tokens, k + 4, to);
      if (source && names(source)) hits.push({ cue: span(k, k + 3), lemma: 'words', source, perfect: false });
      continue;
    }
    if (w === 'reports' && QUANTIFIERS.has(lc(k - 1)) && lc(k + 1) === 'that') {
      let a = k - 1;
      while (a - 1 >= from && QUANTIFIERS.has(lc(a - 1))) a--;
      hits.push({ cue: span(a, k), lemma: 'report', source: span(a, k), perfect: false });
      continue;
    }
    // "The Coalition has received reports that…": what it heard from others, a vague source.
    if (w === 'reports' && ['received', 'receiving', 'has', 'had', 'got'].includes(lc(k - 1)) && lc(k + 1) === 'that') {
      hits.push({ cue: span(k - 1, k), lemma: 'report', source: { ...span(k, k), text: 'reports' }, perfect: false });
      continue;
    }
    // "There are reports that…": a vague source, named as such.
    if (w === 'reports' && ['are', 'were', 'have', 'been'].includes(lc(k - 1)) && lc(k + 1) === 'that') {
      const a = lc(k - 2) === 'there' ? k - 2 : lc(k - 3) === 'there' ? k - 3 : -1;
      if (a >= from) hits.push({ cue: span(a, k), lemma: 'report', source: { ...span(k, k), text: 'reports' }, perfect: false });
      continue;
    }
    // "The General Command was quoted as saying": the subject, passive.
    if (w === 'quoted' && ['was', 'were'].includes(lc(k - 1)) && lc(k + 1) === 'as' && lc(k + 2) === 'saying') {
      const source = phraseBefore(text, 0, tokens, k - 1, from);
      if (source && names(source)) hits.push({ cue: span(k - 1, k + 2), lemma: 'say', source, perfect: false });
      k += 2;
      continue;
    }
    // "quoted local residents as saying": the source is who was quoted.
    if (w === 'quoted' && lc(k - 1) !== 'was' && lc(k - 1) !== 'were') {
      const as = tokens.findIndex((t, i) => i > k && i <= Math.min(to, k + 10) && t.text === 'as' && lc(i + 1) === 'saying');
      const source = as > k + 1 ? phraseAfter(text, 0, tokens, k + 1, as - 1) : null;
      if (source && names(source)) {
        // Who quoted them is a relay when it is an outlet ("The radio quoted…").
        const relay = phraseBefore(text, 0, tokens, k, from) ?? undefined;
        hits.push({ cue: span(k, as + 1), lemma: 'say', source, ...(relay ? { relay } : {}), perfect: false });
        k = as + 1;
        continue;
      }
    }
    const lemma = CUE_FORMS.get(w);
    if (!lemma || !/^\p{Ll}/u.test(tokens[k].text)) continue;
    // "called for help", "called on the UN" and "pointed out that" say something; "called Kobani home" does not.
    if (w === 'called' && !['for', 'on', 'upon'].includes(lc(k + 1))) continue;
    if (w === 'pointed' && lc(k + 1) !== 'out') continue;
    // "fighters asserted control in Sirte": took it, said nothing.
    if (/^assert/.test(w) && ['control', 'authority', 'dominance', 'themselves', 'itself'].includes(lc(k + 1))) continue;
    // "X, reporting from Riyadh, said": where a correspondent is, not a second saying.
    if (/ing$/.test(w) && ['from', 'in'].includes(lc(k + 1))) continue;
    // "were said to be", "are reported to have": impersonal, a hedge (stance.ts), not the subject's words.
    const aux = ['now', 'also', 'still', 'widely', 'already', 'generally', 'often'].includes(lc(k - 1)) ? lc(k - 2) : lc(k - 1);
    if (['is', 'are', 'was', 'were', 'been', 'be', 'being'].includes(aux) && lc(k + 1) === 'to') continue;
    if ((lc(k - 2) === 'it' && ['was', 'is'].includes(lc(k - 1))) || (lc(k - 3) === 'it' && lc(k - 1) === 'been')) {
      const cue = span(lc(k - 2) === 'it' ? k - 2 : k - 3, k);
      // "it was announced by the provincial police": the passive's agent is the source.
      const agent = lc(k + 1) === 'by' ? phraseAfter(text, 0, tokens, k + 2, to) : null;
      if (agent && names(agent)) {
        hits.push({
          cue: { ...cue, end: tokens[k + 1].end, text: text.slice(cue.start, tokens[k + 1].end) },
          lemma,
          source: agent,
          perfect: false,
        });
        continue;
      }
      hits.push({ cue, lemma, source: { ...cue, text: 'unnamed reports' }, perfect: lc(k - 1) === 'been' });
      continue;
    }
    // "Eight people have been confirmed dead", "the attack was claimed by X": a passive's subject is
    // what was said, not who said it; its agent after "by" is.
    if (['is', 'are', 'was', 'were', 'been', 'being'].includes(lc(k - 1)) && /ed$/.test(w)) {
      const agent = lc(k + 1) === 'by' ? phraseAfter(text, 0, tokens, k + 2, to) : null;
      if (agent && names(agent)) hits.push({ cue: span(k - 1, k + 1), lemma, source: agent, perfect: false });
      continue;
    }
    if (NOUN_LIKE.has(w) && DETERMINERS.has(lc(k - 1))) continue;
    let source = phraseBefore(text, 0, tokens, k, from);
    // "…, saying the situation was under control": the speaker before goes on; what follows is what is said.
    const goesOn = /ing$/.test(w) && /,\s*$/.test(gapBefore(text, tokens, k, 0));
    if (goesOn && !names(source)) continue;
    if (!names(source)) {
      const after = /[,”’"]\s*$/.test(gapBefore(text, tokens, k, 0)) || k === from ? phraseAfter(text, 0, tokens, k + 1, to) : null;
      source = names(after) ? after : null;
    }
    // "The coalition said …, but denied that…": the same subject, its own verb (a denial stays one).
    if (!source && ['but', 'and'].includes(lc(k - 1)) && hits.length) source = hits[hits.length - 1].source;
    if (!source) continue;
    let a = k;
    while (a - 1 >= from && ['has', 'have', 'had', 'publicly'].includes(lc(a - 1))) a--;
    const b = lc(k + 1) === 'as' && lc(k + 2) === 'well' ? k + 2 : k;
    let relay: Phrase | undefined;
    if (RECIPIENT_LEMMAS.has(lemma) && source.end <= tokens[k].start) relay = named(k + 1);
    else if (TO_RECIPIENT.has(lemma) && lc(k + 1) === 'to') relay = named(k + 2);
    const perfect = ['has', 'have'].includes(lc(a)) || (['also', 'publicly'].includes(lc(k - 1)) && ['has', 'have'].includes(lc(k - 2)));
    hits.push({ cue: span(a, b), lemma, source, ...(relay ? { relay } : {}), perfect });
  }
  return hits;
}
