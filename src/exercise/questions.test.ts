import { describe, expect, it } from 'vitest';
import { realModel } from '../test/fixture-model';
import { questionsOf, scoreOf } from './questions';

const model = realModel();
const tour = model.tours[0];
const questions = questionsOf(model, tour);

describe('“Who says so?” questions from a tour', () => {
  it('asks once per step with a claim, about its first claim', () => {
    const withClaims = tour.steps.filter((s) => s.claims.length);
    expect(questions.map((q) => q.step)).toEqual(withClaims.map((s) => s.id));
    expect(questions.map((q) => q.claim.id)).toEqual(withClaims.map((s) => s.claims[0]));
  });

  it('offers three or four voices, the innermost source among them once, no name twice', () => {
    for (const q of questions) {
      expect(q.sources.length).toBeGreaterThanOrEqual(3);
      expect(q.sources.length).toBeLessThanOrEqual(4);
      expect(q.source.id).toBe(q.claim.asserters.at(-1)!.id);
      expect(q.sources.filter((a) => a.id === q.source.id)).toHaveLength(1);
      expect(new Set(q.sources.map((a) => a.name)).size).toBe(q.sources.length);
    }
  });

  it('offers the outlet that relays a claim as a wrong answer: the usual mistake', () => {
    const relayed = questions.find((q) => q.claim.asserters.length > 1)!;
    expect(relayed.sources.map((a) => a.id)).toContain(relayed.claim.asserters[0].id);
  });

  it('offers the map’s stances, and the same order on every phone', () => {
    const stances = model.meta.vocabularies.stance.map((s) => s.id);
    for (const q of questions) {
      expect(q.stances).toEqual(stances);
      expect(stances).toContain(q.claim.stance);
    }
    expect(questionsOf(model, tour).map((q) => q.sources.map((a) => a.id))).toEqual(questions.map((q) => q.sources.map((a) => a.id)));
    // Not always first: the right answer moves about.
    expect(new Set(questions.map((q) => q.sources.findIndex((a) => a.id === q.source.id))).size).toBeGreaterThan(1);
  });

  it('counts the sources and stances named right', () => {
    const answers = questions.map((q, i) => ({ source: i % 2 ? q.source.id : 'nobody', stance: q.claim.stance }));
    expect(scoreOf(questions, answers)).toEqual({ sources: Math.floor(questions.length / 2), stances: questions.length });
    expect(scoreOf(questions, [])).toEqual({ sources: 0, stances: 0 });
  });
});
