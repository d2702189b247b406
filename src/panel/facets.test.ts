import { describe, expect, it } from 'vitest';
import { facetOptions, narrowOptions } from './facets';

const facet = {
  values: new Map([
    ['outlet', 10],
    ['named-official', 4],
    ['anonymous-official', 6],
  ]),
  total: 10,
};
const label = (v: string) => v.replace('-', ' ');

describe('filter choices', () => {
  it('marks a value every claim has as no choice, unless it is already chosen', () => {
    const options = facetOptions(facet, [], label, 'count');
    expect(options.map((o) => [o.value, o.everywhere])).toEqual([
      ['outlet', true],
      ['anonymous-official', false],
      ['named-official', false],
    ]);
    expect(facetOptions(facet, ['outlet'], label, 'count')[0]).toMatchObject({ value: 'outlet', selected: true, everywhere: false });
  });

  it('keeps a chosen value that no claim in reach has, with a count of 0', () => {
    const options = facetOptions(facet, ['country'], label, 'label');
    expect(options.find((o) => o.value === 'country')).toMatchObject({ count: 0, selected: true });
    expect(options.map((o) => o.label)).toEqual(['anonymous official', 'country', 'named official', 'outlet']);
  });

  it('narrows long lists by the words typed, chosen values first and always kept', () => {
    const options = facetOptions(facet, ['named-official'], label, 'count');
    expect(narrowOptions(options, 'anon', 5).shown.map((o) => o.value)).toEqual(['named-official', 'anonymous-official']);
    expect(narrowOptions(options, '', 2)).toMatchObject({ more: 1 });
  });
});
