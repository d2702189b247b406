/** A tour shared as a link (#share=…): added to the reader's tours and opened. */
import { message, type Message } from './message';
import type { Tour } from '../../geo/types';
import type { Model } from './model';
import { decodeTour, encodeTour, newTourId, saveMyTours } from './tour-file';

/**
 * Who a shared link is for. The students' link leaves the teacher's notes out of the link itself
 * (not hidden on arrival: a student who decodes the link finds none); the teacher's carries them.
 */
export type Audience = 'students' | 'teacher';

/** The tour as a link for this audience carries it: for students, every step's notes emptied. */
export function tourFor(tour: Tour, audience: Audience): Tour {
  return audience === 'teacher' ? tour : { ...tour, steps: tour.steps.map((s) => ({ ...s, notes: '' })) };
}

/** This page's address without its hash: from the single file (origin "null"), the file's own. */
function page(): string {
  return location.origin === 'null' ? location.href.split('#')[0] : `${location.origin}${location.pathname}`;
}

export function shareLink(tour: Tour, audience: Audience): string {
  return `${page()}#share=${encodeTour(tourFor(tour, audience))}`;
}

/**
 * A link that opens a tour for students: a built-in tour is named (its notes stay in the app's
 * teacher views, never in the link); the reader's own travels inside the link, without notes.
 */
export function studentTourLink(tour: Tour, builtIn: boolean): string {
  return builtIn ? `${page()}#tab=tours&tour=${encodeURIComponent(tour.id)}` : shareLink(tour, 'students');
}

/** The students' link to the tour as an exercise ("Who says so?"): no notes either. */
export function exerciseLink(tour: Tour, builtIn: boolean): string {
  return builtIn ? `${page()}#tour=${encodeURIComponent(tour.id)}&exercise=1` : `${shareLink(tour, 'students')}&exercise=1`;
}

/** The link a tour embeds: the compact view of the tour (the students' link, without notes). */
export function tourEmbedLink(tour: Tour, builtIn: boolean): string {
  return builtIn ? `${page()}#tour=${encodeURIComponent(tour.id)}&embed=1` : `${shareLink(tour, 'students')}&embed=1`;
}

/** The link a view embeds: this view (its hash), compact. */
export function viewEmbedLink(hash: string): string {
  const rest = hash.replace(/^#/, '');
  return `${page()}#${rest ? `${rest}&` : ''}embed=1`;
}

/** The full map from an embedded view: the same link without `embed=1`, for a new tab. */
export function fullMapLink(href: string): string {
  return href
    .replace(/([#&])embed=1(?=&|$)/, '$1')
    .replace(/#&/, '#')
    .replace(/&&/, '&')
    .replace(/[#&]$/, '');
}

/** The HTML a teacher pastes into a learning platform or a page: an iframe of the compact view. */
export function embedSnippet(link: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(link)}" title="${attr(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** A link to one step, to present it. A built-in tour is named; the reader's own travels inside the link. */
export function stepLink(tour: Tour, stepId: string, builtIn: boolean, audience: Audience): string {
  const step = `step=${encodeURIComponent(stepId)}&present=1`;
  return builtIn ? `${location.href.split('#')[0]}#tour=${encodeURIComponent(tour.id)}&${step}` : `${shareLink(tour, audience)}&${step}`;
}

/** Takes a shared tour out of the link: returns the tours, the link that opens it, and a notice. */
export function receiveSharedTour(model: Model, tours: Tour[]): { tours: Tour[]; hash: string; notice: Message | null } {
  const match = /(?:^#|&)share=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (!match) return { tours, hash: location.hash, notice: null };
  const rest = location.hash.replace(/(^#|&)share=[A-Za-z0-9_-]+/, '$1').replace(/^#&/, '#');
  const wantedRaw = /(?:^#|&)step=([^&]+)/.exec(location.hash)?.[1];
  let wanted: string | undefined;
  try {
    wanted = wantedRaw === undefined ? undefined : decodeURIComponent(wantedRaw);
  } catch {
    wanted = undefined; // a garbled step name: the tour opens at its first step
  }
  const present = /(?:^#|&)present=1/.test(location.hash);
  const exercise = /(?:^#|&)exercise=1/.test(location.hash);
  const embed = /(?:^#|&)embed=1/.test(location.hash);
  const result = decodeTour(match[1], model);
  if (!result.ok) return { tours, hash: rest === '#' ? '' : rest, notice: message('core.notice.sharedTourBroken', { why: result.errors }) };
  // The same tour opened again from its link is not added twice; anything else is a new tour with
  // an id of its own, so a shared link never replaces one of the reader's tours.
  const same = tours.find((t) => JSON.stringify({ ...t, id: '' }) === JSON.stringify({ ...result.tour, id: '' }));
  const tour = same ?? { ...result.tour, id: newTourId() };
  const next = same ? tours : [...tours, tour];
  const saved = same ? { ok: true as const } : saveMyTours(next);
  const kept = saved.ok ? message('core.notice.sharedTourKept') : message('core.notice.sharedTourNotSaved', { why: saved.message });
  return {
    tours: next,
    hash: `#tab=tours&tour=${tour.id}&step=${encodeURIComponent(tour.steps.find((s) => s.id === wanted)?.id ?? tour.steps[0].id)}${present ? '&present=1' : ''}${exercise ? '&exercise=1' : ''}${embed ? '&embed=1' : ''}`,
    notice: same
      ? message('core.notice.sharedTourKnown', { title: tour.title })
      : message('core.notice.sharedTour', { title: tour.title, steps: tour.steps.length, kept }),
  };
}
