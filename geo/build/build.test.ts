import * as nodeFs from 'node:fs';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { readFolder } from './read-folder.ts';
import { writeOutput, type Fs } from './write-output.ts';
import { MAX_DEPTH } from './yaml-file.ts';
import { joinEvents } from '../core/compile/join.ts';
import { CODES, type Problem } from '../core/model/problems.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const GOOD = join(FIXTURES, 'good');
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the good corpus, to change in a test. */
function goodCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'according-to-fixture-'));
  temp.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  return dir;
}

/** The good corpus with a bad fixture's files laid over it. */
function corpusWith(badFolder: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'according-to-fixture-'));
  temp.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  cpSync(join(FIXTURES, 'bad', badFolder), dir, { recursive: true });
  return dir;
}

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');
/** bad/<code>/ is a code's fixture; bad/<code>--<case>/ another case of the same code. */
const codeOf = (folder: string) => folder.split('--')[0].toUpperCase().replace(/-/g, '_');
const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

describe('registries continued in <name>.d/ (how a studio export is added)', () => {
  it('reads entries from asserters.d/ as if they were in asserters.yaml', () => {
    const dir = goodCopy();
    writeFileSync(join(dir, 'asserters.yaml'), '- { id: test-outlet, name: Test Outlet, kind: outlet, affiliation: independent-media }\n');
    mkdirSync(join(dir, 'asserters.d'));
    writeFileSync(
      join(dir, 'asserters.d', 'r901.yaml'),
      '# added\n- { id: officials, name: Officials, kind: anonymous-official, affiliation: unknown }\n',
    );
    const result = build(dir);
    expect(result.problems).toEqual([]);
    expect(JSON.stringify(result.map)).toBe(JSON.stringify(build(GOOD).map));
  });

  it('names the fragment and its line when an entry there is wrong', () => {
    const dir = goodCopy();
    mkdirSync(join(dir, 'asserters.d'));
    writeFileSync(
      join(dir, 'asserters.d', 'r901.yaml'),
      '# added\n- { id: officials, name: Officials again, kind: anonymous-official, affiliation: unknown }\n',
    );
    const dup = build(dir).problems.find((p) => p.code === 'DUPLICATE_ID');
    expect(dup).toMatchObject({ file: 'asserters.d/r901.yaml' });
    expect(dup?.where).toMatch(/^line 2/);
  });

  it('refuses a fragment that is not a list, naming it', () => {
    const dir = goodCopy();
    mkdirSync(join(dir, 'places.d'));
    writeFileSync(join(dir, 'places.d', 'x.yaml'), 'id: nowhere\n');
    expect(build(dir).problems).toContainEqual(expect.objectContaining({ code: 'SCHEMA_INVALID', file: 'places.d/x.yaml' }));
  });
});

describe('the good corpus', () => {
  const result = build(GOOD);

  it('builds with no problems and full coverage', () => {
    expect(result.problems).toEqual([]);
    expect(result.coverage).toEqual([{ report: 'r900', sentences: 5, percent: 100, claims: 3 }]);
  });

  it('builds to the reviewed snapshot', () => {
    expect(result.map).toMatchSnapshot();
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const again = build(GOOD);
    expect(JSON.stringify(again.map)).toBe(JSON.stringify(result.map));
  });

  it('joins into RFC 7946 GeoJSON', () => {
    expect(() => check(JSON.stringify(joinEvents(result.map)))).not.toThrow();
  });

  it('adds the reverse side of every relation', () => {
    const claims = joinEvents(result.map).features.flatMap((f) => f.properties.claims);
    expect(claims.find((c) => c.id === 'r900-c01')?.relations).toEqual([{ type: 'corroborates', claim: 'r900-c02', note: null }]);
  });
});

