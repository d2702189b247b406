import { describe, expect, it } from 'vitest';
import { build } from '../../build/build.ts';
import type { MapData } from '../model/contract.ts';
import { toWebAnnotations, toWebAnnotationsJSON } from './web-annotation.ts';

const good = build(new URL('../../build/fixtures/good', import.meta.url).pathname).map;
const real = build(new URL('../..', import.meta.url).pathname, { requireBasemap: true }).map;

interface Quote {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
interface Position {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: { type: string; purpose: string; value?: string; source?: string }[];
  target: {
    type: string;
    source: string;
    selector: [Quote, Position];
    'http://www.w3.org/ns/prov#wasAttributedTo': { '@list': { id: string; type?: string; name: string }[] };
  };
}
interface Collection {
  '@context': string;
  id: string;
  type: string;
  label: string;
  total: number;
  first?: { id: string; type: string; partOf: string; startIndex: number; items: Annotation[]; next?: LaterPage };
  last?: string;
}

interface LaterPage {
  id: string;
  startIndex: number;
  items: {
    id: string;
    motivation: string;
    body: { type: string; purpose: string; value?: string; id?: string; label?: string }[];
    target: string[];
  }[];
}

const annotate = (map: MapData, base?: string) => toWebAnnotations(map, base) as Collection;
const items = (map: MapData, base?: string) => annotate(map, base).first?.items ?? [];
const slice = (text: string, { start, end }: Position) => Array.from(text).slice(start, end).join('');
/** The text of the report the i-th claim is in; annotations come in claim order. */
const textOf = (map: MapData, i: number) => map.reports.find((r) => r.id === map.claims[i].report)!.text;

describe('toWebAnnotations', () => {
  it('is one AnnotationCollection, with the Web Annotation context, holding one page of one annotation per claim', () => {
    const doc = annotate(real);
    expect(doc).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: real.meta.title,
      total: real.claims.length + real.later.length,
    });
    expect(doc.first).toMatchObject({ type: 'AnnotationPage', partOf: doc.id, startIndex: 0 });
    expect(doc.last).toBe('urn:according-to:annotations/pages/2');
    expect(doc.first?.items).toHaveLength(real.claims.length);
    expect(doc.first?.items.every((a) => a.type === 'Annotation' && a.motivation === 'describing')).toBe(true);
  });

  it('gives each annotation a stable id made from its claim id', () => {
    const ids = items(real).map((a) => a.id);
    expect(ids).toEqual(real.claims.map((c) => `urn:according-to:annotations/${c.id}`));
    expect(toWebAnnotationsJSON(real)).toBe(toWebAnnotationsJSON(real));
    expect(items(good, 'https://example.org/maps/twin').map((a) => a.id)[0]).toBe('https://example.org/maps/twin/annotations/r900-c01');
  });

  it('has TextPositionSelectors that slice each report back to the exact quote', () => {
    items(real).forEach((a, i) => {
      const [quote, position] = a.target.selector;
      expect(slice(textOf(real, i), position)).toBe(quote.exact);
    });
  });

  it('has TextQuoteSelectors whose prefix + exact + suffix occur once in the report, with up to 32 characters either side', () => {
    items(real).forEach((a, i) => {
      const [quote, position] = a.target.selector;
      const text = textOf(real, i);
      const whole = `${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`;
      expect(text).toContain(whole);
      expect(text.indexOf(whole, text.indexOf(whole) + 1)).toBe(-1);
      expect(Array.from(quote.prefix ?? '').length).toBe(Math.min(32, position.start));
      expect(Array.from(quote.suffix ?? '').length).toBe(Math.min(32, Array.from(text).length - position.end));
    });
    // The first claim of a report starts at its first character: no prefix at all.
    const first = items(real).find((a) => a.id.endsWith('r000-c01'));
    expect(first?.target.selector[0].prefix).toBeUndefined();
  });

  it('widens the prefix and suffix past 32 characters only where the report repeats the quote with that context', () => {
    const repeat = 'x'.repeat(40);
    const text = `First part. ${repeat} the quote ${repeat} second part. ${repeat} the quote ${repeat} end.`;
    const start = text.indexOf('the quote');
    const map: MapData = {
      ...good,
      reports: good.reports.map((r) => ({ ...r, text })),
      claims: [{ ...good.claims[0], quote: { exact: 'the quote', start, end: start + 'the quote'.length } }],
      relations: [],
    };
    const [quote] = items(map)[0].target.selector;
    expect(quote.prefix).toBe(`First part. ${repeat} `);
    expect(text.split(`${quote.prefix}${quote.exact}${quote.suffix}`)).toHaveLength(2);
  });

