/**
 * Teachers' own tours: checked when imported (a file or a shared link) against the loaded
 * data, kept in the browser, shared as a link, exported as JSON. A bad tour gets a list of
 * what is wrong and changes nothing.
 */
import type { Tour, TourStep } from '../../geo/types';
import type { Model } from '../data/model';

export const STORAGE_KEY = 'according-to.my-tours.v1';
const ISO = /^\d{4}-\d{2}-\d{2}$/;

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

/** Checks a parsed tour file against the data; returns the tour or every problem found. */
export function checkTour(value: unknown, model: Model): Result {
  const errors: string[] = [];
  if (!isObject(value)) return { ok: false, errors: ['The file is not a tour: expected a JSON object with a title and steps.'] };
  if (value.title !== undefined && typeof value.title !== 'string') errors.push('The tour’s title is not text.');
  // A blank title is not worth losing a tour over.
  const title = typeof value.title === 'string' && value.title.trim() ? value.title : 'Untitled tour';
  if (!Array.isArray(value.steps) || value.steps.length === 0) {
    errors.push('The tour has no steps: expected "steps": [ … ].');
    return { ok: false, errors };
  }
  const steps: TourStep[] = [];
  value.steps.forEach((raw: unknown, i: number) => {
    const n = `Step ${i + 1}`;
    if (!isObject(raw)) return void errors.push(`${n} is not an object.`);
    const event = typeof raw.event === 'string' ? model.eventById.get(raw.event) : undefined;
    if (!event) return void errors.push(`${n} names the event ${JSON.stringify(raw.event)}, which this map does not have.`);
    const claims = Array.isArray(raw.claims) ? raw.claims : [];
    const bad = claims.filter((c) => typeof c !== 'string' || model.claimById.get(c)?.event.id !== event.id);
    if (bad.length) errors.push(`${n}: ${bad.map((c) => JSON.stringify(c)).join(', ')} ${bad.length === 1 ? 'is not a claim' : 'are not claims'} about “${event.properties.title}”.`);
    const to = typeof raw.to === 'string' && ISO.test(raw.to) ? raw.to : event.properties.when.end;
    steps.push({
      id: typeof raw.id === 'string' && /^[a-z0-9-]{1,40}$/.test(raw.id) ? raw.id : `s${i + 1}`,
      event: event.id,
      claims: claims.filter((c): c is string => typeof c === 'string'),
      caption: typeof raw.caption === 'string' ? raw.caption : event.properties.title,
      notes: typeof raw.notes === 'string' ? raw.notes : '',
      to,
    });
  });
  const ids = steps.map((s) => s.id);
  if (new Set(ids).size !== ids.length) steps.forEach((s, i) => (s.id = `s${i + 1}`));
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    tour: { id: typeof value.id === 'string' && value.id.startsWith('my-') ? value.id : newTourId(), title, description: typeof value.description === 'string' ? value.description : '', steps },
  };
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
