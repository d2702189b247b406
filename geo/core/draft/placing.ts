/**
 * Which place a claim's event stands at. Reports about one town name it often and then stop
 * naming it ("the city", "the offensive"), so a claim takes, in order: the report's own place if
 * it names it (or a finer one it names, a base near the town); a place it names as where
 * something happened ("in X"); its paragraph's place; the report's own place; the last one before.
 */
import type { PlaceMention } from './places.ts';

export interface Placed {
  line: number;
  mentions: PlaceMention[];
  place: PlaceMention | null;
  /** Where the place came from: a name in the claim, its paragraph or report, the dateline. */
  placeFrom?: 'named' | 'context' | 'dateline';
}

const RANK = { site: 0, city: 1, district: 2, province: 3, country: 4 };

export function best(ms: PlaceMention[]): PlaceMention | null {
  return [...ms].sort((a, b) => b.score - a.score || RANK[a.place.precision] - RANK[b.place.precision] || a.start - b.start)[0] ?? null;
}

/**
 * The report's own place: a town it names as where things happen three times or more, and more
 * often than any other town (or twice as surely there, "in X", "south of X", and more often than
 * any other place, countries too); else the country it
 * names most that way (twice at least). "To X" alone is where something goes: it counts only toward three.
 */
export function mainPlace(parts: Placed[]): PlaceMention | null {
  const mentions = parts.flatMap((p) => p.mentions);
  const first = (ranked: { m: PlaceMention; n: number }[], least: number) =>
    ranked[0] && ranked[0].n >= least && ranked[0].n > (ranked[1]?.n ?? 0) ? ranked[0].m : null;
  const towns = first(ranking(mentions.filter((x) => x.score >= 1 && x.place.precision !== 'country')), 3);
  // Twice surely, when no country is named there as often: a short wire report about one town.
  const sure = first(ranking(mentions.filter((x) => x.score >= 2)), 2);
  const found = towns ?? (sure && sure.place.precision !== 'country' ? sure : null);
  if (found) return found;
  return ranking(mentions.filter((x) => x.score >= 1)).find((c) => c.m.place.precision === 'country' && c.n >= 2)?.m ?? null;
}

/** Places by how often they are named, most first (the first named first among equals). */
function ranking(ms: PlaceMention[]): { m: PlaceMention; n: number }[] {
  const counts = new Map<string, { m: PlaceMention; n: number }>();
  for (const m of ms) {
    const c = counts.get(m.place.id) ?? { m, n: 0 };
    c.n++;
    counts.set(m.place.id, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.m.start - b.m.start);
}

/** Sets each part's place, in text order; the dateline's town when nothing else places it. */
export function placeParts(parts: Placed[], dateline: PlaceMention | null = null): void {
  const main = mainPlace(parts);
  let before: PlaceMention | null = null;
  parts.forEach((p, i) => {
    const prev = parts[i - 1]?.line === p.line ? parts[i - 1].place : null;
    // With a place of its own, a report's "of X" and "to X" ("the liberation of Tikrit", "spread
    // to Basra") are not scenes; a place named surely there is, before the own place as a landmark
    // ("in Tozkhurmatu, south of Kirkuk").
    const located = best(p.mentions.filter((m) => m.score >= (main ? 2 : 1)));
    const own = p.mentions.find((m) => m.place.id === main?.place.id && !(m.beside && located && located.start < m.start));
    const finer = located && own && RANK[located.place.precision] < RANK[own.place.precision] ? located : null;
    const named = finer ?? own ?? located;
    const context = prev ?? main ?? before;
    p.place = named ?? context ?? dateline ?? best(p.mentions);
    p.placeFrom = named ? 'named' : context ? 'context' : p.place === dateline && dateline ? 'dateline' : p.place ? 'named' : undefined;
    // The dateline is the last resort of each claim, not a place later claims follow.
    if (p.placeFrom !== 'dateline') before = p.place ?? before;
  });
  // A headline and the claims before the first town named take that town ("…kills at least 15, say
  // witnesses" above "struck the northeast Nigerian city of Maiduguri…").
  const first = parts.find((p) => p.placeFrom === 'named' && p.place && p.place.score >= 2 && p.place.place.precision !== 'country');
  for (const p of parts) {
    if (p === first || !first) break;
    if (!p.place || p.placeFrom === 'dateline' || p.place.place.precision === 'country') {
      p.place = first.place;
      p.placeFrom = 'context';
    }
  }
}
