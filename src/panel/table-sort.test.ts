import { describe, expect, it } from 'vitest';
import { fixtureModel, realModel } from '../test/fixture-model';
import { authoredText } from '../words/labels';
import { sortRows } from './table-sort';

const model = fixtureModel();
const rows = model.events.flatMap((e) => e.properties.claims.map((c) => ({ e, c })));
const outlet = (id: string) => model.reportById.get(id)?.outlet.value ?? id;

describe('sorting the table', () => {
  it('sorts by place name, either way, keeping time order among equals', () => {
    const names = (ascending: boolean) =>
      sortRows(rows, { key: 'where', ascending }, model.labels, outlet).map((r) => r.e.properties.place?.name ?? '');
    const byName = (a: string, b: string) => a.localeCompare(b);
    expect(names(true)).toEqual([...names(true)].sort(byName));
    expect(names(false)).toEqual([...names(true)].sort(byName).reverse());
    expect(new Set(names(true)).size).toBeGreaterThan(1);
    // Ties keep time order both ways.
    const tied = sortRows(rows, { key: 'report', ascending: false }, model.labels, outlet);
    expect(tied.map((r) => r.c.id)).toEqual(rows.map((r) => r.c.id));
  });

  it('sorts by chain of sources and by stance label', () => {
    const chains = sortRows(rows, { key: 'source', ascending: true }, model.labels, outlet).map((r) => r.c.asserters.length);
    expect(chains).toEqual([1, 1, 2]);
    const stances = sortRows(rows, { key: 'stance', ascending: true }, model.labels, outlet).map(
      (r) => model.labels.stance[r.c.stance].label,
    );
    expect(stances).toEqual([...stances].sort());
  });

  it('sorts by the event titles the reader sees: in Arabic, the map’s Arabic titles', () => {
    const real = realModel();
    const all = real.events.flatMap((e) => e.properties.claims.map((c) => ({ e, c })));
    const titles = sortRows(all, { key: 'event', ascending: true }, real.labels, outlet, 'ar').map((r) =>
      authoredText(r.e.properties, 'title', 'ar'),
    );
    expect(titles[0]).toMatch(/\p{Script=Arabic}/u);
    const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    expect(titles.map(key)).toEqual(titles.map(key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
