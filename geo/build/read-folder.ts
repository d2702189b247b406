/**
 * Reads a data folder (geo/ or a fixture) into a corpus, and remembers which file and line each
 * entry came from, so that the core's problems (paths into the corpus) name a file and a line.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isSafeReportPath, type Corpus } from '../core/model/corpus.ts';
import { CODES, formatPath, type Path, type Problem } from '../core/model/problems.ts';
import { decodeText } from '../core/text/text-file.ts';
import { readYaml, type YamlFile } from './yaml-file.ts';

export interface Folder {
  corpus: Corpus;
  /** Problems met while reading (missing files, YAML syntax, encodings). */
  problems: Problem[];
  /**
   * Report files left out of corpus.texts for a reason already in `problems` (a folder, a link out
   * of the data folder, unreadable): the core's "does not exist" would only repeat it wrongly.
   */
  explained: Set<string>;
  /** Where a corpus path stands: its file and "line 12 (claims[3].quote)". */
  locate(path: Path): { file: string; where: string };
}

/**
 * The registries. Each is one list in `<name>.yaml`, continued by any files in `<name>.d/` (read in
 * name order): a report made in the studio arrives as a zip laid out like geo/, whose entries sit in
 * `reports.d/r004.yaml` and friends, so that unzipping it into geo/ adds a report without editing a
 * shared file.
 */
const TABLES = {
  reports: 'reports',
  places: 'places',
  asserters: 'asserters',
  events: 'events',
  later: 'later',
} as const;

/** Registries a data folder may leave out altogether (a map with no later-known notes). */
const OPTIONAL = new Set<string>(['later']);

/** A registry read from its main file and its fragments: one list, each entry traced to its file. */
interface Table {
  data: unknown[] | unknown;
  files: YamlFile[];
  /** Where an entry of the joined list stands: its file and its index there. */
  at(index: number): { file: YamlFile; index: number } | null;
}

function readTable(root: string, name: string, problems: Problem[]): Table {
  const absent = OPTIONAL.has(name) && !existsSync(join(root, `${name}.yaml`));
  const main = absent ? null : readYaml(root, `${name}.yaml`, problems);
  const parts = listYaml(root, `${name}.d`)
    .map((f) => readYaml(root, f, problems))
    .filter((y): y is YamlFile => y !== null);
  if (parts.length === 0) {
    return { data: main?.data ?? [], files: main ? [main] : [], at: (index) => (main ? { file: main, index } : null) };
  }
  const files = main ? [main, ...parts] : parts;
  const data: unknown[] = [];
  const from: { file: YamlFile; index: number }[] = [];
  for (const y of files) {
    if (y.data === null || y.data === undefined) continue;
    if (!Array.isArray(y.data)) {
      problems.push({
        code: 'SCHEMA_INVALID',
        severity: 'error',
        path: [],
        file: y.file,
        where: y.where([]),
        message: `${y.file} must be a list of entries (each starting with "- "), like ${name}.yaml.`,
        fix: `Write the file as a YAML list, as in ${name}.yaml.`,
        values: { case: 'yamlList', file: y.file, name },
      });
      continue;
    }
    y.data.forEach((entry: unknown, index: number) => {
      data.push(entry);
      from.push({ file: y, index });
    });
  }
  return { data, files, at: (index) => from[index] ?? null };
}

function listYaml(root: string, dir: string): string[] {
  const full = join(root, dir);
  return existsSync(full)
    ? readdirSync(full)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];
}

/**
 * Reads the files the reports name; a missing one is left out and reported by the check. Only a
 * regular file inside the data folder is ever opened: a path with ".." or an absolute one is left to
 * the core's BAD_REPORT_PATH, and a link that leads out of the folder is refused here.
 */
