/**
 * Reads a data folder (geo/ or a fixture) into a corpus, and remembers which file and line each
 * entry came from, so that the core's problems (paths into the corpus) name a file and a line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isSafeReportPath, type Corpus } from '../core/corpus.ts';
import { formatPath, type Path, type Problem } from '../core/problems.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';

export interface Folder {
  corpus: Corpus;
  /** Problems met while reading (missing files, YAML syntax). */
  problems: Problem[];
  /** Where a corpus path stands: its file and "line 12 (claims[3].quote)". */
  locate(path: Path): { file: string; where: string };
}

const TABLES = { info: 'map.yaml', reports: 'reports.yaml', places: 'places.yaml', asserters: 'asserters.yaml', events: 'events.yaml' } as const;

function listYaml(root: string, dir: string): string[] {
  const full = join(root, dir);
  return existsSync(full) ? readdirSync(full).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`) : [];
}

/** Reads the files the reports name; a missing one is left out and reported by the check. */
function readTexts(root: string, reports: unknown): Record<string, string> {
  const texts: Record<string, string> = {};
  if (!Array.isArray(reports)) return texts;
  for (const r of reports) {
    const file = (r as { file?: unknown })?.file;
    if (typeof file !== 'string' || !isSafeReportPath(file)) continue;
    const full = join(root, file);
    if (existsSync(full) && statSync(full).isFile()) texts[file] = readFileSync(full, 'utf8');
  }
  return texts;
}

export function readFolder(root: string): Folder {
  const problems: Problem[] = [];
  const single = Object.fromEntries(Object.entries(TABLES).map(([key, file]) => [key, existsSync(join(root, file)) || key !== 'info' ? readYaml(root, file, problems) : null])) as Record<keyof typeof TABLES, YamlFile | null>;
  const annotations = listYaml(root, 'annotations').map((f) => readYaml(root, f, problems)).filter((y): y is YamlFile => y !== null);
  const tours = listYaml(root, 'tours').map((f) => readYaml(root, f, problems)).filter((y): y is YamlFile => y !== null);

  // An annotation file is named for the report it annotates.
  annotations.forEach((y) => {
    const report = (y.data as { report?: unknown })?.report;
    if (typeof report === 'string' && y.file !== `annotations/${report}.yaml`) {
      problems.push({ code: 'UNKNOWN_REPORT', severity: 'error', path: [], file: y.file, where: y.where(['report']), message: `The file is named ${y.file.slice(12)} but annotates ${report}.`, fix: `Rename the file to ${report}.yaml, or correct its report id.` });
    }
  });

  const corpus: Corpus = {
    info: single.info?.data,
    reports: single.reports?.data ?? [],
    texts: readTexts(root, single.reports?.data),
    places: single.places?.data ?? [],
    asserters: single.asserters?.data ?? [],
    events: single.events?.data ?? [],
    annotations: annotations.map((y) => y.data),
    tours: tours.map((y) => y.data),
  };

  function locate(path: Path): { file: string; where: string } {
    const [table, index, ...rest] = path;
    const many = table === 'annotations' ? annotations : table === 'tours' ? tours : null;
    if (many && typeof index === 'number' && many[index]) {
      if (rest[0] === 'coverage') return { file: many[index].file, where: `report offsets ${String(rest[1]).replace('-', '–')}` };
      return { file: many[index].file, where: many[index].where(rest) };
    }
    const yaml = single[table as keyof typeof TABLES];
    if (yaml) return { file: yaml.file, where: yaml.where(path.slice(1)) };
    return { file: '', where: formatPath(path) };
  }
  return { corpus, problems, locate };
}
