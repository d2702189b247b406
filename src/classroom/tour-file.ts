/**
 * Teachers' own tours: checked when imported (a file or a shared link) against the loaded
 * data, kept in the browser, shared as a link, exported as JSON. A bad tour gets a list of
 * what is wrong and changes nothing.
 */
import type { Tour, TourStep } from '../../geo/types';
import { checkTour as checkSharedTour } from '../../geo/core/check-tours';
import { Problems } from '../../geo/core/problems';
import type { Model } from '../data/model';

export const STORAGE_KEY = 'according-to.my-tours.v1';

type Result = { ok: true; tour: Tour } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function newTourId(): string {
  return `my-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export function stepFor(model: Model, eventId: string, claims: string[], id: string): TourStep | null {
  const event = model.eventById.get(eventId);
  if (!event) return null;
  return { id, event: eventId, claims, caption: event.properties.title, notes: '', to: event.properties.when.end };
}

/**
 * A tour file written by hand may leave out what the app can supply: ids, captions (the event's
 * title), notes, the description. Filled in here; everything else is the shared rules' business.
 */
function withDefaults(value: Record<string, unknown>, model: Model): Record<string, unknown> {
  const steps = Array.isArray(value.steps)
    ? value.steps.map((raw: unknown, i: number) => {
        if (!isObject(raw)) return raw;
        const event = typeof raw.event === 'string' ? model.eventById.get(raw.event) : undefined;
        return { id: `s${i + 1}`, caption: event?.properties.title ?? raw.event, notes: '', ...raw };
      })
    : value.steps;
  return { id: newTourId(), description: '', ...value, title: typeof value.title === 'string' && value.title.trim() ? value.title : 'Untitled tour', steps };
}

/** "Step 2, caption" for ["steps", 1, "caption"]. */
function placeOf(path: readonly (string | number)[]): string {
  const [first, index, ...rest] = path;
  const step = first === 'steps' && typeof index === 'number' ? `Step ${index + 1}` : path.length ? String(first) : 'The tour';
  const field = first === 'steps' ? rest : path.slice(1);
  return [step, ...field.map(String)].join(', ');
}

/** Checks a parsed tour file against the data with the shared tour rules; returns the tour or every problem. */
export function checkTour(value: unknown, model: Model): Result {
  if (!isObject(value)) return { ok: false, errors: ['The file is not a tour: expected a JSON object with a title and steps.'] };
  const problems = new Problems();
  const targets = { hasEvent: (id: string) => model.eventById.has(id), eventOfClaim: (id: string) => model.claimById.get(id)?.event.id };
  const tour = checkSharedTour(withDefaults(value, model), [], targets, problems);
  if (!tour || problems.list.length) return { ok: false, errors: problems.list.map((p) => `${placeOf(p.path)}: ${p.message}`) };
  // A tour made elsewhere gets an id of the reader's own kind; a saved one keeps its id.
  const id = tour.id.startsWith('my-') ? tour.id : newTourId();
  const steps = tour.steps.map((s) => ({ ...s, to: s.to ?? model.eventById.get(s.event)!.properties.when.end }));
  return { ok: true, tour: { id, title: tour.title, description: tour.description, steps } };
}

export function parseTourText(text: string, model: Model): Result {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not valid JSON. Export a tour from this app to see the expected format.'] };
  }
  return checkTour(value, model);
}

/** base64url of the tour's JSON, UTF-8 safe: small enough for a link. */
export function encodeTour(tour: Tour): string {
  const bytes = new TextEncoder().encode(JSON.stringify(tour));
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeTour(code: string, model: Model): Result {
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseTourText(new TextDecoder().decode(bytes), model);
  } catch {
    return { ok: false, errors: ['The shared tour in this link is damaged; ask for the link again.'] };
  }
}

/**
 * Saved tours that no longer fit the data (after the data changed) are kept as they were,
 * written back with every save, and named in a notice: never silently dropped.
 */
let unusableKept: unknown[] = [];

/** The saved tours, and a word about any that no longer fit the data. */
export function loadMyTours(model: Model): { tours: Tour[]; unusable: string[] } {
  let list: unknown;
  try {
    list = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return { tours: [], unusable: ['your saved tours could not be read'] };
  }
  if (!Array.isArray(list)) return { tours: [], unusable: ['your saved tours could not be read'] };
  const tours: Tour[] = [];
  const unusable: string[] = [];
  unusableKept = [];
  for (const t of list) {
    const r = checkTour(t, model);
    if (r.ok) tours.push({ ...r.tour, id: (t as Tour).id });
    else {
      unusableKept.push(t);
      unusable.push(`“${(t as Tour)?.title ?? 'untitled'}” (${r.errors[0].replace(/\.$/, '')})`);
    }
  }
  return { tours, unusable };
}

export function saveMyTours(tours: readonly Tour[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([...tours, ...unusableKept]));
  } catch {
    // Storage may be off (private mode): tours then last for the session, and export still works.
  }
}
