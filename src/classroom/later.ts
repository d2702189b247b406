/**
 * "Later known" in the classroom: what later reporting or official records established about a
 * step's event (geo/later.yaml), never a claim of the reports. A step whose `later` is true
 * reveals its event's notes after its claims, on one more press of the next key, so a teacher
 * asks first and answers after: the reveal is one more page of the step.
 */
import type { LaterNote, TourStep } from '../../geo/types';
import type { Model } from '../data/model';

/** The notes a step reveals: its event's, when the step says so; none otherwise. */
export function laterNotesOf(model: Model, step: TourStep | undefined): LaterNote[] {
  if (!step?.later || !step.event) return [];
  return model.eventById.get(step.event)?.properties.later ?? [];
}

/**
 * Where a page of a step stands, given the pages its claims need and whether it reveals notes:
 * the claims' page (0-based) or the reveal after them.
 */
export function pageOfStep(page: number, pages: number, reveals: boolean): { claimPages: number; claimPage: number; revealed: boolean } {
  const claimPages = Math.max(1, reveals ? pages - 1 : pages);
  const revealed = reveals && page >= claimPages;
  return { claimPages, claimPage: Math.min(page, claimPages - 1), revealed };
}
