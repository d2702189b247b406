import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../test/fixture-model';
import { matchSpans, searchIndexOf } from './search-index';

const model = fixtureModel();

describe('the search index', () => {
  it('finds words inside a claim as that claim, at their place in the report', () => {
    const hits = searchIndexOf(model).search('  Abu   KAMAL ');
    expect(hits).toEqual([{ type: 'claim', claim: 'r900-c02', report: 'r900', at: 132 }]);
  });

  it('finds words outside every claim as text of the report', () => {
    expect(searchIndexOf(model).search('print friendly')).toEqual([{ type: 'text', report: 'r900', at: 220 }]);
  });

  it('finds a claim by a name in its chain, in text order with the others', () => {
    const hits = searchIndexOf(model).search('officials');
    expect(hits).toEqual([{ type: 'claim', claim: 'r900-c02', report: 'r900', at: 99 }]);
    expect(
      searchIndexOf(model)
        .search('test outlet')
        .map((h) => (h.type === 'claim' ? h.claim : h.at)),
    ).toEqual(['r900-c01', 'r900-c02', 'r900-c03']);
  });

  it('needs two characters, and is built once per map', () => {
    expect(searchIndexOf(model).search('a')).toEqual([]);
    expect(searchIndexOf(model)).toBe(searchIndexOf(model));
  });

  it('lists each voice with the claims it is in and those it is the source of', () => {
    const voices = searchIndexOf(model).voices();
    expect(voices.map((v) => [v.asserter.name, v.claims, v.asSource])).toEqual([
      ['Test Outlet', 3, 2],
      ['Officials', 1, 1],
    ]);
    expect(
      searchIndexOf(model)
        .claimsOf('officials')
        .map((c) => c.id),
    ).toEqual(['r900-c02']);
  });

  it('marks every occurrence in a text, whatever the case', () => {
    expect(matchSpans('Raqqa and raqqa', 'RAQQA')).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ]);
  });
});
