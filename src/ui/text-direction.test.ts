import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('reads a report in Arabic right to left, even when it opens with a Latin name', () => {
    expect(textDirection('BBC: قالت مصادر عراقية إن القوات دخلت تكريت صباح اليوم')).toBe('rtl');
    expect(textDirection('מקורות בעיראק אמרו')).toBe('rtl');
  });
  it('reads English, and text without letters, left to right', () => {
    expect(textDirection('Iraqi forces entered Tikrit, officials in بغداد said on Tuesday')).toBe('ltr');
    expect(textDirection('2015-03-02 — 1,000')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });
});
