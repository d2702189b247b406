import { describe, expect, it } from 'vitest';
import { dataText } from './data-text';
import { scriptLang } from '../words/labels';

describe('data text', () => {
  it('tells Arabic and English apart by their script', () => {
    expect(scriptLang('Iranian drones did go on flying over Iraq.')).toBe('en');
    expect(scriptLang('الطائرات المسيّرة الإيرانية')).toBe('ar');
    expect(scriptLang('2014 – 2015')).toBeUndefined();
  });

  it('is always marked to take its own direction', () => {
    expect(dataText('Tikrit')).toEqual({ lang: 'en', dir: 'auto' });
    expect(dataText('1,700')).toEqual({ dir: 'auto' });
  });
});
