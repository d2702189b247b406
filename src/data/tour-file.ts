/**
 * Teachers' own tours: checked when imported (a file or a shared link) against the loaded
 * data, kept in the browser, shared as a link, exported as JSON. A bad tour gets a list of
 * what is wrong and changes nothing.
 */
import './zod-csp';
import { message, type Message } from './message';
import type { Tour, TourStep } from '../../geo/types';
import { checkTour as checkSharedTour } from '../../geo/core/check/tours';
import { Problems, type Problem } from '../../geo/core/model/problems';
import { LIMITS } from '../../geo/core/model/limits';
import type { Model } from './model';

export const STORAGE_KEY = 'according-to.my-tours.v1';

/** What is wrong with a tour file or link: a message, or a check's problem (worded from its code at display). */
export type TourError = Message | Problem;
type Result = { ok: true; tour: Tour } | { ok: false; errors: TourError[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function newTourId(): string {
  return `my-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export function stepFor(model: Model, eventId: string, claims: string[], id: string): TourStep | null {
  const event = model.eventById.get(eventId);
  if (!event) return null;
  return { id, event: eventId, claims, caption: event.properties.title, notes: '', to: event.properties.when.end, later: false };
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
        return { id: `s${i + 1}`, caption: event?.properties.title ?? raw.event ?? 'Untitled step', notes: '', ...raw };
      })
    : value.steps;
  return {
    id: newTourId(),
    description: '',
    ...value,
    title: typeof value.title === 'string' && value.title.trim() ? value.title : 'Untitled tour',
    steps,
  };
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
  if (!isObject(value)) return { ok: false, errors: [message('core.tourFile.notObject')] };
  // Before any other work: an oversized tour answers at once.
  if (Array.isArray(value.steps) && value.steps.length > LIMITS.tourSteps) {
    return {
      ok: false,
      errors: [message('core.tourFile.tooManySteps', { n: value.steps.length, most: LIMITS.tourSteps })],
    };
  }
  const problems = new Problems();
  const targets = { hasEvent: (id: string) => model.eventById.has(id), eventOfClaim: (id: string) => model.claimById.get(id)?.event.id };
  const tour = checkSharedTour(withDefaults(value, model), [], targets, problems);
  if (!tour || problems.list.length) return { ok: false, errors: problems.list.map((p) => ({ ...p, where: placeOf(p.path) })) };
  // A tour made elsewhere gets an id of the reader's own kind; a saved one keeps its id.
  const id = tour.id.startsWith('my-') ? tour.id : newTourId();
  const steps = tour.steps.map((s) => ({
    ...s,
    event: s.event ?? null,
    claims: s.claims ?? [],
    // A title step shows the whole map: the slider at its end.
    to: s.to ?? model.eventById.get(s.event ?? null)?.properties.when.end ?? model.span.end,
    later: Boolean(s.event) && (s.later ?? tour.later ?? false),
  }));
  return { ok: true, tour: { id, title: tour.title, description: tour.description, steps } };
}

export function parseTourText(text: string, model: Model): Result {
  if (text.length > LIMITS.tourFileBytes) {
    return {
      ok: false,
      errors: [message('core.tourFile.tooLarge', { n: text.length, most: LIMITS.tourFileBytes })],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [message('core.tourFile.notJson')] };
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
  if (code.length > LIMITS.shareLinkChars) {
    return {
      ok: false,
      errors: [message('core.tourLink.tooLong', { n: code.length, most: LIMITS.shareLinkChars })],
    };
  }
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseTourText(new TextDecoder().decode(bytes), model);
  } catch {
    return { ok: false, errors: [message('core.tourLink.damaged')] };
  }
}

/**
 * Saved tours that no longer fit the data (after the data changed) are kept as they were,
 * written back with every save, and named in a notice: never silently dropped.
 */
let unusableKept: unknown[] = [];
/** The stored text when it could not be read at all; it is set aside before anything is written. */
let unreadable: string | null = null;
export const UNREADABLE_KEY = `${STORAGE_KEY}.unreadable`;

/**
 * Why the tours could not be saved: a message (`core.tours.*`) formatted at display. When another
 * tab had written tours since this one read them, `tours` is the merged list this tab now has.
 */
export type SaveResult = { ok: true; tours?: Tour[] } | { ok: false; message: Message };

/**
 * The stored tours as this tab last read or wrote them, by id (each as JSON): what "my change"
 * means when another tab has written since. Two tabs each add, rename or delete their own tours;
 * a save applies this tab's changes since then onto what is stored now, so neither is lost.
 */
let base = new Map<string, string>();
const idOf = (t: unknown): string | null =>
  t && typeof t === 'object' && typeof (t as { id?: unknown }).id === 'string' ? (t as { id: string }).id : null;
const remember = (list: readonly unknown[]) => {
  base = new Map(list.flatMap((t) => (idOf(t) ? [[idOf(t)!, JSON.stringify(t)] as [string, string]] : [])));
};

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Sets an unreadable stored value aside (once), so that the next save cannot overwrite it. */
/** Where this tab set its unreadable copy aside: the first key that is free or already holds it. */
let asideKey = UNREADABLE_KEY;

/**
 * Sets an unreadable stored value aside, under a key of its own: an earlier set-aside copy (another
 * day's, another tab's) is never overwritten — the next key (`….unreadable.2`, `.3`, …) is used.
 */
function setAside(raw: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    for (let n = 1; n < 1000; n++) {
      const key = n === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}.${n}`;
      const held = store.getItem(key);
      if (held === raw) {
        asideKey = key;
        return true;
      }
      if (held === null) {
        store.setItem(key, raw);
        asideKey = key;
        return true;
      }
    }
    return false;
  } catch {
    return false;
  }
}

