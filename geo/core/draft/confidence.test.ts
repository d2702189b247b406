import { describe, expect, it } from 'vitest';
import { confidenceOf, describeReason } from './confidence.ts';
import { drafted } from './testing.ts';

describe('confidence', () => {
  it('is low when any reason is a low one, and lists every reason as a code', () => {
    expect(confidenceOf([{ code: 'DATE_GUESSED' }, { code: 'HEADLINE' }]).level).toBe('low');
    expect(confidenceOf([{ code: 'DATE_GUESSED' }]).level).toBe('medium');
    expect(confidenceOf([]).level).toBe('high');
  });

  it('words a reason in English for the CLI from its code and values', () => {
    expect(describeReason({ code: 'PLACE_FROM_DATELINE', values: { place: 'Baghdad' } })).toBe('place taken from the dateline (Baghdad)');
  });

  it('marks quoted words with no source found as low', () => {
    const d = drafted('Officials met in Porto on Monday.\n“We will not leave,” the banner read on Monday in Porto.');
    expect(d.confidence?.[1]).toMatchObject({ level: 'low', reasons: [{ code: 'QUOTE_WITHOUT_SOURCE' }] });
  });

  it('says when the source is carried over from the sentence before', () => {
    const d = drafted('“The bridge is closed,” the mayor of Porto said on Monday. “It will stay closed until the water falls.”');
    expect(d.confidence?.[1].reasons).toContainEqual({ code: 'SOURCE_CARRIED_OVER', values: { source: 'the mayor of Porto' } });
  });

  it('marks a headline as low whatever it says', () => {
    const d = drafted('Floods close bridges in Porto\nTwo bridges were closed in Porto on Monday, the mayor said.');
    expect(d.confidence?.[0].level).toBe('low');
    expect(d.confidence?.[0].reasons[0]).toEqual({ code: 'HEADLINE' });
  });
});
