import { describe, expect, it } from 'vitest';
import { reportIdsIn } from './reader-text.ts';

const ids = new Set(['r000', 'r003', 'my-report']);

describe('reportIdsIn', () => {
  it('finds a report id standing as a word, once each, in order', () => {
    expect(reportIdsIn('r003 (2015-03-02): "since June"; r000: undated. r003 again.', ids)).toEqual(['r003', 'r000']);
  });

  it('finds the report inside a claim id', () => {
    expect(reportIdsIn('cited four times (r003-c06, c10)', ids)).toEqual(['r003']);
  });

  it('finds an id with a hyphen', () => {
    expect(reportIdsIn('as my-report says', ids)).toEqual(['my-report']);
  });

  it('leaves words that only contain an id alone', () => {
    expect(reportIdsIn('xr003, r0031, r00, my-reports', ids)).toEqual([]);
  });
});
