import { describe, expect, it } from 'vitest';
import { checkWhen, weekdayOf } from '../model/dates.ts';
import { claim, drafted } from './testing.ts';
import { findDates } from './when.ts';

// Published on Wednesday 2023-11-15.
const P = '2023-11-15';
const one = (text: string, published = P) => {
  const found = findDates(text, 0, published);
  expect(found, text).toHaveLength(1);
  const [d] = found;
  expect(checkWhen(d), d.note).toEqual([]);
  return d;
};

describe('date expressions against the publication date', () => {
  it.each([
    ['The plant was shut on Tuesday.', '2023-11-14', '2023-11-14', 'day', 'weekday'],
    ['The board met Wednesday.', '2023-11-15', '2023-11-15', 'day', 'weekday'],
    ['The board met last Wednesday.', '2023-11-08', '2023-11-08', 'day', 'weekday'],
    ['The vote is due next Monday.', '2023-11-20', '2023-11-20', 'day', 'weekday'],
    ['The warning is in effect until Friday.', '2023-11-17', '2023-11-17', 'day', 'weekday'],
    ['Strikes began Thursday, Nov. 9, at dawn.', '2023-11-09', '2023-11-09', 'day', 'explicit'],
    ['The dam was inspected on March 3, 2022.', '2022-03-03', '2022-03-03', 'day', 'explicit'],
    ['Two ships collided over the weekend.', '2023-11-11', '2023-11-12', 'range', 'context'],
    ['The talks collapsed in late October.', '2023-10-20', '2023-10-31', 'range', 'context'],
    ['A photo essay in mid-October showed the camps.', '2023-10-11', '2023-10-20', 'range', 'context'],
    ['Earlier in November, the mayor resigned.', '2023-11-01', '2023-11-14', 'range', 'context'],
    ['The union has been on strike since June.', '2023-06-01', '2023-11-15', 'range', 'context'],
    ['The port has been closed since December.', '2022-12-01', '2023-11-15', 'range', 'context'],
    ['The law was passed in March 2021.', '2021-03-01', '2021-03-31', 'month', 'explicit'],
    ['Prices rose last week.', '2023-11-06', '2023-11-12', 'range', 'context'],
    ['Prices rose earlier this month.', '2023-11-01', '2023-11-14', 'range', 'context'],
    ['The fire broke out yesterday.', '2023-11-14', '2023-11-14', 'day', 'context'],
    ['Three blasts were heard in the last 24 hours.', '2023-11-14', '2023-11-15', 'range', 'context'],
    ['The census was held in 2019.', '2019-01-01', '2019-12-31', 'range', 'explicit'],
  ])('%s', (text, start, end, precision, basis) => {
    expect(one(text)).toMatchObject({ start, end, precision, basis });
  });

  it('names the weekday in the note, as basis: weekday requires', () => {
    const d = one('The ferry sank on Friday.');
    expect(d.start).toBe('2023-11-10');
    expect(weekdayOf(d.start)).toBe('friday');
    expect(d.note).toMatch(/Friday/);
  });

  it('takes the year of a date without one from the publication date, the latest not after it', () => {
    expect(one('As of Jan. 30, the fund was empty.', '2015-03-02').start).toBe('2015-01-30');
    expect(one('The survey ended Dec. 30.', '2015-03-02').start).toBe('2014-12-30');
  });

  it('reads neither "may" nor a plain number as a date', () => {
    expect(findDates('Prices may fall by 30 percent as 1,700 workers strike.', 0, P)).toEqual([]);
  });

  it('dates the saying by a date next to the cue, the event by the others', () => {
    const d = drafted(
      'The Lisbon Herald reported on Tuesday that the tunnel flooded over the weekend. On Friday, officials said the line would reopen.',
    );
    expect(claim(d, 'The Lisbon').said).toBe('2023-11-14');
    expect(claim(d, 'The Lisbon').event?.when).toMatchObject({ start: '2023-11-11', end: '2023-11-12' });
    expect(claim(d, 'On Friday').said).toBe('2023-11-10');
  });

  it('gives "has said" without a date an interval up to publication, and the outlet’s voice the publication date', () => {
    const d = drafted('The minister has said that the reform will pass. The reform passed on Monday.');
    expect(claim(d, 'The minister').said).toBe('2023-11-01/2023-11-15');
    expect(claim(d, 'The reform').said).toBe(P);
    expect(claim(d, 'The reform').event?.when).toMatchObject({ start: '2023-11-13', basis: 'weekday' });
  });
});
