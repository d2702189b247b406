import { describe, expect, it } from 'vitest';
import { anchor } from '../text/anchor.ts';
import { selector } from './text.ts';

describe('selector', () => {
  it('gives a unique quote alone', () => {
    const text = 'Troops entered the town. Residents fled.';
    expect(selector(text, 25, 40)).toEqual({ quote: 'Residents fled.' });
  });

  it('tells a repeated quote apart by the shortest prefix that makes it unique', () => {
    const text = 'Day one: Shelling resumed. Day two: Shelling resumed.';
    const start = text.lastIndexOf('Shelling');
    const s = selector(text, start, start + 'Shelling resumed.'.length);
    expect(s.prefix).toBe('o: ');
    expect(anchor(text, s)).toEqual({ ok: true, start, end: start + 17 });
  });

  it('falls back to the offset when no short context tells a repeated paragraph apart', () => {
    const para = 'Officials said the bridge was closed after an attack near the border crossing overnight.\n';
    const text = para.repeat(5);
    const start = para.length * 2;
    const s = selector(text, start, start + para.length - 1);
    expect(s.start).toBe(start);
    expect(anchor(text, s)).toEqual({ ok: true, start, end: start + para.length - 1 });
  });

  it('keeps every selector of a long repeated text anchorable', () => {
    const para = 'A spokesman said the road was open. Residents said it was not.\n';
    const text = para.repeat(300);
    for (let i = 0; i < 300; i += 37) {
      const start = para.length * i + 36;
      const s = selector(text, start, start + 26);
      expect(anchor(text, s)).toMatchObject({ ok: true, start });
    }
  });
});
