import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { anchor } from '../text/anchor.ts';
import { check } from '../check/check.ts';
import { draftCorpus } from './corpus.ts';
import { sentences } from '../text/sentences.ts';
import { claim, drafted, OUTLET, TEST_GAZETTEER } from './testing.ts';
import { draftFiles, toYaml } from './yaml.ts';

// A report written for this test: another outlet, another subject, the usual page furniture.
const REPORT = [
  'Dockers Walk Out as Lisbon Port Talks ‘Collapse’',
  'By Rita Moura',
  'Share this article',
  'Dockers at the port of Lisbon walked out on Tuesday after wage talks broke down, the union said.',
  '',
  'The port authority said on Monday that it had offered a 4 percent rise. According to the Lisbon Herald, the offer was withdrawn over the weekend—a step that left the talks in “collapse,” in the words of one negotiator.',
  '',
  'Harbour master Tomás Vidal told reporters that ships could be diverted to Porto. “We cannot keep cranes idle for a week.”',
  '',
  'The strike may spread to Porto, though the government has said that it will not intervene. Lisbon handles a third of the country’s container traffic.',
  '',
  'Leave a Reply Cancel reply',
  '0 0 %',
].join('\n');

describe('a whole draft', () => {
  const meta = { outlet: OUTLET, published: '2023-11-15', reportId: 't001' };
  const d = drafted(REPORT);

  it('passes check() with no error, covering every sentence', () => {
    const { problems, checked } = check(draftCorpus(d, REPORT, meta, TEST_GAZETTEER), { coverage: 'require' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checked.coverage[0].percent).toBe(100);
  });

  it('anchors every quote exactly once, with a prefix or suffix where it repeats', () => {
    for (const c of [...d.claims, ...d.notClaims]) expect(anchor(REPORT, c).ok, c.quote).toBe(true);
  });

  it('marks page furniture as not_claims and keeps the headline as the outlet’s claim', () => {
    expect(d.notClaims.map((n) => n.why)).toEqual(['byline', 'share and print buttons', 'comment prompt', 'site widget (counters)']);
    expect(claim(d, 'Dockers Walk Out').names).toEqual([OUTLET]);
  });

  it('gives a headline’s quoted word to the voice that says it in the text', () => {
    expect(claim(d, '‘Collapse’').names).toEqual([OUTLET, 'one negotiator']);
  });

  it('drafts chains, cues, stances and dates as the annotations have them', () => {
    expect(claim(d, 'Dockers at')).toMatchObject({ cue: 'said', stance: 'attributed', said: '2023-11-15' });
    expect(claim(d, 'Dockers at').event?.when).toMatchObject({ start: '2023-11-14', basis: 'weekday' });
    expect(claim(d, 'The port authority')).toMatchObject({ said: '2023-11-13' });
    expect(claim(d, 'According to').names).toEqual([OUTLET, 'The Lisbon Herald']);
    expect(claim(d, '“collapse,”').names).toEqual([OUTLET, 'one negotiator']);
    expect(claim(d, 'Harbour master').names).toEqual([OUTLET, 'Tomás Vidal']);
    expect(claim(d, '“We cannot').names).toEqual([OUTLET, 'Tomás Vidal']);
    expect(claim(d, 'The strike may')).toMatchObject({ stance: 'hedged', hedges: ['may'] });
    expect(claim(d, 'though the government')).toMatchObject({ stance: 'denial', cue: 'has said' });
    expect(claim(d, 'Lisbon handles')).toMatchObject({ stance: 'fact', asserters: [d.outlet] });
  });

  it('places an event where the text says, else where the claims before it were', () => {
    expect(claim(d, 'Dockers at').event?.place).toBe('lisbon');
    expect(claim(d, 'The port authority').event?.place).toBe('lisbon');
    expect(claim(d, 'The strike may').event?.place).toBe('porto');
  });

  it('writes YAML that reads back as the draft, non-breaking spaces shown as \\u00A0', () => {
    const files = draftFiles(d, { id: 't001' }, { asserters: new Set(), places: new Set() });
    const back = parse(files['annotations/t001.yaml']);
    expect(back).toEqual({ report: 't001', claims: d.claims, not_claims: d.notClaims });
    expect(toYaml({ quote: 'a\u00A0b' })).toBe('quote: "a\\u00A0b"\n');
    expect(parse(toYaml({ quote: 'a\u00A0b' })).quote).toBe('a\u00A0b');
    expect(files['annotations/t001.yaml']).toMatch(/asserters: \[the-coastal-courier|asserters: \[coastal-courier/);
  });
});

describe('wire furniture', () => {
  it('cuts a dateline off the first paragraph and marks section headings', () => {
    const text = 'PORTO, Portugal (Coastal Courier) — Dockers walked out on Tuesday, the union said.\nLISBON\nCranes stood idle in Lisbon.';
    const d = drafted(text);
    expect(d.notClaims.map((n) => [n.quote, n.why])).toEqual([
      ['PORTO, Portugal (Coastal Courier) —', 'dateline'],
      ['LISBON', 'section heading'],
    ]);
    expect(claim(d, 'Dockers').names).toEqual([OUTLET, 'the union']);
    expect(d.unknownPlaces).toEqual([]);
  });

  it('lists a town opening a sentence ("In Livingston, …") as unknown when no gazetteer has it', () => {
    expect(drafted('In Livingston, which lies north of Porto, rain fell all night.').unknownPlaces).toEqual(['Livingston']);
  });
});

describe('sentences', () => {
  it('does not end a sentence after titles, months and "U.S." before a name', () => {
    const text = 'Maj. Gen. Ana Costa met U.S. Army engineers on Sept. 4 in the U.S. He left. It rained on Jan. 30.';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'Maj. Gen. Ana Costa met U.S. Army engineers on Sept. 4 in the U.S.',
      'He left.',
      'It rained on Jan. 30.',
    ]);
  });
});
