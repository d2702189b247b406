/** The later-known notes: checked in memory, as the build, the import and the studio check them. */
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { longQuotes } from './later.ts';
import { build } from '../../build/build.ts';
import type { Corpus } from '../model/corpus.ts';
import { toCorpus } from '../compile/decompile.ts';

const good = build(new URL('../../build/fixtures/good', import.meta.url).pathname).map;
const source = { outlet: 'Test Wire', title: 'Raqqa retaken', date: '2017-10-18', url: 'https://example.org/raqqa-retaken' };
const note = { id: 'n', events: ['raqqa-raid'], note: 'Raqqa was retaken in October 2017.', known: '2017-10-17', sources: [source] };

/** The good fixture as a corpus with these later-known notes. */
const withLater = (...later: unknown[]): Corpus => ({ ...toCorpus(good), later });
const codes = (c: Corpus) => check(c).problems.map((p) => `${p.code} ${p.where}`);

describe('later-known notes', () => {
  it('accepts a sourced note dated after every claim about its event', () => {
    expect(codes(withLater(note))).toEqual([]);
  });

  it('accepts a map with no notes at all, as older maps and imports have', () => {
    expect(codes({ ...toCorpus(good), later: undefined, tours: [] })).toEqual([]);
  });

  it('refuses a note without a source', () => {
    expect(codes(withLater({ ...note, sources: [] }))).toEqual(['LATER_WITHOUT_SOURCE later[0].sources']);
  });

  it('refuses a note or a source that is not later than the claims it qualifies', () => {
    expect(codes(withLater({ ...note, known: '2014-09-04', sources: [{ ...source, date: '2014-09-04' }] }))).toEqual([
      'LATER_BEFORE_CLAIMS later[0].known',
      'LATER_BEFORE_CLAIMS later[0].sources[0].date',
    ]);
  });

  it('refuses a known date after the source that reported the fact', () => {
    expect(codes(withLater({ ...note, known: '2018-01-01' }))).toEqual(['LATER_KNOWN_AFTER_SOURCES later[0].known']);
  });

  it('refuses report and claim ids in the note, naming the outlet to write instead', () => {
    const [byReport] = check(withLater({ ...note, note: 'As r900 said, Raqqa fell.' })).problems;
    expect(byReport).toMatchObject({ code: 'REPORT_ID_IN_TEXT', where: 'later[0].note' });
    expect(byReport.fix).toContain('Test Outlet');
    expect(codes(withLater({ ...note, note: 'Unlike r900-c01, Raqqa fell.' }))).toEqual(['REPORT_ID_IN_TEXT later[0].note']);
  });

  it('refuses an unknown event, a bad date and a source address that is no web address', () => {
    // Without the tour, whose step would also miss the note about the Raqqa raid.
    expect(
      codes({ ...withLater({ ...note, events: ['atlantis'], sources: [{ ...source, url: 'javascript:alert(1)' }] }), tours: [] }),
    ).toEqual(['UNKNOWN_EVENT later[0].events[0]', 'BAD_URL later[0].sources[0].url']);
    expect(codes(withLater({ ...note, known: 'October 2017' }))).toEqual(['INVALID_DATE later[0].known']);
  });

  it('refuses a long quotation: facts carry over, sentences do not', () => {
    expect(codes(withLater({ ...note, note: 'The wire said "the city of Raqqa was retaken on Tuesday by the SDF".' }))).toEqual([
      'LATER_QUOTE_TOO_LONG later[0].note',
    ]);
    expect(longQuotes('a “core coalition” and ‘a few words here’')).toEqual([]);
    expect(longQuotes('“one two three four five six seven eight nine”')).toEqual(['one two three four five six seven eight nine']);
  });

  it('refuses a second note with the same id', () => {
    expect(codes(withLater(note, note))).toEqual(['DUPLICATE_ID later[1].id']);
  });
});

describe('tour steps that reveal what was later known', () => {
  const tour = (steps: unknown[], later?: boolean) => ({
    id: 't',
    title: 'T',
    description: '',
    ...(later === undefined ? {} : { later }),
    steps,
  });
  const raqqa = { id: 's1', event: 'raqqa-raid', claims: ['r900-c01'], caption: 'Raqqa', notes: '' };
  const abuKamal = { id: 's2', event: 'abu-kamal-raid', claims: ['r900-c02'], caption: 'Abu Kamal', notes: '' };
  const toured = (t: unknown) => ({ ...toCorpus(good), tours: [t] });

  it('lets a step reveal the note about its event', () => {
    expect(codes(toured(tour([{ ...raqqa, later: true }])))).toEqual([]);
  });

  it('refuses a step that would reveal a note its event does not have, by the step or by the tour default', () => {
    expect(codes(toured(tour([{ ...abuKamal, later: true }])))).toEqual(['LATER_NOT_FOUND tours[0].steps[0].later']);
    expect(codes(toured(tour([raqqa, abuKamal], true)))).toEqual(['LATER_NOT_FOUND tours[0].steps[1].event']);
    expect(codes(toured(tour([raqqa, { ...abuKamal, later: false }], true)))).toEqual([]);
  });

  it('refuses later on a title step, which has no event', () => {
    expect(codes(toured(tour([{ id: 's0', caption: 'Title', notes: '', later: true }, raqqa])))).toEqual([
      'LATER_NOT_FOUND tours[0].steps[0].later',
    ]);
  });

  it('publishes each step’s choice, the tour default filled in, and never on a title step', () => {
    const { checked } = check(toured(tour([{ id: 's0', caption: 'Title', notes: '' }, raqqa, { ...abuKamal, later: false }], true)));
    expect(checked.tours[0].later).toBe(true);
    expect(build(new URL('../../build/fixtures/good', import.meta.url).pathname).map.tours[0].steps.map((s) => s.later)).toEqual([
      true,
      false,
    ]);
  });
});
