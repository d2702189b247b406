import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMAT_IDS } from './format-ids.ts';
import { ACCEPTED_FILES, IMPORT_FORMATS } from './formats.ts';
import { importText } from './import-file.ts';

describe('the import formats', () => {
  it.each(IMPORT_FORMATS.filter((f) => f.fixture).map((f) => [f.id, f] as const))(
    'opens the good %s fixture as its own format, with no error',
    (_, f) => {
      const text = readFileSync(new URL(`./fixtures/${f.fixture}`, import.meta.url), 'utf8');
      const got = importText(f.fixture!, text);
      expect(got.format).toBe(f.id);
      expect(got.problems.filter((p) => p.severity === 'error')).toEqual([]);
    },
  );

  it('has one reader per format id, in the order the ids list them', () => {
    expect(IMPORT_FORMATS.map((f) => f.id)).toEqual([...IMPORT_FORMAT_IDS]);
  });

  it('lets a file chooser offer every extension the formats name', () => {
    for (const f of IMPORT_FORMATS) for (const ext of f.extensions) expect(ACCEPTED_FILES.split(',')).toContain(ext);
  });
});