  it('counts positions in code points, as the model requires, not in UTF-16 code units', () => {
    const emoji = '\u{1F4E1} '; // two UTF-16 code units and a space, two code points
    const shifted: MapData = {
      ...good,
      reports: good.reports.map((r) => ({ ...r, text: emoji + r.text })),
      claims: good.claims.map((c) => ({ ...c, quote: { ...c.quote, start: c.quote.start + 3, end: c.quote.end + 3 } })),
    };
    const a = items(shifted)[0];
    const [quote, position] = a.target.selector;
    expect(position.start).toBe(good.claims[0].quote.start + 2);
    expect(slice(shifted.reports[0].text, position)).toBe(quote.exact);
    expect(quote.prefix?.startsWith(emoji)).toBe(true);
  });

  it('targets the report address when it is a web address, and a stable URN otherwise', () => {
    expect(items(good)[0].target).toMatchObject({ type: 'SpecificResource', source: 'https://example.org/twin-strikes' });
    const noUrl: MapData = {
      ...good,
      reports: good.reports.map((r) => ({ ...r, url: { value: null, status: 'unknown', note: 'None.' } })),
    };
    expect(items(noUrl)[0].target.source).toBe('urn:according-to:reports/r900');
    const notWeb: MapData = { ...good, reports: good.reports.map((r) => ({ ...r, url: { ...r.url, value: 'file:///home/me/r900.txt' } })) };
    expect(items(notWeb)[0].target.source).toBe('urn:according-to:reports/r900');
  });

  it('describes the chain, classifies the stance and identifies the event in its bodies', () => {
    const c02 = items(good).find((a) => a.id.endsWith('r900-c02'))!;
    expect(c02.body).toEqual([
      { type: 'TextualBody', purpose: 'describing', value: 'Test Outlet › Officials', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'classifying', value: 'Attributed', format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Air raid on Abu Kamal', format: 'text/plain', language: 'en' },
      { type: 'SpecificResource', purpose: 'linking', source: 'urn:according-to:events/abu-kamal-raid' },
    ]);
  });

  it('attributes the passage to its asserters as an ordered list, outermost first', () => {
    const c02 = items(good).find((a) => a.id.endsWith('r900-c02'))!;
    expect(c02.target['http://www.w3.org/ns/prov#wasAttributedTo']).toEqual({
      '@list': [
        { id: 'urn:according-to:asserters/test-outlet', type: 'Organization', name: 'Test Outlet' },
        { id: 'urn:according-to:asserters/officials', type: 'Person', name: 'Officials' },
      ],
    });
  });

  it('writes valid JSON that reads back as the same object', () => {
    const text = toWebAnnotationsJSON(real);
    expect(JSON.parse(text)).toEqual(toWebAnnotations(real));
  });

  it('writes a map with no claims as an empty collection with no pages', () => {
    const doc = annotate({ ...good, claims: [], relations: [] });
    expect(doc.total).toBe(0);
    expect(doc.first).toBeUndefined();
    expect(doc.last).toBeUndefined();
  });

  it('puts what was later known on a page of its own after the claims, commenting on the claims it qualifies', () => {
    const doc = annotate(good);
    const later = doc.first?.next;
    expect(later).toMatchObject({ id: 'urn:according-to:annotations/pages/2', startIndex: good.claims.length });
    expect(later?.items).toEqual([
      {
        id: 'urn:according-to:later/raqqa-retaken',
        type: 'Annotation',
        motivation: 'commenting',
        body: [
          {
            type: 'TextualBody',
            purpose: 'commenting',
            value: `Later known (2017-10-17): ${good.later[0].note}`,
            format: 'text/plain',
            language: 'en',
          },
          { id: 'https://example.org/raqqa-retaken', type: 'Text', purpose: 'linking', label: 'Test Wire, “Raqqa retaken”, 2017-10-18' },
        ],
        target: ['urn:according-to:annotations/r900-c01'],
      },
    ]);
    expect(doc.first?.items.every((a) => a.motivation === 'describing')).toBe(true);
  });
});
