/** Words and colours for the data's vocabularies. Colour always comes with a text label. */
import type { Affiliation, AsserterKind, AsserterRef, Precision, Stance } from '../../geo/types';

export const AFFILIATION: Record<Affiliation, { label: string; short: string; colour: string }> = {
  'united-states': { label: 'United States', short: 'US', colour: '#2b6cb0' },
  iran: { label: 'Iran', short: 'Iran', colour: '#2f855a' },
  iraq: { label: 'Iraq', short: 'Iraq', colour: '#c05621' },
  syria: { label: 'Syria', short: 'Syria', colour: '#805ad5' },
  'islamic-state': { label: 'Islamic State', short: 'IS', colour: '#1a202c' },
  nato: { label: 'NATO', short: 'NATO', colour: '#2c7a7b' },
  israel: { label: 'Israel', short: 'Israel', colour: '#0987a0' },
  'independent-media': { label: 'Independent media', short: 'media', colour: '#b7791f' },
  unknown: { label: 'Unknown', short: '?', colour: '#718096' },
};

export const KIND: Record<AsserterKind, string> = {
  outlet: 'News outlet',
  'named-official': 'Named official',
  'anonymous-official': 'Anonymous official',
  'government-body': 'Government or military body',
  'armed-group': 'Armed group',
  militia: 'Militia',
  analyst: 'Analyst or think tank',
  'unnamed-reports': 'Unnamed reports',
};

export const STANCE: Record<Stance, { label: string; hint: string }> = {
  fact: { label: 'Fact', hint: "The outlet says it in its own voice" },
  attributed: { label: 'Attributed', hint: "Reported as someone's statement" },
  hedged: { label: 'Hedged', hint: 'Speculative, conditional or unconfirmed wording' },
  denial: { label: 'Denial', hint: 'Someone denies or rules out an action' },
};

export const PRECISION: Record<Precision, string> = {
  site: 'a site',
  city: 'a town or city',
  district: 'an area',
  province: 'a province',
  country: 'a whole country',
};

export const RELATION: Record<string, string> = {
  corroborates: 'Corroborates',
  contradicts: 'Contradicts',
  updates: 'Updates',
  'updated-by': 'Updated by',
};

/** "Breitbart News › The Wall Street Journal › U.S. officials" */
export function chainWords(asserters: readonly AsserterRef[]): string {
  return asserters.map((a) => a.name).join(' › ');
}

/** A quote in curly quotes, unless the quote already opens with one (“…” inside the text). */
export function quoted(text: string): string {
  const t = text.trim();
  return /^[“‘"']/.test(t) ? t : `“${t}”`;
}

/** The voice a claim is finally attributed to: the last of its chain. */
export function sourceOf(asserters: readonly AsserterRef[]): AsserterRef {
  return asserters[asserters.length - 1];
}