describe('bad input: one fixture per error code', () => {
  const folders = readdirSync(join(FIXTURES, 'bad'));

  it('has a fixture for every error code', () => {
    // Codes that only an imported file can raise have their fixtures under geo/core/import/fixtures/;
    // VOCABULARY_MISSING only a published map can raise (the build writes the vocabularies itself):
    // src/data/wrong-meaning.test.ts raises it from the real map, once per term; the vocabularies'
    // words are code, not data (geo/build/vocabularies.test.ts).
    const appOnly = new Set(['FORMAT_UNSUPPORTED', 'VOCABULARY_MISSING', 'VOCABULARY_WORDS_MISSING']);
    const missing = Object.keys(CODES).filter((c) => !c.startsWith('IMPORT_') && !appOnly.has(c) && !folders.includes(kebab(c)));
    expect(missing).toEqual([]);
    expect(folders.filter((f) => !Object.hasOwn(CODES, codeOf(f)))).toEqual([]);
  });

  it.each(folders)('%s is reported with its code, file, place and a fix', (folder) => {
    const { problems } = build(corpusWith(folder));
    const code = codeOf(folder);
    const hit = problems.find((p) => p.code === code);
    expect(hit, `expected ${code} among ${problems.map((p) => p.code).join(', ') || 'no problems'}`).toBeDefined();
    expect(hit!.file).not.toBe('');
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(hit!.fix.length).toBeGreaterThan(10);
  });

  it('reports every problem at once, not only the first', () => {
    const dir = corpusWith('unknown-place');
    cpSync(join(FIXTURES, 'bad', 'bad-url'), dir, { recursive: true });
    cpSync(join(FIXTURES, 'bad', 'schema-invalid'), dir, { recursive: true });
    const codes = new Set(build(dir).problems.map((p) => p.code));
    expect(codes).toEqual(new Set(['UNKNOWN_PLACE', 'BAD_URL', 'SCHEMA_INVALID', 'UNKNOWN_ASSERTER']));
  });

  it('says where in the file the problem is', () => {
    const [p] = build(corpusWith('coordinate-out-of-range')).problems;
    expect(p).toMatchObject({ code: 'COORDINATE_OUT_OF_RANGE', file: 'places.yaml', where: 'line 1 ([0].lngLat)' });
    expect(p.message).toContain('swap them');
  });
});

/** The first problem with the code, checked for its file and its place ("line N"). */
function expectAt(problems: Problem[], code: Problem['code'], file: string, where: RegExp | string): Problem {
  const hit = problems.find((p) => p.code === code);
  expect(hit, `expected ${code} among ${problems.map((p) => `${p.code} ${p.file} ${p.where}`).join('; ') || 'no problems'}`).toBeDefined();
  expect(hit!.file).toBe(file);
  if (typeof where === 'string') expect(hit!.where).toBe(where);
  else expect(hit!.where).toMatch(where);
  expect(hit!.fix.length).toBeGreaterThan(10);
  return hit!;
}

describe('every YAML text refuses what a report refuses: NUL, zero-width, bidi overrides, lone surrogates', () => {
  // [file, the text as written, the text with the character, as YAML writes it]
  const cases: [string, string, string][] = [
    ['events.yaml', 'title: Air raid on Raqqa', 'title: "Air raid on\\0 Raqqa"'],
    ['events.yaml', 'summary: A second raid hits Abu Kamal.', 'summary: "A second raid\\u200B hits Abu Kamal."'],
    ['places.yaml', 'name: Abu Kamal,', 'name: "Abu \\u202EKamal",'],
    ['map.yaml', 'title: Twin strikes', 'title: "Twin \\uD800strikes"'],
    ['map.yaml', "description: A tiny corpus for the build's tests.", 'description: "A tiny corpus\\u2066 for the tests."'],
    // Their words in other languages too.
    ['map.yaml', 'ar: { title: غارتان,', 'ar: { title: "غارتان\\u202E",'],
    ['events.yaml', 'ar: { title: غارة جوية على الرقة }', 'ar: { title: "غارة جوية\\u202E على الرقة" }'],
    ['tours/raids.yaml', 'ar: { caption: ماذا حدث في الرقة؟ }', 'ar: { caption: "ماذا حدث\\u200B في الرقة؟" }'],
    ['later.yaml', 'ar: { note: استُعيدت الرقة من', 'ar: { note: استُعيدت\u2060 الرقة من'],
  ];
  it.each(cases)('%s: %s → INVISIBLE_CHARACTER at its file and line', (file, text, bad) => {
    const dir = goodCopy();
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    expect(before).toContain(text);
    writeFileSync(path, before.replace(text, bad));
    const line = before.slice(0, before.indexOf(text)).split('\n').length;
    const { problems } = build(dir);
    const hit = expectAt(problems, 'INVISIBLE_CHARACTER', file, new RegExp(`line ${line}\\b`));
    expect(hit.severity).toBe('error');
    // The one error: `npm run build:data` fails on it.
    expect(errorsOf(problems)).toHaveLength(1);
  });
});

