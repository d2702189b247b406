import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureModel } from '../test/fixture-model';
import { useStore } from './store';

const model = fixtureModel();
const where = () => {
  const { view, page } = useStore.getState();
  return `${view.step}:${page}`;
};

describe('a clicker pages through a step before the next step', () => {
  beforeEach(() => {
    useStore.getState().loaded(model);
    useStore.getState().goToStep('raids', 'raqqa');
  });

  it('shows the next page, then the next step from its first page', () => {
    useStore.getState().setPages(2);
    useStore.getState().turn(1);
    expect(where()).toBe('raqqa:1');
    useStore.getState().turn(1);
    expect(where()).toBe('abu-kamal:0');
  });

  it('goes back to the last page of the previous step, once that step is measured', () => {
    useStore.getState().goToStep('raids', 'abu-kamal');
    useStore.getState().setPages(1);
    useStore.getState().turn(-1);
    expect(useStore.getState().view.step).toBe('raqqa');
    useStore.getState().setPages(3);
    expect(where()).toBe('raqqa:2');
    useStore.getState().turn(-1);
    expect(where()).toBe('raqqa:1');
  });

  it('stays put at the ends of the tour', () => {
    useStore.getState().setPages(1);
    useStore.getState().turn(-1);
    expect(where()).toBe('raqqa:0');
    useStore.getState().goToStep('raids', 'abu-kamal');
    useStore.getState().turn(1);
    expect(where()).toBe('abu-kamal:0');
  });

  it('keeps the page inside a step that needs fewer pages on a bigger screen', () => {
    useStore.getState().setPages(3);
    useStore.getState().turn(1);
    useStore.getState().turn(1);
    useStore.getState().setPages(2);
    expect(where()).toBe('raqqa:1');
  });

  it('Home goes to the first page of the first step, even from a later page of it', () => {
    useStore.getState().setPages(3);
    useStore.getState().turn(1);
    useStore.getState().stepTour('first');
    expect(where()).toBe('raqqa:0');
    useStore.getState().stepTour('last');
    useStore.getState().setPages(2);
    useStore.getState().turn(1);
    useStore.getState().stepTour('last');
    expect(where()).toBe('abu-kamal:0');
  });
});
