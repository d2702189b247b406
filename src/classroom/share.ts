/** A tour shared as a link (#share=…): added to the reader's tours and opened. */
import type { Tour } from '../../geo/types';
import type { Model } from '../data/model';
import { decodeTour, encodeTour, saveMyTours } from './tour-file';

export function shareLink(tour: Tour): string {
  return `${location.origin === 'null' ? location.href.split('#')[0] : `${location.origin}${location.pathname}`}#share=${encodeTour(tour)}`;
}

/** A link to one step. A built-in tour is named; the reader's own travels inside the link. */
export function stepLink(tour: Tour, stepId: string, builtIn: boolean): string {
  const step = `step=${encodeURIComponent(stepId)}&present=1`;
  return builtIn ? `${location.href.split('#')[0]}#tour=${encodeURIComponent(tour.id)}&${step}` : `${shareLink(tour)}&${step}`;
}

/** Takes a shared tour out of the link: returns the tours, the link that opens it, and a notice. */
export function receiveSharedTour(model: Model, tours: Tour[]): { tours: Tour[]; hash: string; notice: string | null } {
  const match = /(?:^#|&)share=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (!match) return { tours, hash: location.hash, notice: null };
  const rest = location.hash.replace(/(^#|&)share=[A-Za-z0-9_-]+/, '$1').replace(/^#&/, '#');
  const wanted = /(?:^#|&)step=([^&]+)/.exec(location.hash)?.[1];
  const present = /(?:^#|&)present=1/.test(location.hash);
  const result = decodeTour(match[1], model);
  if (!result.ok) return { tours, hash: rest === '#' ? '' : rest, notice: `The tour in this link could not be opened: ${result.errors.join(' ')}` };
  const existing = tours.find((t) => t.id === result.tour.id);
  const next = existing ? tours.map((t) => (t.id === result.tour.id ? result.tour : t)) : [...tours, result.tour];
  saveMyTours(next);
  return {
    tours: next,
    hash: `#tab=tours&tour=${result.tour.id}&step=${result.tour.steps.find((s) => s.id === decodeURIComponent(wanted ?? ''))?.id ?? result.tour.steps[0].id}${present ? '&present=1' : ''}`,
    notice: `A tour was shared with you: “${result.tour.title}”, ${result.tour.steps.length} steps. It is now among your tours.`,
  };
}
