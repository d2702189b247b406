import { describe, expect, it } from 'vitest';
import { authoredIn, authoredText, type Authored } from './labels';

const event: Authored<'title' | 'summary'> = {
  title: 'ISIS storms Mosul',
  summary: 'ISIS storms Mosul, Iraq’s second largest city.',
  translations: { ar: { title: 'تنظيم الدولة يقتحم الموصل' } },
};

describe('the map’s own words in the reader’s language', () => {
  it('gives the translation in its language, marked as that language (the reader’s words, not data kept from a page translator)', () => {
    expect(authoredIn(event, 'title', 'ar')).toEqual({ text: 'تنظيم الدولة يقتحم الموصل', attrs: { lang: 'ar', dir: 'auto' } });
  });

  it('gives the original in English, marked as English', () => {
    expect(authoredIn(event, 'title', 'en')).toEqual({ text: 'ISIS storms Mosul', attrs: { lang: 'en', dir: 'auto', translate: 'no' } });
  });

  it('falls back to the original, in its own language, for a field the map does not translate', () => {
    expect(authoredIn(event, 'summary', 'ar').text).toBe(event.summary);
    expect(authoredIn(event, 'summary', 'ar').attrs.lang).toBe('en');
  });

  it('falls back for a map without translations, and for a blank one', () => {
    expect(authoredText({ title: 'Air raid on Raqqa' }, 'title', 'ar')).toBe('Air raid on Raqqa');
    expect(authoredText({ title: 'Air raid on Raqqa', translations: { ar: { title: '  ' } } }, 'title', 'ar')).toBe('Air raid on Raqqa');
  });

  it('marks a teacher’s own caption in Arabic as Arabic in the English interface, and text of no script with no language', () => {
    expect(authoredIn({ caption: 'من قال ذلك؟' }, 'caption', 'en').attrs).toEqual({ lang: 'ar', dir: 'auto', translate: 'no' });
    expect(authoredIn({ caption: '1,700' }, 'caption', 'ar').attrs).toEqual({ dir: 'auto', translate: 'no' });
  });
});
