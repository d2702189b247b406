/**
 * "Who says so?": a tour turned into questions. Each step with a claim asks about its first claim:
 * who is the innermost source (the last link of its chain, the one who says so) — chosen from the
 * right one, the claim's own outer links (the outlet that relays it is the usual wrong answer) and
 * other voices of the map, four at most — and what its stance is, from the map's stances. The
 * choices are shuffled by the claim's id: the same claim asks the same way on every phone.
 */
import type { AsserterRef, Claim, EventFeature, Tour } from '../../geo/types';
import type { Model } from '../data/model';
import { sourceOf } from '../words/labels';

export interface Question {
  step: string;
  claim: Claim;
  event: EventFeature | undefined;
  /** The innermost source: the right answer. */
  source: AsserterRef;
  /** Three or four voices to choose from, the right one among them. */
  sources: AsserterRef[];
  /** The map's stances, in its own order. */
  stances: string[];
}

export interface Answer {
  source: string;
  stance: string;
}

/** A small, stable hash of a string: the seed of a claim's shuffle. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The list in an order fixed by the seed (Fisher–Yates over a small linear congruential stream). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Every voice of the map, once, in the order first met. */
function voicesOf(model: Model): AsserterRef[] {
  const seen = new Map<string, AsserterRef>();
  for (const { claim } of model.claimById.values()) for (const a of claim.asserters) if (!seen.has(a.id)) seen.set(a.id, a);
  return [...seen.values()];
}

export function questionsOf(model: Model, tour: Tour): Question[] {
  const voices = voicesOf(model);
  const stances = model.meta.vocabularies.stance.map((s) => s.id);
  return tour.steps.flatMap((step) => {
    const found = step.claims.map((id) => model.claimById.get(id)).find((c) => c !== undefined);
    if (!found) return [];
    const { claim, event } = found;
    const source = sourceOf(claim.asserters);
    const seed = hash(claim.id);
    // The claim's own relays first (the outlet), then others of the map; no name twice.
    const outer = claim.asserters.filter((a) => a.id !== source.id);
    const others = shuffled(
      voices.filter((v) => v.id !== source.id && !outer.some((o) => o.id === v.id)),
      seed,
    );
    const wrong: AsserterRef[] = [];
    for (const v of [...outer, ...others]) {
      if (wrong.length === 3) break;
      if (v.name !== source.name && !wrong.some((w) => w.name === v.name)) wrong.push(v);
    }
    return [{ step: step.id, claim, event, source, sources: shuffled([source, ...wrong], seed + 1), stances }];
  });
}

/** How many sources and stances were named right. */
export function scoreOf(questions: readonly Question[], answers: readonly (Answer | undefined)[]): { sources: number; stances: number } {
  let sources = 0;
  let stances = 0;
  questions.forEach((q, i) => {
    if (answers[i]?.source === q.source.id) sources++;
    if (answers[i]?.stance === q.claim.stance) stances++;
  });
  return { sources, stances };
}
