/** Checks tours against the data: every step points at a real event and its own claims. */
import type { Annotations } from './annotations.ts';
import type { Registries } from './registries.ts';
import { isIsoDate } from '../model/dates.ts';
import { parseOne, type Indexed } from '../model/entries.ts';
import type { Path, Problems } from '../model/problems.ts';
import { TourSchema, type LaterInput, type TourInput } from '../model/schema.ts';

/** What a tour needs to know of the data it is checked against. */
export interface TourTargets {
  hasEvent(id: string): boolean;
  /** The event a claim is about, or undefined when there is no such claim. */
  eventOfClaim(id: string): string | undefined;
  /** Whether a later-known note is about the event (a step may then reveal it); unchecked when left out. */
  hasLater?(eventId: string): boolean;
}

export function targetsOf(reg: Registries, ann: Annotations, later?: Indexed<LaterInput>): TourTargets {
  const known = new Set([...(later?.values() ?? [])].flatMap((n) => n.value.events));
  return { hasEvent: (id) => reg.events.has(id), eventOfClaim: (id) => ann.claims.get(id)?.event, hasLater: (id) => known.has(id) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks one tour; returns it when its shape is right. References are checked on every step that
 * names them, even when another field is wrong, so that one pass lists every problem.
 */
export function checkTour(raw: unknown, at: Path, targets: TourTargets, problems: Problems): TourInput | null {
  const tour = parseOne(TourSchema, raw, at, problems);
  const steps = isObject(raw) && Array.isArray(raw.steps) ? raw.steps : [];
  const laterByDefault = isObject(raw) && raw.later === true;
  const stepIds = new Set<string>();
  steps.forEach((s: unknown, i: number) => {
    if (!isObject(s)) return;
    const p = (...rest: Path) => [...at, 'steps', i, ...rest];
    const id = typeof s.id === 'string' ? s.id : `${i + 1}`;
    if (typeof s.id === 'string' && stepIds.has(s.id))
      problems.add('DUPLICATE_ID', p('id'), `Step id "${s.id}" is used twice in this tour.`, { case: 'step', id: s.id });
    if (typeof s.id === 'string') stepIds.add(s.id);
    const event = typeof s.event === 'string' ? s.event : null;
    if (event !== null && !targets.hasEvent(event))
      problems.add('UNKNOWN_TOUR_TARGET', p('event'), `Step ${id} names the event "${event}", which this map does not have.`, {
        case: 'event',
        step: id,
        event,
      });
    const claimCount = Array.isArray(s.claims) ? s.claims.length : 0;
    if (event !== null && claimCount === 0)
      problems.add(
        'SCHEMA_INVALID',
        p('claims'),
        `Step ${id} is about the event ${event} but shows none of its claims.`,
        { case: 'stepNoClaims', step: id, event },
        'List at least one of the event’s claims under claims, or leave out event and claims to make the step a title step.',
      );
    if (event === null && claimCount > 0)
      problems.add(
        'SCHEMA_INVALID',
        p('event'),
        `Step ${id} shows claims but names no event.`,
        { case: 'stepNoEvent', step: id },
        'Name the event the claims are about, or leave out the claims to make the step a title step.',
      );
    (Array.isArray(s.claims) ? s.claims : []).forEach((c: unknown, j: number) => {
      if (typeof c !== 'string') return;
      const about = targets.eventOfClaim(c);
      if (about === undefined)
        problems.add('UNKNOWN_TOUR_TARGET', p('claims', j), `Step ${id} names the claim "${c}", which this map does not have.`, {
          case: 'claim',
          step: id,
          claim: c,
        });
      else if (event !== null && about !== event) {
        problems.add(
          'UNKNOWN_TOUR_TARGET',
          p('claims', j),
          `Step ${id} shows the claim ${c}, which is about ${about}, not the step's event ${event}.`,
          { case: 'otherEvent', step: id, claim: c, about, event },
          'Show claims about the step’s own event, or change the step’s event.',
        );
      }
    });
    const later = typeof s.later === 'boolean' ? s.later : laterByDefault;
    if (later && event === null && typeof s.later === 'boolean')
      problems.add(
        'LATER_NOT_FOUND',
        p('later'),
        `Step ${id} is a title step (no event), so it has no later-known note to reveal.`,
        { case: 'titleStep', step: id },
        'Leave out later on a title step, or name the event whose later-known note the step reveals.',
      );
    else if (later && event !== null && targets.hasEvent(event) && targets.hasLater && !targets.hasLater(event))
      problems.add(
        'LATER_NOT_FOUND',
        p(typeof s.later === 'boolean' ? 'later' : 'event'),
        `Step ${id} reveals what was later known about ${event}${typeof s.later === 'boolean' ? '' : ' (the tour’s later: true)'}, but no later-known note is about that event.`,
        { case: typeof s.later === 'boolean' ? 'noNote' : 'noNoteTour', step: id, event },
      );
    if (typeof s.to === 'string' && !isIsoDate(s.to))
      problems.add('INVALID_DATE', p('to'), `Step ${id}: expected YYYY-MM-DD, found "${s.to}".`, {
        case: 'iso',
        subject: 'step',
        id,
        found: s.to,
      });
  });
  return tour;
}

export function checkTours(tours: readonly unknown[], targets: TourTargets, problems: Problems): TourInput[] {
  const out: TourInput[] = [];
  const seen = new Set<string>();
  tours.forEach((raw, i) => {
    const tour = checkTour(raw, ['tours', i], targets, problems);
    if (!tour) return;
    if (seen.has(tour.id))
      problems.add('DUPLICATE_ID', ['tours', i, 'id'], `The tour id "${tour.id}" is used by another tour.`, { case: 'tour', id: tour.id });
    seen.add(tour.id);
    out.push(tour);
  });
  return out;
}
