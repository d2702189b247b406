import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../store/language';
import { dayWords, monthShort, saidWords, spanWords, whenWithBasis, whenWords } from './dates';

afterEach(() => useLanguage.getState().setLang('en'));

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

  it('says the same in Arabic, with the Gregorian month names of Intl and Western digits', () => {
    useLanguage.getState().setLang('ar');
    expect(dayWords('2014-06-25')).toBe('25 يونيو 2014');
    expect(spanWords('2014-06-01', '2014-06-25')).toBe('بين 1 و25 يونيو 2014');
    expect(spanWords('2015-02-28', '2015-03-01')).toBe('بين 28 فبراير و1 مارس 2015');
    expect(spanWords('2014-12-30', '2015-01-02')).toBe('بين 30 ديسمبر 2014 و2 يناير 2015');
    expect(whenWords({ start: '2015-03-01', end: '2015-03-31', precision: 'month', basis: 'context', note: '' })).toBe('مارس 2015');
    expect(monthShort('2015-09-01')).toBe('سبتمبر 2015');
    expect(whenWithBasis({ start: '2015-03-01', end: '2015-03-01', precision: 'day', basis: 'weekday', note: '' }).basis).toBe(
      'مستنتَج من يوم الأسبوع',
    );
  });
});