function readTexts(root: string, reports: Table, problems: Problem[], explained: Set<string>): Record<string, string> {
  const texts: Record<string, string> = {};
  if (!Array.isArray(reports.data)) return texts;
  const base = realpathSync(root);
  reports.data.forEach((r: unknown, i) => {
    const file = (r as { file?: unknown })?.file;
    if (typeof file !== 'string' || !isSafeReportPath(file) || Object.hasOwn(texts, file)) return;
    const full = join(root, file);
    if (!existsSync(full)) return;
    const problem = (code: Problem['code'], message: string, fix: string = CODES[code]) => {
      const at = reports.at(i);
      problems.push({
        code,
        severity: 'error',
        path: ['reports', i, 'file'],
        file: at?.file.file ?? 'reports.yaml',
        where: at?.file.where([at.index, 'file']) ?? '',
        message,
        fix,
        values: { case: 'build', file },
      });
      explained.add(file);
    };
    const real = realpathSync(full);
    if (real !== base && !real.startsWith(base + sep)) {
      return problem(
        'BAD_REPORT_PATH',
        `The report file ${file} is a link to ${real}, outside the data folder; it was not read.`,
        'Copy the report text into the data folder (reports/) instead of linking to it.',
      );
    }
    if (!statSync(full).isFile()) {
      return problem(
        'FILE_MISSING',
        `The report file ${file} is a folder, not a text file.`,
        "Name the report's .txt file, such as reports/r004.txt.",
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(full);
    } catch (error) {
      return problem(
        'FILE_MISSING',
        `The report file ${file} could not be read: ${error instanceof Error ? error.message : String(error)}.`,
        'Make the file readable (its permissions), or restore it from git.',
      );
    }
    const decoded = decodeText(bytes, file, 'report');
    problems.push(...decoded.problems);
    texts[file] = decoded.text;
  });
  return texts;
}

export function readFolder(root: string): Folder {
  const problems: Problem[] = [];
  const explained = new Set<string>();
  const hasInfo = existsSync(join(root, 'map.yaml'));
  const info = hasInfo ? readYaml(root, 'map.yaml', problems) : null;
  const tables = Object.fromEntries(Object.entries(TABLES).map(([key, name]) => [key, readTable(root, name, problems)])) as Record<
    keyof typeof TABLES,
    Table
  >;
  const annotations = listYaml(root, 'annotations')
    .map((f) => readYaml(root, f, problems))
    .filter((y): y is YamlFile => y !== null);
  const tours = listYaml(root, 'tours')
    .map((f) => readYaml(root, f, problems))
    .filter((y): y is YamlFile => y !== null);

  // An annotation file is named for the report it annotates.
  annotations.forEach((y) => {
    const report = (y.data as { report?: unknown })?.report;
    if (typeof report === 'string' && y.file !== `annotations/${report}.yaml`) {
      problems.push({
        code: 'UNKNOWN_REPORT',
        severity: 'error',
        path: [],
        file: y.file,
        where: y.where(['report']),
        message: `The file is named ${y.file.slice(12)} but annotates ${report}.`,
        fix: `Rename the file to ${report}.yaml, or correct its report id.`,
        values: { case: 'fileName', file: y.file, report },
      });
    }
  });

  const corpus: Corpus = {
    // null: there is a map.yaml, and its problem (unreadable YAML) is reported already.
    info: hasInfo && info === null ? null : info?.data,
    reports: tables.reports.data,
    texts: readTexts(root, tables.reports, problems, explained),
    places: tables.places.data,
    asserters: tables.asserters.data,
    events: tables.events.data,
    later: tables.later.data,
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
    if (table === 'info' && info) return { file: info.file, where: info.where(path.slice(1)) };
    const t = tables[table as keyof typeof TABLES] as Table | undefined;
    const at = t && typeof index === 'number' ? t.at(index) : null;
    if (at) return { file: at.file.file, where: at.file.where([at.index, ...rest]) };
    if (t?.files[0]) return { file: t.files[0].file, where: t.files[0].where(path.slice(1)) };
    return { file: '', where: formatPath(path) };
  }
  return { corpus, problems, explained, locate };
}
