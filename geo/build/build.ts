/**
 * The data build as a pure function of a data folder: read the files, check them with the
 * shared core, compile the published format. cli.ts writes the outputs; tests call this on
 * fixture folders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type ReportCoverage } from '../core/check/check.ts';
import { compile } from '../core/compile/compile.ts';
import type { MapData } from '../core/model/contract.ts';
import type { Problem } from '../core/model/problems.ts';
import { FORMAT_VOCABULARIES } from '../core/model/vocab.ts';
import { checkPlaceCountries } from './place-country.ts';
import { checkVocabularies } from './vocabularies.ts';
import { explainQuotes } from './quote-hints.ts';
import { readFolder } from './read-folder.ts';

export type { ReportCoverage };

export interface BuildResult {
  problems: Problem[];
  coverage: ReportCoverage[];
  map: MapData;
  /** The basemap file's text, passed through, or null when the folder has none. */
  basemap: string | null;
  /** The world basemap's text (TopoJSON), passed through, or null when the folder has none. */
  world: string | null;
}

export function build(root: string, options: { requireBasemap?: boolean } = {}): BuildResult {
  const folder = readFolder(root);
  const where = (path: Problem['path']) => {
    const { file, where } = folder.locate(path);
    return `${file}: ${where}`;
  };
  const { problems, checked } = check(folder.corpus, { coverage: 'require', where });
  // A report file the reader refused (a folder, a link out of the folder) is not also "missing".
  const reportFile = (path: Problem['path']) => (folder.corpus.reports as { file?: unknown }[])[path[1] as number]?.file;
  const kept = problems.filter(
    (p) => !(p.code === 'FILE_MISSING' && p.path[0] === 'reports' && folder.explained.has(reportFile(p.path) as string)),
  );
  const located = explainQuotes(folder.corpus, kept).map((p) => ({ ...p, ...folder.locate(p.path) }));
  located.push(...checkPlaceCountries(checked.reg.places.values(), folder.locate));
  located.push(...checkVocabularies(FORMAT_VOCABULARIES));
  // The map's own kinds and affiliations, as it declares them (the defaults are in vocab.ts).
  const declared = checked.info?.vocabularies;
  if (declared) located.push(...checkVocabularies({ ...declared }, 'map.yaml'));

  const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null);
  const basemap = read('basemap/basemap.geojson');
  const world = read('basemap/basemap-world.topojson');
  const all = [...folder.problems, ...located];
  for (const [file, text] of [
    ['basemap/basemap.geojson', basemap],
    ['basemap/basemap-world.topojson', world],
  ] as const) {
    if (text !== null || !options.requireBasemap) continue;
    all.push({
      code: 'FILE_MISSING',
      severity: 'error',
      path: [],
      file,
      where: '',
      message: `The offline basemap is missing (${file}).`,
      fix: 'Run `npm run basemap` (needs Debian gmt) or restore the file from git.',
      values: { case: 'basemap', file: 'basemap/basemap.geojson' },
    });
  }
  return { problems: all, coverage: checked.coverage, map: compile(checked), basemap, world };
}
