/** Reads a YAML file and remembers where each value stands, for problem messages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, type Path, type Problem } from '../core/problems.ts';

export interface YamlFile {
  file: string;
  data: unknown;
  /** "line 12 (claims[3].quote)" for a path into the data. */
  where(path: Path): string;
}

function lineOf(doc: Document, counter: LineCounter, path: Path): number | null {
  // Walk up the path until a node exists: a missing field is reported at its parent.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

/** Returns null (and records the problem) when the file is missing or not valid YAML. */
export function readYaml(root: string, file: string, problems: Problem[]): YamlFile | null {
  const full = join(root, file);
  const problem = (code: Problem['code'], where: string, message: string, fix: string) => problems.push({ code, severity: 'error', path: [], file, where, message, fix });
  if (!existsSync(full)) {
    problem('FILE_MISSING', '', `Expected the file ${file} in the data folder, found nothing.`, 'Create the file, or correct the path that names it.');
    return null;
  }
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(full, 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0].line ?? counter.linePos(error.pos[0]).line;
      problem('YAML_SYNTAX', `line ${line}`, error.message.split('\n')[0], 'Fix the YAML syntax at that line (indentation, a missing colon or quote).');
    }
    return null;
  }
  return {
    file,
    data: doc.toJS(),
    where(path) {
      const line = lineOf(doc, counter, path);
      const at = formatPath(path);
      return line === null ? at : `line ${line}${at ? ` (${at})` : ''}`;
    },
  };
}
