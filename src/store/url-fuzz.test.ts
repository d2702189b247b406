/**
 * Links, however broken, never break the app: thousands of generated links (valid pieces, broken
 * dates, garbled percent-escapes, huge and odd values) all parse to a usable view, and shared
 * tours of any bytes decode to a tour or to a message, never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../geo/core/model/dates';
import { decodeTour, encodeTour } from '../data/tour-file';
import { LINK_KEYS as KEYS, LINK_VALUES } from '../test/broken-links';
import { realModel } from '../test/fixture-model';
import { resolveView } from './store';
import { parseView, vocabularyOf } from './url-state';

const model = realModel();
const vocab = vocabularyOf(model);
const VALUES = fc.oneof(fc.constantFrom(...LINK_VALUES), fc.string({ maxLength: 30 }), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
const LINK = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), VALUES), { maxLength: 8 })
  .map((parts) => `#${parts.map(([k, v]) => `${k}=${v}`).join('&')}`);

describe('any link', () => {
  it('parses to a view with real dates inside the span and known ids, and never throws (property)', () => {
    fc.assert(
      fc.property(LINK, (hash) => {
        const { view } = parseView(hash, vocab);
        const resolved = resolveView(model, [], view, hash);
        for (const day of [resolved.from, resolved.to]) {
          expect(isIsoDate(day)).toBe(true);
          expect(day >= model.span.start && day <= model.span.end).toBe(true);
        }
        if (resolved.event) expect(model.eventById.has(resolved.event)).toBe(true);
        if (resolved.report) expect(model.reportById.has(resolved.report)).toBe(true);
        if (resolved.place) expect(model.placeById.has(resolved.place)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a shared tour of any bytes decodes to a tour or to messages, never a throw (property)', () => {
    const tour = model.tours[0];
    const good = encodeTour(tour);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.base64String({ maxLength: 400 }),
          fc.nat(good.length).map((n) => good.slice(0, n)),
        ),
        (code) => {
          const result = decodeTour(code, model);
          if (result.ok) expect(result.tour.steps.length).toBeGreaterThan(0);
          else expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
    expect(decodeTour(good, model).ok).toBe(true);
  });

  it('an oversized shared tour is refused at once with a message naming the limit', () => {
    const huge = { ...model.tours[0], steps: Array.from({ length: 5_000 }, (_, i) => ({ ...model.tours[0].steps[0], id: `s${i}` })) };
    const result = decodeTour(encodeTour(huge), model);
    expect(result.ok).toBe(false);
    // One message, the limit's: the 5,000 steps are never checked one by one (no timing here:
    // speed lives in the benchmarks, and this machine is shared).
    expect(!result.ok && result.errors).toHaveLength(1);
    expect(!result.ok && result.errors[0]).toMatchObject({ id: 'core.tourLink.tooLong', values: { most: expect.any(Number) } });
  });
});
