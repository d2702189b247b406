/**
 * The drafter's time grows with the text, not faster: repetitive texts that once took the square
 * or the cube of their length (a paragraph of short sentences, quotations, a text with no full
 * stops, dates or towns in a run-on sentence, a repeated paragraph) take at most about 4× the time on 4× the text. Measured as a ratio
 * (the best of three runs each, after a warm-up; the process's own CPU time, which the machine's
 * other work disturbs less than the clock), never as an absolute time.
 */
import { describe, expect, it } from 'vitest';
import { draft } from './draft.ts';
import { OUTLET, TEST_GAZETTEER } from './testing.ts';
import { sentences } from '../text/sentences.ts';

const meta = { outlet: OUTLET, published: '2023-11-15' };
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function best(text: string): number {
  let ms = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.cpuUsage();
    draft(text, meta, TEST_GAZETTEER);
    const used = process.cpuUsage(t);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  return ms;
}

const SHAPES: Record<string, string> = {
  'short sentences in one paragraph': 'The minister said the army took the town of Porto on Monday. ',
  quotations: '“We will not give way,” the union leader said. ',
  'no full stops': 'officials said the dockers walked out toward Lisbon and Porto ',
  'dates with no full stops': 'On March 2, 2015, on Monday, last week, ',
  'towns with no full stops': 'in Lisbon, Porto and Coimbra ',
  'a repeated paragraph':
    'Dockers at the port of Lisbon walked out on Tuesday after wage talks broke down, the union said. The port authority said on Monday that it had offered a 4 percent rise.\n\n',
};

describe('the drafter on repetitive text', () => {
  it.each(Object.entries(SHAPES))(
    '%s: 4× the text takes well under 6× the time',
    (_, unit) => {
      draft(fill(unit, 20_000), meta, TEST_GAZETTEER); // warm up (the first runs compile the code)
      const small = best(fill(unit, 20_000));
      const large = best(fill(unit, 80_000));
      expect(large / Math.max(small, 5)).toBeLessThan(6);
    },
    60_000,
  );

  it('tells its progress sentence by sentence, up to all of them', () => {
    const seen: [number, number][] = [];
    draft(fill(SHAPES['a repeated paragraph'], 5_000), meta, TEST_GAZETTEER, (done, total) => seen.push([done, total]));
    const total = seen[0][1];
    expect(total).toBeGreaterThan(20);
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([d]) => d)).toEqual([...Array(total + 1).keys()]);
  });

  it('reads the same sentences from a long paragraph as the segmenter does from the whole of it', () => {
    const text = fill('“We will win,” the minister said. Maj. Gen. Ali told the U.S. Army. So it went. ', 30_000);
    const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].length;
    // Joined after titles and initials, so fewer than the segmenter's own, and the same run after run.
    const read = sentences(text);
    expect(read.length).toBeGreaterThan(whole / 3);
    expect(read.map((s) => s.text).join(' ')).toBe(text.trim());
  });
});
