/**
 * The shared checks on data held in memory: no files, no YAML. What the browser runs on an import
 * or in the studio, and what the build runs after reading geo/.
 */
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { compile } from '../compile/compile.ts';
import type { Corpus } from '../model/corpus.ts';
import { toCorpus } from '../compile/decompile.ts';

const TEXT = 'Raid on Raqqa. Officials said 18 fighters were killed. It may have been a drone.';

function corpus(over: Partial<Corpus> = {}): Corpus {
  return {
    info: {
      title: 'A raid',
      description: 'One report.',
      vocabularies: { affiliation: [{ id: 'independent-media', label: 'Independent media' }] },
    },
    reports: [
      {
        id: 'r1',
        file: 'reports/r1.txt',
        outlet_asserter: 'outlet',
        outlet: { value: 'The Outlet', status: 'confirmed', note: 'On the page.' },
        title: { value: 'Raid on Raqqa', status: 'confirmed', note: 'The headline.' },
        author: { value: null, status: 'unknown', note: 'Unsigned.' },
        published: { date: '2014-09-04', status: 'confirmed', note: 'Dated.' },
        url: { value: 'https://example.org/raid', status: 'confirmed', note: 'The address.' },
      },
    ],
    texts: { 'reports/r1.txt': TEXT },
    places: [{ id: 'raqqa', name: 'Raqqa', lngLat: [39.00788, 35.95283], precision: 'city', geonames: 172955, source: 'GeoNames.' }],
    asserters: [
      { id: 'outlet', name: 'The Outlet', kind: 'outlet', affiliation: 'independent-media' },
      { id: 'officials', name: 'Officials', kind: 'anonymous-official', affiliation: 'unknown' },
    ],
    events: [
      {
        id: 'raid',
        title: 'Raid on Raqqa',
        summary: 'A raid.',
        place: 'raqqa',
        when: { start: '2014-09-04', end: '2014-09-04', precision: 'day', basis: 'explicit', note: 'Thursday.' },
      },
    ],
    annotations: [
      {
        report: 'r1',
        claims: [
          { id: 'r1-c1', quote: 'Raid on Raqqa.', event: 'raid', asserters: ['outlet'], stance: 'fact', said: '2014-09-04' },
          {
            id: 'r1-c2',
            quote: 'Officials said 18 fighters were killed.',
            event: 'raid',
            asserters: ['outlet', 'officials'],
            cue: 'said',
            stance: 'attributed',
            said: '2014-09-04',
          },
          {
            id: 'r1-c3',
            quote: 'It may have been a drone.',
            event: 'raid',
            asserters: ['outlet'],
            stance: 'hedged',
            hedges: ['may'],
            said: '2014-09-04',
            relations: [{ type: 'corroborates', claim: 'r1-c2' }],
          },
        ],
      },
    ],
    tours: [],
    ...over,
  };
}

const codes = (c: Corpus, coverage: 'require' | 'measure' = 'require') =>
  check(c, { coverage }).problems.map((p) => `${p.code} ${p.where}`);

describe('check on a corpus in memory', () => {
  it('passes a complete corpus and measures its coverage', () => {
    const { problems, checked } = check(corpus(), { coverage: 'require' });
    expect(problems).toEqual([]);
    expect(checked.coverage).toEqual([{ report: 'r1', sentences: 3, percent: 100, claims: 3 }]);
  });

  it('gives each problem a path into the corpus, and a fix', () => {
    const bad = corpus();
    (bad.events as { place: string }[])[0].place = 'mosul';
    const [p] = check(bad).problems;
    expect(p).toMatchObject({ code: 'UNKNOWN_PLACE', severity: 'error', path: ['events', 0, 'place'], where: 'events[0].place' });
    expect(p.fix).toMatch(/places/);
  });

  it('reports every problem at once: a bad shape, a missing quote, a broken address', () => {
    const bad = corpus();
    const r = (bad.reports as { url: { value: string } }[])[0];
    r.url.value = 'javascript:alert(1)';
    const claims = (bad.annotations[0] as { claims: { quote: string; stance: string }[] }).claims;
    claims[0].quote = 'Raid on Mosul.';
    claims[1].stance = 'rumour';
    expect(codes(bad, 'measure').sort()).toEqual([
      'BAD_URL reports[0].url.value',
      'QUOTE_NOT_FOUND annotations[0].claims[0].quote',
      'SCHEMA_INVALID annotations[0].claims[1].stance',
    ]);
  });

  it('names a report file outside the data folder instead of reading it', () => {
    const bad = corpus({ texts: {} });
    (bad.reports as { file: string }[])[0].file = '../../../../etc/hostname';
    expect(codes(bad)).toContain('BAD_REPORT_PATH reports[0].file');
  });

  it('a known start offset anchors a quote that occurs twice, and a wrong one is reported', () => {
    const text = 'Strike. Strike.';
    const twice = corpus({ texts: { 'reports/r1.txt': text } });
    (twice.annotations as unknown[])[0] = {
      report: 'r1',
      claims: [
        { id: 'r1-c1', quote: 'Strike.', start: 0, event: 'raid', asserters: ['outlet'], stance: 'fact', said: '2014-09-04' },
        { id: 'r1-c2', quote: 'Strike.', start: 8, event: 'raid', asserters: ['outlet'], stance: 'fact', said: '2014-09-04' },
      ],
    };
    expect(codes(twice)).toEqual([]);
    (twice.annotations[0] as { claims: { start: number }[] }).claims[1].start = 3;
    expect(codes(twice, 'measure')).toEqual(['QUOTE_OFFSET_MISMATCH annotations[0].claims[1].start']);
  });

  it('requires full coverage only when asked', () => {
    const short = corpus();
    (short.annotations[0] as { claims: unknown[] }).claims.pop();
    (short.annotations[0] as { claims: { relations?: unknown }[] }).claims.forEach((c) => delete c.relations);
    expect(codes(short, 'measure')).toEqual([]);
    expect(codes(short, 'require')).toEqual(['UNCOVERED_TEXT annotations[0].coverage.55-80']);
  });

  it('checks tours against the corpus with the same rules the app uses', () => {
    const toured = corpus({
      tours: [
        { id: 't', title: 'T', description: '', steps: [{ id: 's1', event: 'raid', claims: ['r1-c9'], caption: 'Why?', notes: '' }] },
      ],
    });
    expect(codes(toured)).toEqual(['UNKNOWN_TOUR_TARGET tours[0].steps[0].claims[0]']);
  });

  it('compiles to the published format and back to a corpus that compiles the same', () => {
    const { checked } = check(corpus());
    const map = compile(checked);
    expect(map.meta.counts).toMatchObject({ claims: 3, events: 1, relations: 1 });
    expect(map.claims[1].quote).toEqual({ exact: 'Officials said 18 fighters were killed.', start: 15, end: 54 });
    const again = check(toCorpus(map));
    expect(again.problems).toEqual([]);
    expect(compile(again.checked)).toEqual(map);
  });
});
