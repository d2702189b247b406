import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureModel } from '../test/fixture-model';
import { countByPlace, filterCounts, visibleEvents } from './selectors';
import { useStore } from './store';

const model = fixtureModel();

describe('the store and its selectors', () => {
  beforeEach(() => useStore.getState().loaded(model));

  it('starts showing every event up to the end of the data', () => {
    const { view } = useStore.getState();
    expect(view.mode).toBe('upto');
    expect(visibleEvents(model, view)).toHaveLength(3);
  });

  it('hides events after the cursor', () => {
    useStore.getState().setTo('2014-09-03');
    expect(visibleEvents(model, useStore.getState().view).map((e) => e.id)).toEqual(['intelligence-sharing']);
  });

  it('keeps the month-long event in a window that touches its edge', () => {
    useStore.getState().setMode('window');
    useStore.getState().setWindow('2014-09-30', '2014-10-10');
    expect(visibleEvents(model, useStore.getState().view).map((e) => e.id)).toEqual(['intelligence-sharing']);
  });

  it('filters by stance, and counts follow', () => {
    useStore.getState().toggleFilter('stance', 'hedged');
    const { view } = useStore.getState();
    expect(visibleEvents(model, view).map((e) => e.id)).toEqual(['intelligence-sharing']);
    expect(countByPlace(visibleEvents(model, view)).size).toBe(0);
    // A facet's own counts ignore its own selection, as in faceted search.
    expect(filterCounts(model, view.filters).stance.values.get('fact')).toBe(1);
    expect(filterCounts(model, view.filters).report.values.get('r900')).toBe(1);
  });

  it('filters by asserter kind anywhere in the chain', () => {
    useStore.getState().toggleFilter('kind', 'anonymous-official');
    expect(visibleEvents(model, useStore.getState().view).map((e) => e.id)).toEqual(['abu-kamal-raid']);
  });

  it('selecting an event selects its place; showing a claim opens its report', () => {
    useStore.getState().selectEvent('raqqa-raid');
    expect(useStore.getState().view).toMatchObject({ event: 'raqqa-raid', place: 'raqqa', tab: 'event' });
    useStore.getState().showClaim('r900-c02');
    expect(useStore.getState().view).toMatchObject({
      tab: 'report',
      report: 'r900',
      claim: 'r900-c02',
      event: 'abu-kamal-raid',
      place: 'abu-kamal',
    });
  });

  it('ignores a selection of an unknown event', () => {
    useStore.getState().selectEvent('atlantis');
    expect(useStore.getState().view.event).toBeNull();
  });
});

describe('a tour with no steps', () => {
  it('is never presented: Present starts the first tour that has steps, or does not start', () => {
    const empty = { id: 'empty', title: 'Empty', description: '', steps: [] };
    const withEmptyFirst = { ...model, tours: [empty, ...model.tours] };
    useStore.getState().loaded(withEmptyFirst);
    useStore.getState().setPresent(true);
    expect(useStore.getState().view.present).toBe(model.tours.length > 0);
    if (model.tours.length) expect(useStore.getState().view.tour).toBe(model.tours[0].id);
    useStore.getState().loaded({ ...model, tours: [empty] });
    expect(() => useStore.getState().setPresent(true)).not.toThrow();
    expect(useStore.getState().view.present).toBe(false);
  });

  it('a place chosen on the map opens its one event, or the list of its several', () => {
    useStore.getState().openPlace('raqqa');
    expect(useStore.getState().view).toMatchObject({ tab: 'event', event: 'raqqa-raid', place: 'raqqa' });
    const two = [...model.eventsByPlace.get('raqqa')!, ...model.eventsByPlace.get('abu-kamal')!];
    useStore.getState().loaded({ ...model, eventsByPlace: new Map(model.eventsByPlace).set('raqqa', two) });
    useStore.getState().openPlace('raqqa');
    expect(useStore.getState().view).toMatchObject({ tab: 'places', event: null, place: 'raqqa' });
  });
});
