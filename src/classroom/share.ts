/** A tour shared as a link (#share=…): added to the reader's tours and opened. */
import type { Tour } from '../../geo/types';
import type { Model } from '../data/model';
import { decodeTour, encodeTour, saveMyTours } from './tour-file';

export function shareLink(tour: Tour): string {
  return `${location.origin === 'null' ? location.href.split('#')[0] : `${location.origin}${location.pathname}`}#share=${encodeTour(tour)}`;
}

export function stepLink(tourId: string, stepId: string, present = true): string {
  return `${location.href.split('#')[0]}#tour=${encodeURIComponent(tourId)}&step=${encodeURIComponent(stepId)}${present ? '&present=1' : ''}`;
}

/** Takes a shared tour out of the link: returns the tours, the link that opens it, and a notice. */
export function receiveSharedTour(model: Model, tours: Tour[]): { tours: Tour[]; hash: string; notice: string | null } {
  const match = /(?:^#|&)share=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (!match) return { tours, hash: location.hash, notice: null };
  const rest = location.hash.replace(/(^#|&)share=[A-Za-z0-9_-]+/, '$1').replace(/^#&/, '#');
  const result = decodeTour(match[1], model);
  if (!result.ok) return { tours, hash: rest === '#' ? '' : rest, notice: `The tour in this link could not be opened: ${result.errors.join(' ')}` };
  const existing = tours.find((t) => t.id === result.tour.id);
  const next = existing ? tours.map((t) => (t.id === result.tour.id ? result.tour : t)) : [...tours, result.tour];
  saveMyTours(next);
  return {
    tours: next,
    hash: `#tab=tours&tour=${result.tour.id}&step=${result.tour.steps[0].id}`,
    notice: `A tour was shared with you: “${result.tour.title}”, ${result.tour.steps.length} steps. It is now among your tours.`,
  };
}
