/**
 * The built-in map speaks Arabic as well as English: its title and description, every event's
 * title and summary, the built-in tours' titles, descriptions and questions, and every later-known
 * note have their Arabic words in the data. A new event or step without them fails here, not in
 * front of a class. The reports, their quotes and the names stay in their own language.
 */
import { describe, expect, it } from 'vitest';
import { build } from './build.ts';

const GEO = new URL('../', import.meta.url).pathname;
const { map, problems } = build(GEO);
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /[A-Za-z]/;

/** Arabic, and not a word of English left in it. */
function expectArabic(text: string | undefined, what: string): void {
  expect(text, what).toMatch(ARABIC);
  expect(text, what).not.toMatch(LATIN);
}

describe('the built-in map in Arabic', () => {
  it('builds without an error', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has its title and description in Arabic', () => {
    expectArabic(map.meta.translations?.ar?.title, 'title');
    expectArabic(map.meta.translations?.ar?.description, 'description');
  });

  it('has every event title and summary in Arabic', () => {
    for (const e of map.events) {
      expectArabic(e.translations?.ar?.title, `${e.id} title`);
      expectArabic(e.translations?.ar?.summary, `${e.id} summary`);
    }
  });

  it('asks every question of the built-in tours in Arabic, still as a question', () => {
    for (const tour of map.tours) {
      expectArabic(tour.translations?.ar?.title, `${tour.id} title`);
      expectArabic(tour.translations?.ar?.description, `${tour.id} description`);
      for (const s of tour.steps) {
        expectArabic(s.translations?.ar?.caption, `${tour.id} ${s.id}`);
        // The Arabic question mark, where the English caption asks.
        if (s.caption.trim().endsWith('?')) expect(s.translations?.ar?.caption, `${tour.id} ${s.id}`).toMatch(/؟$/);
      }
    }
  });

  it('has every later-known note in Arabic', () => {
    for (const n of map.later) expectArabic(n.translations?.ar?.note, n.id);
  });
});
