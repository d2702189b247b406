import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureModel } from '../test/fixture-model';
import { useStore } from './store';

const model = fixtureModel();

describe('the Find state in the store', () => {
  beforeEach(() => {
    useStore.getState().loaded(model);
    useStore.getState().setFind({ query: '', voice: null, at: null });
  });

  it('opens a report at a passage the search found, and keeps the words searched', () => {
    useStore.getState().setFind({ query: 'print friendly' });
    useStore.getState().openReportAt('r900', 220);
    expect(useStore.getState().view).toMatchObject({ tab: 'report', report: 'r900', claim: null });
    expect(useStore.getState().find).toEqual({ query: 'print friendly', voice: null, at: { report: 'r900', start: 220 } });
  });

  it('leaves the passage when a claim or a report is opened, keeping the words', () => {
    useStore.getState().setFind({ query: 'raid' });
    useStore.getState().openReportAt('r900', 220);
    useStore.getState().showClaim('r900-c02');
    expect(useStore.getState().find).toEqual({ query: 'raid', voice: null, at: null });
    useStore.getState().openReportAt('r900', 220);
    useStore.getState().openReport('r900');
    expect(useStore.getState().find.at).toBeNull();
  });
});