/** The unreadable saved tours, as they were stored, for the reader to download; null if none. */
export function unreadableTours(): string | null {
  return unreadable;
}

/** The saved tours, and a word about any that no longer fit the data or could not be read. */
export function loadMyTours(model: Model): { tours: Tour[]; unusable: Message[] } {
  let raw: string | null = null;
  let list: unknown;
  unusableKept = [];
  unreadable = null;
  try {
    raw = storage()?.getItem(STORAGE_KEY) ?? null;
    list = JSON.parse(raw ?? '[]');
  } catch {
    list = null;
  }
  if (!Array.isArray(list)) {
    unreadable = raw;
    const kept = raw !== null && setAside(raw);
    return {
      tours: [],
      unusable: [message(kept ? 'core.tours.unreadableKept' : 'core.tours.unreadableNotKept')],
    };
  }
  remember(list);
  const tours: Tour[] = [];
  const unusable: Message[] = [];
  for (const t of list) {
    const r = checkTour(t, model);
    if (r.ok) tours.push({ ...r.tour, id: (t as Tour).id });
    else {
      unusableKept.push(t);
      const title = (t as Tour)?.title;
      unusable.push(
        message(typeof title === 'string' ? 'core.tours.unusable' : 'core.tours.unusableUntitled', {
          title: String(title),
          why: r.errors[0],
        }),
      );
    }
  }
  return { tours, unusable };
}

/** Writes the reader's tours; says so when the browser refuses (storage full, blocked, private mode). */
export function saveMyTours(tours: readonly Tour[]): SaveResult {
  const store = storage();
  if (!store) return { ok: false, message: message('core.tours.storageBlocked') };
  if (unreadable !== null && store.getItem(asideKey) !== unreadable) {
    return { ok: false, message: message('core.tours.notSetAside') };
  }
  try {
    // What another tab wrote since this one last read or wrote: kept, with this tab's changes on top.
    let stored: unknown[] = [];
    try {
      const parsed: unknown = JSON.parse(store.getItem(STORAGE_KEY) ?? '[]');
      if (Array.isArray(parsed)) stored = parsed;
    } catch {
      stored = [];
    }
    const mine = new Map(tours.map((t) => [t.id, t]));
    const merged: unknown[] = [];
    const seen = new Set<string>();
    let others = false; // a tour only another tab has
    for (const t of stored) {
      const id = idOf(t);
      if (id === null) continue;
      seen.add(id);
      if (mine.has(id)) {
        // Changed here since the last read: this tab's version; otherwise the stored (maybe newer) one.
        merged.push(base.get(id) !== JSON.stringify(mine.get(id)) ? mine.get(id) : t);
      } else if (base.has(id))
        continue; // deleted here
      else {
        merged.push(t); // another tab's new tour
        others = true;
      }
    }
    for (const t of tours) if (!seen.has(t.id)) merged.push(t);
    for (const t of unusableKept) if (!seen.has(idOf(t) ?? '')) merged.push(t);
    store.setItem(STORAGE_KEY, JSON.stringify(merged));
    remember(merged);
    const kept = new Set(unusableKept);
    const now = merged.filter((t): t is Tour => !kept.has(t) && idOf(t) !== null && Array.isArray((t as Tour).steps));
    return others || JSON.stringify(now) !== JSON.stringify(tours) ? { ok: true, tours: now } : { ok: true };
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return { ok: false, message: message(full ? 'core.tours.storageFull' : 'core.tours.storageRefused') };
  }
}
