import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../test/fixture-model';
import { words } from '../words/message';
import { useLanguage } from './language';
import { formatView, parseView, vocabularyOf } from './url-state';
import { defaultView, type View } from './view';

const model = fixtureModel();
const vocab = vocabularyOf(model);

describe('the URL codec', () => {
  it('round-trips a full view', () => {
    const view: View = {
      ...defaultView(model.span),
      tab: 'report',
      event: 'raqqa-raid',
      report: 'r900',
      claim: 'r900-c02',
      place: 'raqqa',
      mode: 'window',
      from: '2014-09-01',
      to: '2014-09-20',
      filters: {
        report: ['r900'],
        affiliation: ['unknown'],
        kind: ['anonymous-official'],
        stance: ['attributed', 'fact'],
        source: ['officials'],
        place: ['raqqa'],
      },
      map: { lat: 35.1, lng: 40.2, zoom: 7 },
    };
    const parsed = parseView(formatView(view, model.span), vocab);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.view).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(formatView(defaultView(model.span), model.span)).toBe('');
  });

  it('ignores unknown ids and broken values, and says so', () => {
    const { view, ignored } = parseView('#e=atlantis&t=yesterday&map=1,2&fs=maybe&tab=nope&%E0%A4%A=1', vocab);
    expect(view).toEqual(defaultView(model.span));
    expect(ignored).toHaveLength(6);
    expect(ignored.map((m) => words(m)).join(' ')).toContain('unknown event “atlantis”');
    expect(ignored.map((m) => words(m))).toContain('unknown stance filter “maybe”');
    // The words are chosen at display: the same problems in Arabic.
    useLanguage.getState().setLang('ar');
    expect(ignored.map((m) => words(m)).join(' ')).toContain('حدث غير معروف «atlantis»');
    useLanguage.getState().setLang('en');
  });

  it('clamps dates to the span of the data', () => {
    expect(parseView('#t=2030-01-01', vocab).view.to).toBe(model.span.end);
    expect(parseView('#t=2014-09-31', vocab).ignored).toHaveLength(1);
  });

  it('never throws, whatever the link holds (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const { view } = parseView(s, vocab);
        expect(view.to >= view.from).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('e', 'r', 'c', 'p', 'tab', 'mode', 't', 'f', 'fr', 'fa', 'fk', 'fs', 'fv', 'fp', 'map'), fc.string()),
        (d) => {
          parseView(
            `#${Object.entries(d)
              .map(([k, v]) => `${k}=${v}`)
              .join('&')}`,
            vocab,
          );
        },
      ),
      { numRuns: 2000 },
    );
    // 4,000 runs take about 3 s on an idle machine; a shared, busy one needs more room.
  }, 30_000);
});