describe('authored words in other languages (translations)', () => {
  it('carries them into the map: the map, an event, a tour and its step, a later-known note', () => {
    const { map, problems } = build(GOOD);
    expect(problems).toEqual([]);
    expect(map.meta.translations?.ar?.title).toBe('غارتان');
    expect(map.events.find((e) => e.id === 'raqqa-raid')?.translations).toEqual({ ar: { title: 'غارة جوية على الرقة' } });
    expect(map.events.find((e) => e.id === 'abu-kamal-raid')).not.toHaveProperty('translations');
    expect(map.tours[0].translations?.ar?.title).toBe('الغارتان');
    expect(map.tours[0].steps[0].translations?.ar?.caption).toBe('ماذا حدث في الرقة؟');
    expect(map.later[0].translations?.ar?.note).toContain('الرقة');
  });

  it.each([
    ['a blank title', 'ar: { title: غارة جوية على الرقة }', 'ar: { title: "  " }', /translations\.ar\.title/],
    ['a language with no words', 'ar: { title: غارة جوية على الرقة }', 'ar: {}', /translations\.ar\b/],
    ['a field the event has not', 'ar: { title: غارة جوية على الرقة }', 'ar: { name: الرقة }', /translations\.ar/],
  ])('%s is SCHEMA_INVALID at its file and line', (_, text, bad, where) => {
    const dir = goodCopy();
    const path = join(dir, 'events.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(text, bad));
    const { problems } = build(dir);
    expectAt(problems, 'SCHEMA_INVALID', 'events.yaml', where);
  });

  it('an empty translation is worded: which fields to give', () => {
    const dir = goodCopy();
    const path = join(dir, 'events.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('ar: { title: غارة جوية على الرقة }', 'ar: {}'));
    expect(build(dir).problems[0].message).toMatch(/title or summary/);
  });

  it('a translated title that names a report by its id is REPORT_ID_IN_TEXT, as the English one is', () => {
    const dir = goodCopy();
    const path = join(dir, 'events.yaml');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('ar: { title: غارة جوية على الرقة }', 'ar: { title: غارة جوية على الرقة (r900) }'),
    );
    expectAt(build(dir).problems, 'REPORT_ID_IN_TEXT', 'events.yaml', /translations\.ar\.title/);
  });
});

describe('files that are not what they seem: each case ends in a problem with its file and line', () => {
  it('a report in Latin-1: NOT_UTF8 with the byte offset and line, and its quotes still anchor', () => {
    const { problems } = build(corpusWith('not-utf8'));
    const p = expectAt(problems, 'NOT_UTF8', 'reports/r900.txt', 'line 3, byte 142');
    expect(p.message).toContain('0xA0');
    expect(p.message).toContain('Latin-1');
    expect(p.fix).toContain('UTF-8');
    expect(problems.map((x) => x.code)).toEqual(['NOT_UTF8']);
  });

  it('a report with a stray byte in UTF-8, a report in UTF-16, a YAML file in Latin-1: NOT_UTF8', () => {
    expect(
      expectAt(build(corpusWith('not-utf8--mixed-encodings')).problems, 'NOT_UTF8', 'reports/r900.txt', 'line 5, byte 236').message,
    ).toContain('0xA9');
    expect(expectAt(build(corpusWith('not-utf8--utf-16')).problems, 'NOT_UTF8', 'reports/r900.txt', 'line 1').message).toContain('UTF-16');
    const latin = build(corpusWith('not-utf8--yaml-in-latin-1')).problems;
    expect(expectAt(latin, 'NOT_UTF8', 'events.yaml', 'line 8, byte 369').message).toContain('café');
    expect(latin.map((x) => x.code)).toEqual(['NOT_UTF8']);
  });

  it('a report with a byte-order mark: BYTE_ORDER_MARK, and the mark is not in the text', () => {
    const dir = corpusWith('byte-order-mark');
    const { problems } = build(dir);
    expectAt(problems, 'BYTE_ORDER_MARK', 'reports/r900.txt', 'line 1');
    expect(problems.map((x) => x.code)).toEqual(['BYTE_ORDER_MARK']);
    const text = readFolder(dir).corpus.texts['reports/r900.txt'];
    expect(text.startsWith('Twin strikes')).toBe(true);
    expect(text).toBe(readFileSync(join(GOOD, 'reports/r900.txt'), 'utf8'));
  });

  it('a report with CRLF line endings: a warning only, the text kept byte for byte', () => {
    const dir = corpusWith('crlf-line-endings');
    const result = build(dir);
    const p = expectAt(result.problems, 'CRLF_LINE_ENDINGS', 'reports/r900.txt', 'line 1');
    expect(p.severity).toBe('warning');
    expect(errorsOf(result.problems)).toEqual([]);
    const published = result.map.reports.find((r) => r.id === 'r900')!.text;
    expect(Buffer.from(published, 'utf8').equals(readFileSync(join(dir, 'reports/r900.txt')))).toBe(true);
  });

  it('a quote with \n against a CRLF report: QUOTE_NOT_FOUND says CRLF, not curly quotes', () => {
    const p = expectAt(
      build(corpusWith('quote-not-found--crlf')).problems,
      'QUOTE_NOT_FOUND',
      'annotations/r900.yaml',
      'line 26 (not_claims[0].quote)',
    );
    expect(p.message).toContain('CRLF line endings');
    expect(p.message).not.toContain('typography');
    expect(p.fix).toContain('\\r\\n');
  });

  it('a zero-width space or a NUL byte in a quote: INVISIBLE_CHARACTER at the claim, with its position', () => {
    const zw = expectAt(
      build(corpusWith('invisible-character')).problems,
      'INVISIBLE_CHARACTER',
      'annotations/r900.yaml',
      'line 10 (claims[1].quote)',
    );
    expect(zw.message).toContain('U+200B');
    expect(zw.message).toContain('position 24');
    expect(zw.message).toContain('Without it, the quote is found');
    const nul = expectAt(
      build(corpusWith('invisible-character--nul-in-quote')).problems,
      'INVISIBLE_CHARACTER',
      'annotations/r900.yaml',
      'line 19 (claims[2].quote)',
    );
    expect(nul.message).toContain('NUL');
    expect(nul.message).toContain('position 11');
  });

  it('a NUL byte in a report, an invisible character in a report: named where they are', () => {
    expect(
      expectAt(build(corpusWith('invisible-character--nul-in-report')).problems, 'INVISIBLE_CHARACTER', 'reports/r900.txt', 'line 5')
        .message,
    ).toContain('NUL');
    const p = expectAt(
      build(corpusWith('quote-not-found--invisible-in-report')).problems,
      'QUOTE_NOT_FOUND',
      'annotations/r900.yaml',
      'line 10 (claims[1].quote)',
    );
    expect(p.message).toContain('U+200D');
    expect(p.message).toContain('line 3');
  });

  it('a duplicate key: DUPLICATE_KEY at its line, and the rest of the file is still read and checked', () => {
    const { problems } = build(corpusWith('duplicate-key'));
    expect(expectAt(problems, 'DUPLICATE_KEY', 'events.yaml', 'line 3 ([0].title)').message).toContain('first at line 2');
    expectAt(problems, 'INVALID_DATE', 'events.yaml', 'line 16 ([2].when.start)');
    // No cascade: every event, claim and tour step that points into events.yaml still finds it.
    expect(problems.map((p) => p.code)).toEqual(['DUPLICATE_KEY', 'INVALID_DATE', 'INVALID_DATE']);
  });

  it('2015-02-30 is found among other problems in the same file (a duplicate key, tags)', () => {
    const { problems } = build(corpusWith('invalid-date--among-other-problems'));
    expect(expectAt(problems, 'INVALID_DATE', 'events.yaml', 'line 11 ([1].when.start)').message).toContain('2015-02-30');
    expectAt(problems, 'DUPLICATE_KEY', 'events.yaml', 'line 3 ([0].title)');
    expectAt(problems, 'YAML_TAG', 'events.yaml', 'line 2 ([0].title)');
    expect(problems.filter((p) => p.code === 'YAML_TAG').map((p) => p.where)).toEqual(['line 2 ([0].title)', 'line 9 ([1].summary)']);
  });

  it('unknown tags: YAML_TAG at the line, and the value stays the text written, never a function, Date or Buffer', () => {
    const dir = corpusWith('yaml-tag');
    expect(expectAt(build(dir).problems, 'YAML_TAG', 'events.yaml', 'line 2 ([0].title)').message).toContain('!!js/function');
    const stamp = build(corpusWith('yaml-tag--timestamp')).problems;
    expect(expectAt(stamp, 'YAML_TAG', 'events.yaml', 'line 5 ([0].when.start)').message).toContain('!!timestamp');
    expect(stamp.map((p) => p.code)).toEqual(['YAML_TAG']);
    const events = readFolder(corpusWith('yaml-tag--timestamp')).corpus.events as { when: { start: unknown } }[];
    expect(events[0].when.start).toBe('2014-09-04');
    writeFileSync(join(dir, 'map.yaml'), 'title: !!binary aGVsbG8=\ndescription: !!set { a, b }\ncredits: !!omap [ { a: 1 } ]\n');
    const info = readFolder(dir).corpus.info as Record<string, unknown>;
    expect(info).toEqual({ title: 'aGVsbG8=', description: { a: null, b: null }, credits: [{ a: 1 }] });
  });

  it('an unquoted timestamp stays a string and is an INVALID_DATE; a %YAML 1.1 file reads dates and yes as text', () => {
    expect(
      expectAt(build(corpusWith('invalid-date--timestamp')).problems, 'INVALID_DATE', 'events.yaml', 'line 5 ([0].when.start)').message,
    ).toContain('2014-09-04T10:00:00');
    const dir = goodCopy();
    writeFileSync(join(dir, 'events.yaml'), `%YAML 1.1\n---\n${readFileSync(join(GOOD, 'events.yaml'), 'utf8')}`);
    const vocabularies =
      '{ affiliation: [{ id: independent-media, label: Independent media, short: media, translations: { ar: { label: إعلام مستقل, short: إعلام } } }] }';
    writeFileSync(join(dir, 'map.yaml'), `%YAML 1.1\n---\ntitle: yes\ndescription: 2015-03-02\nvocabularies: ${vocabularies}\n`);
    expect(readFolder(dir).corpus.info).toMatchObject({ title: 'yes', description: '2015-03-02' });
    expect(errorsOf(build(dir).problems)).toEqual([]);
  });

  it('an alias bomb: YAML_LIMIT with the line of the first alias, no exception', () => {
    const p = expectAt(build(corpusWith('yaml-limit')).problems, 'YAML_LIMIT', 'tours/lol.yaml', 'line 3');
    expect(p.message).toContain('billion laughs');
  });

  it('10,000 nested [ and 100 nested levels: YAML_LIMIT, no RangeError', () => {
    const deep = build(corpusWith('yaml-limit--deep-nesting')).problems;
    expectAt(deep, 'YAML_LIMIT', 'map.yaml', 'line 2');
    expect(deep.map((p) => p.code)).toEqual(['YAML_LIMIT']);
    const dir = goodCopy();
    const flow = `title: Deep\ndescription: ${'['.repeat(100)}${']'.repeat(100)}\n`;
    const block = `title: Deep\ndescription:\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} x\n`;
    for (const yaml of [flow, block]) {
      writeFileSync(join(dir, 'map.yaml'), yaml);
      const p = expectAt(build(dir).problems, 'YAML_LIMIT', 'map.yaml', /^line \d+ \(description(\[0\])+\)$/);
      expect(p.message).toContain(`${MAX_DEPTH} levels`);
    }
  });

  it('a report path out of the data folder is never read, nor is a link that leads out of it', () => {
    const dir = corpusWith('bad-report-path');
    expect(readFolder(dir).corpus.texts).toEqual({});
    expectAt(build(dir).problems, 'BAD_REPORT_PATH', 'reports.yaml', 'line 2 ([0].file)');

    const linked = corpusWith('crlf-line-endings');
    const outside = join(mkdtempSync(join(tmpdir(), 'according-to-outside-')), 'secret.txt');
    temp.push(join(outside, '..'));
    writeFileSync(outside, 'not for the build\n');
    rmSync(join(linked, 'reports/r900.txt'));
    symlinkSync(outside, join(linked, 'reports/r900.txt'));
    expect(readFolder(linked).corpus.texts).toEqual({});
    const problems = build(linked).problems;
    expect(expectAt(problems, 'BAD_REPORT_PATH', 'reports.yaml', 'line 2 ([0].file)').message).toContain('link');
    expect(problems.filter((p) => p.code === 'FILE_MISSING')).toEqual([]);
  });

  it('a report path that is a folder, a YAML name that is a folder: FILE_MISSING saying so, no stack trace', () => {
    const folder = build(corpusWith('file-missing--report-is-a-folder')).problems;
    expect(expectAt(folder, 'FILE_MISSING', 'reports.yaml', 'line 2 ([0].file)').message).toContain('is a folder');
    expect(folder.filter((p) => p.code === 'FILE_MISSING')).toHaveLength(1);
    expect(
      expectAt(build(corpusWith('file-missing--yaml-is-a-folder')).problems, 'FILE_MISSING', 'tours/extra.yaml', '').message,
    ).toContain('found a folder');
  });

  it('a place far from its country: a PLACE_MISPLACED warning that does not fail the build', () => {
    const misplaced = build(corpusWith('place-misplaced')).problems;
    const p = expectAt(misplaced, 'PLACE_MISPLACED', 'places.yaml', 'line 2 ([1].lngLat)');
    expect(p.severity).toBe('warning');
    expect(p.message).toContain('Syria');
    expect(errorsOf(misplaced)).toEqual([]);
    const sea = expectAt(build(corpusWith('place-misplaced--at-sea')).problems, 'PLACE_MISPLACED', 'places.yaml', 'line 2 ([1].lngLat)');
    expect(sea.message).toContain('at sea');
    const spelt = expectAt(
      build(corpusWith('place-misplaced--unknown-country')).problems,
      'PLACE_MISPLACED',
      'places.yaml',
      'line 1 ([0].country)',
    );
    expect(spelt.message).toContain('did you mean "Syria"');
  });

  it('Mosul in the Black Sea or at [0, 0] is flagged; Mosul in Iraq, a border town and a coastal city are not', () => {
    const dir = corpusWith('place-misplaced');
    const place = (id: string, name: string, country: string, lngLat: [number, number]) =>
      `- { id: ${id}, name: ${name}, country: ${country}, lngLat: [${lngLat.join(', ')}], precision: city, geonames: null, source: A test. }`;
    writeFileSync(
      join(dir, 'places.yaml'),
      [
        place('raqqa', 'Raqqa', 'Syria', [39.00788, 35.95283]),
        place('abu-kamal', 'Abu Kamal', 'Syria', [40.91854, 34.45226]),
        place('syria', 'Syria', 'Syria', [38.6, 35.2]),
        place('mosul', 'Mosul', 'Iraq', [43.11889, 36.335]),
        place('mosul-black-sea', 'Mosul', 'Iraq', [34.0, 43.3]),
        place('mosul-null-island', 'Mosul', 'Iraq', [0, 0]),
        place('new-york', 'New York', 'United States of America', [-74.00597, 40.71427]),
      ].join('\n'),
    );
    const flagged = build(dir).problems.filter((p) => p.code === 'PLACE_MISPLACED');
    expect(flagged.map((p) => p.where)).toEqual(['line 5 ([4].lngLat)', 'line 6 ([5].lngLat)']);
  });
});

describe('writing public/data: whole or not at all', () => {
  const files = { 'map.json': '{"new":true}', 'basemap.geojson': '{}' };
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'according-to-out-'));
    temp.push(dir);
    return dir;
  };

  it('replaces the old folder when it can', () => {
    const out = join(setup(), 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), 'old');
    expect(writeOutput(out, files)).toBeNull();
    expect(readdirSync(out).sort()).toEqual(['basemap.geojson', 'map.json']);
    expect(readdirSync(join(out, '..'))).toEqual(['data']);
  });

  it('a file in the way of the folder: a clear message, the file untouched', () => {
    const out = join(setup(), 'data');
    writeFileSync(out, 'somebody else’s file');
    const message = writeOutput(out, files);
    expect(message).toContain('a file of that name is in the way');
    expect(message).toContain('fix:');
    expect(readFileSync(out, 'utf8')).toBe('somebody else’s file');
  });

  it('a file in the way of the parent folder: a clear message, nothing written', () => {
    const parent = join(setup(), 'public');
    writeFileSync(parent, 'not a folder');
    const message = writeOutput(join(parent, 'data'), files);
    expect(message).toMatch(/could not write .*public\/data: ENOTDIR/);
    expect(readFileSync(parent, 'utf8')).toBe('not a folder');
  });

  it('a disk that fills up half way: the old output left as it was, no temporary folder left over', () => {
    const dir = setup();
    const out = join(dir, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'map.json'), 'old');
    const fs = nodeFs;
    let writes = 0;
    const full: Fs = {
      ...fs,
      writeFileSync: ((...args: Parameters<Fs['writeFileSync']>) => {
        if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return fs.writeFileSync(...args);
      }) as Fs['writeFileSync'],
    };
    const message = writeOutput(out, files, full);
    expect(message).toContain('ENOSPC');
    expect(message).toContain('the earlier output was left as it was');
    expect(readFileSync(join(out, 'map.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('a rename that fails after the old folder was moved aside: the old folder is put back', () => {
    const dir = setup();
    const out = join(dir, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'map.json'), 'old');
    const fs = nodeFs;
    let renames = 0;
    const flaky: Fs = {
      ...fs,
      renameSync: ((from: string, to: string) => {
        if (++renames === 2) throw new Error('EXDEV: cross-device link not permitted, rename');
        return fs.renameSync(from, to);
      }) as Fs['renameSync'],
    };
    expect(writeOutput(out, files, flaky)).toContain('EXDEV');
    expect(readFileSync(join(out, 'map.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['data']);
    expect(existsSync(`${out}.old-${process.pid}`)).toBe(false);
  });
});

describe('the real data (geo/)', () => {
  const GEO = new URL('..', import.meta.url).pathname;
  const result = build(GEO, { requireBasemap: true });

  it('builds with no problems', () => {
    expect(result.problems.map((p) => `${p.code} ${p.file} ${p.where}: ${p.message}`)).toEqual([]);
  });

  it('has every gazetteer place with [lng, lat] in range and a precision', () => {
    expect(result.map.places.length).toBeGreaterThanOrEqual(6);
    for (const p of result.map.places) {
      expect(p.lngLat[0]).toBeGreaterThanOrEqual(-180);
      expect(p.lngLat[0]).toBeLessThanOrEqual(180);
      expect(p.lngLat[1]).toBeGreaterThanOrEqual(-90);
      expect(p.lngLat[1]).toBeLessThanOrEqual(90);
      expect(['site', 'city', 'district', 'province', 'country']).toContain(p.precision);
    }
    const names = result.map.places.map((p) => p.name);
    for (const n of ['Tikrit', 'Amerli', 'Raqqa', 'Abu Kamal', 'Tal Afar', 'Mosul']) expect(names).toContain(n);
  });

  it('anchors every claim: its offsets slice back to its exact quote (property over all claims)', () => {
    const texts = new Map(result.map.reports.map((r) => [r.id, r.text]));
    const claims = result.map.claims;
    expect(claims.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...claims), (c) => texts.get(c.report)!.slice(c.quote.start, c.quote.end) === c.quote.exact),
      { numRuns: Math.max(200, claims.length * 3) },
    );
  });

  it('covers every report at 100%', () => {
    for (const c of result.coverage) expect(c.percent, c.report).toBe(100);
  });

  it('keeps each report text byte-identical to the shared original', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const shared = new URL('../../../shared/reports/', import.meta.url).pathname;
    for (const r of result.map.reports) {
      const original = join(shared, r.file.replace('reports/', ''));
      if (existsSync(original)) expect(Buffer.from(r.text, 'utf8').equals(readFileSync(original)), r.file).toBe(true);
    }
  });

  it('emits RFC 7946 GeoJSON for the events and the basemap', () => {
    expect(() => check(JSON.stringify(joinEvents(result.map)))).not.toThrow();
    expect(() => check(result.basemap!)).not.toThrow();
  });
});
