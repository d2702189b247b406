import { describe, expect, it } from 'vitest';
import { checkTour, type TourTargets } from './tours.ts';
import { Problems } from '../model/problems.ts';

const targets: TourTargets = {
  hasEvent: (id) => id === 'raid',
  eventOfClaim: (id) => (id === 'r1-c1' ? 'raid' : undefined),
};
const step = { id: 's2', event: 'raid', claims: ['r1-c1'], caption: 'Who says so?', notes: '' };
const tour = (steps: unknown[]) => ({ id: 't', title: 'A tour', description: '', steps });

function problemsOf(raw: unknown) {
  const problems = new Problems();
  const checked = checkTour(raw, [], targets, problems);
  return { checked, list: problems.list.map((p) => `${p.code} ${p.where}`) };
}

describe('tour steps', () => {
  it('accepts a title step (a caption, no event, no claims) before the event steps', () => {
    const { checked, list } = problemsOf(tour([{ id: 's1', caption: 'Sieges and strikes', notes: '' }, step]));
    expect(list).toEqual([]);
    expect(checked?.steps[0]).toEqual({ id: 's1', caption: 'Sieges and strikes', notes: '' });
  });

  it('accepts a title step written as the published format writes it (event null, claims empty)', () => {
    expect(problemsOf(tour([{ id: 's1', event: null, claims: [], caption: 'Title', notes: '' }])).list).toEqual([]);
  });

  it('refuses a step about an event that shows none of its claims', () => {
    expect(problemsOf(tour([{ ...step, claims: [] }])).list).toEqual(['SCHEMA_INVALID steps[0].claims']);
  });

  it('refuses claims with no event', () => {
    expect(problemsOf(tour([{ id: 's1', claims: ['r1-c1'], caption: 'Title', notes: '' }])).list).toEqual([
      'SCHEMA_INVALID steps[0].event',
    ]);
  });
});
