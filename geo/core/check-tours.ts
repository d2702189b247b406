/** Checks tours against the data: every step points at a real event and its own claims. */
import type { Annotations } from './check-annotations.ts';
import type { Registries } from './check-registries.ts';
import { isIsoDate } from './dates.ts';
import { parseOne } from './entries.ts';
import type { Path, Problems } from './problems.ts';
import { TourSchema, type TourInput } from './schema.ts';

/** What a tour needs to know of the data it is checked against. */
export interface TourTargets {
  hasEvent(id: string): boolean;
  /** The event a claim is about, or undefined when there is no such claim. */
  eventOfClaim(id: string): string | undefined;
}

export function targetsOf(reg: Registries, ann: Annotations): TourTargets {
  return { hasEvent: (id) => reg.events.has(id), eventOfClaim: (id) => ann.claims.get(id)?.event };
}

/** Checks one tour; returns it when its shape is right (reference problems are added, not fatal here). */
export function checkTour(raw: unknown, at: Path, targets: TourTargets, problems: Problems): TourInput | null {
  const tour = parseOne(TourSchema, raw, at, problems);
  if (!tour) return null;
  const stepIds = new Set<string>();
  tour.steps.forEach((s, i) => {
    const p = (...rest: Path) => [...at, 'steps', i, ...rest];
    if (stepIds.has(s.id)) problems.add('DUPLICATE_ID', p('id'), `Step id "${s.id}" is used twice in tour ${tour.id}.`);
    stepIds.add(s.id);
    if (!targets.hasEvent(s.event)) problems.add('UNKNOWN_TOUR_TARGET', p('event'), `Step ${s.id} names the event "${s.event}", which this map does not have.`);
    s.claims.forEach((c, j) => {
      const event = targets.eventOfClaim(c);
      if (event === undefined) problems.add('UNKNOWN_TOUR_TARGET', p('claims', j), `Step ${s.id} names the claim "${c}", which this map does not have.`);
      else if (event !== s.event) {
        problems.add('UNKNOWN_TOUR_TARGET', p('claims', j), `Step ${s.id} shows the claim ${c}, which is about ${event}, not the step's event ${s.event}.`, 'Show claims about the step’s own event, or change the step’s event.');
      }
    });
    if (s.to !== undefined && !isIsoDate(s.to)) problems.add('INVALID_DATE', p('to'), `Step ${s.id}: expected YYYY-MM-DD, found "${s.to}".`);
  });
  return tour;
}

export function checkTours(tours: readonly unknown[], targets: TourTargets, problems: Problems): TourInput[] {
  const out: TourInput[] = [];
  const seen = new Set<string>();
  tours.forEach((raw, i) => {
    const tour = checkTour(raw, ['tours', i], targets, problems);
    if (!tour) return;
    if (seen.has(tour.id)) problems.add('DUPLICATE_ID', ['tours', i, 'id'], `The tour id "${tour.id}" is used by another tour.`);
    seen.add(tour.id);
    out.push(tour);
  });
  return out;
}
