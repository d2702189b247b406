import { describe, expect, it } from 'vitest';
import { saidWords, spanWords, whenWords } from './dates';

describe('dates in words', () => {
  it('says a day, a range within a month, across months and years', () => {
    expect(spanWords('2015-03-02', '2015-03-02')).toBe('2 March 2015');
    expect(spanWords('2015-03-24', '2015-03-25')).toBe('between 24 and 25 March 2015');
    expect(spanWords('2015-02-28', '2015-03-01')).toBe('between 28 February and 1 March 2015');
    expect(spanWords('2014-12-30', '2015-01-02')).toBe('between 30 December 2014 and 2 January 2015');
  });

  it('says a month as a month, not as a false day', () => {
    expect(whenWords({ start: '2015-03-01', end: '2015-03-31', precision: 'month', basis: 'context', note: '' })).toBe('March 2015');
  });

  it('reads an ISO interval for "said"', () => {
    expect(saidWords('2015-03-01/2015-03-23')).toBe('between 1 and 23 March 2015');
  });
});
