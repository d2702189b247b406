/**
 * Reads a YAML file and remembers where each value stands, for problem messages.
 *
 * Everything a YAML file can do wrong ends in a problem with its line, never in an exception or in
 * a value nobody wrote:
 * - bytes that are not UTF-8 → NOT_UTF8 (text-file.ts); the file is still read;
 * - a syntax error → YAML_SYNTAX; the file is not read (its data would be a guess);
 * - a key written twice in one mapping → DUPLICATE_KEY at the second one; the file is still read
 *   (the last value wins, as in the yaml package), so its other problems are found too instead of
 *   every reference into the file failing;
 * - a tag (`!!js/function`, `!foo`, `!!timestamp`, `!!binary`, `!!set`…) → YAML_TAG; the value is
 *   read as the plain text it shows, never as a Date, a Buffer or a Set;
 * - an alias bomb ("billion laughs") or nesting deeper than any entry needs → YAML_LIMIT; the file
 *   is not read.
 * The schema is YAML 1.2 core, also under a `%YAML 1.1` directive: 2015-03-02 and
 * 2015-03-02T10:00:00 stay strings (the checks then say if they are not dates), yes/no stay words.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Document,
  type Node,
} from 'yaml';
import { CODES, formatPath, type Code, type Path, type Problem } from '../core/model/problems.ts';
import { decodeText } from '../core/text/text-file.ts';

export interface YamlFile {
  file: string;
  data: unknown;
  /** "line 12 (claims[3].quote)" for a path into the data. */
  where(path: Path): string;
}

/** The entries nest four or five levels (annotations › claims › [3] › relations › [0]); no data needs 64. */
export const MAX_DEPTH = 64;
/** The yaml package's own default: an alias may stand for at most this many nodes. */
export const MAX_ALIAS_COUNT = 100;

/** The tags of YAML 1.2's core schema, which only say what plain YAML says anyway. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function lineOf(doc: Document, counter: LineCounter, path: Path): number | null {
  // Walk up the path until a node exists: a missing field is reported at its parent.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

interface Walked {
  node: Node | null | undefined;
  path: Path;
  depth: number;
  /** Puts another node in this one's place (for a tagged value read as plain text). */
  replace(node: Node): void;
}

/**
 * Looks at every node once, without recursion (a deep file must not overflow the stack) and
 * without following aliases (an alias bomb stays small here): duplicate keys, tags, depth.
 */
function inspect(
  doc: Document,
  text: string,
  counter: LineCounter,
  problem: (code: Code, line: number, at: Path, message: string) => void,
): { tooDeep: boolean; firstAlias: number | null } {
  const line = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line : 1;
  let firstAlias: number | null = null;
  const stack: Walked[] = [{ node: doc.contents as Node | null, path: [], depth: 0, replace: (n) => (doc.contents = n as never) }];
  while (stack.length > 0) {
    const { node, path, depth, replace } = stack.pop()!;
    if (!node) continue;
    if (depth > MAX_DEPTH) {
      problem(
        'YAML_LIMIT',
        line(node),
        path,
        `The data nests more than ${MAX_DEPTH} levels deep here (lists or mappings inside each other); no entry of the format needs more than six.`,
      );
      return { tooDeep: true, firstAlias };
    }
    if (isAlias(node)) {
      firstAlias = Math.min(firstAlias ?? Infinity, line(node));
      continue;
    }
    const tag = node.tag;
    if (tag && !PLAIN_TAGS.has(tag) && tag !== '!') {
      const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
      problem(
        'YAML_TAG',
        line(node),
        path,
        `The value has the tag ${shown}; the data format has no tags, so it is read as the plain text it shows${isScalar(node) ? ` (${JSON.stringify(text.slice(node.range![0], node.range![1]))})` : ''}.`,
      );
      if (isScalar(node)) {
        const plain = new Scalar(typeof node.value === 'string' ? node.value : text.slice(node.range![0], node.range![1]));
        plain.range = node.range;
        plain.anchor = node.anchor;
        replace(plain);
      } else if (isMap(node) || isSeq(node)) {
        const plain = isMap(node) ? new YAMLMap() : new YAMLSeq();
        plain.items = node.items as never;
        plain.range = node.range;
        plain.anchor = node.anchor;
        replace(plain);
        stack.push({ node: plain, path, depth, replace });
        continue;
      }
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value ?? '') : null;
        if (name !== null) {
          const first = seen.get(name);
          if (first !== undefined) {
            problem(
              'DUPLICATE_KEY',
              line(key),
              [...path, name],
              `The key "${name}" is written twice in this mapping (first at line ${first}); only one of the two values can count.`,
            );
          } else seen.set(name, line(key));
        }
        if (key) stack.push({ node: key, path, depth: depth + 1, replace: (n) => (pair.key = n) });
        stack.push({
          node: pair.value as Node | null,
          path: name === null ? path : [...path, name],
          depth: depth + 1,
          replace: (n) => (pair.value = n),
        });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) =>
        stack.push({ node: item as Node | null, path: [...path, i], depth: depth + 1, replace: (n) => (node.items[i] = n) }),
      );
    }
  }
  return { tooDeep: false, firstAlias };
}

/** Returns null (and records the problem) when the file is missing or cannot be read as data. */
export function readYaml(root: string, file: string, problems: Problem[]): YamlFile | null {
  const full = join(root, file);
  const problem = (code: Code, where: string, message: string, fix: string = CODES[code], severity: Problem['severity'] = 'error') =>
    problems.push({ code, severity, path: [], file, where, message, fix, values: { case: 'build', file } });
  if (!existsSync(full)) {
    problem('FILE_MISSING', '', `Expected the file ${file} in the data folder, found nothing.`);
    return null;
  }
  if (!statSync(full).isFile()) {
    problem(
      'FILE_MISSING',
      '',
      `Expected the file ${file} in the data folder, found a folder of that name.`,
      'Replace the folder by the YAML file, or rename it so that its name does not end in .yaml.',
    );
    return null;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    problem(
      'FILE_MISSING',
      '',
      `The file ${file} could not be read: ${error instanceof Error ? error.message : String(error)}.`,
      'Make the file readable (its permissions), or restore it from git.',
    );
    return null;
  }
  const decoded = decodeText(bytes, file, 'yaml');
  problems.push(...decoded.problems);
  const text = decoded.text;

  const counter = new LineCounter();
  const lineAt = (pos: number) => counter.linePos(pos).line;
  const atLine = (line: number, at: Path = []) => `line ${line}${at.length ? ` (${formatPath(at)})` : ''}`;
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false, schema: 'core' });
  } catch (error) {
    // The parser turns a stack overflow into an error of its own; this is for anything it does not.
    problem('YAML_LIMIT', '', `The file could not be read as YAML: ${error instanceof Error ? error.message : String(error)}.`);
    return null;
  }
  if (doc.errors.length > 0) {
    // Past a few hundred levels of nesting the parser stops with an error per level: one problem says it.
    const exhausted = doc.errors.filter((e) => e.code === 'RESOURCE_EXHAUSTION');
    if (exhausted.length > 0) {
      const first = Math.min(...exhausted.map((e) => e.pos[0]));
      problem(
        'YAML_LIMIT',
        atLine(lineAt(first)),
        `The lists or mappings from line ${lineAt(first)} on nest inside each other too deeply for the parser (hundreds of levels or more; no entry needs more than six); the file is not read.`,
      );
      return null;
    }
    for (const error of doc.errors) {
      problem('YAML_SYNTAX', atLine(lineAt(error.pos[0])), error.message.split('\n')[0]);
    }
    return null;
  }
  for (const warning of doc.warnings) {
    // Unknown tags are reported below, with the value they stand on.
    if (warning.code !== 'TAG_RESOLVE_FAILED')
      problem('YAML_SYNTAX', atLine(lineAt(warning.pos[0])), warning.message.split('\n')[0], CODES.YAML_SYNTAX, 'warning');
  }

  const found: { code: Code; line: number; at: Path; message: string }[] = [];
  const { tooDeep, firstAlias } = inspect(doc, text, counter, (code, line, at, message) => found.push({ code, line, at, message }));
  for (const f of found.sort((a, b) => a.line - b.line)) problem(f.code, atLine(f.line, f.at), f.message);
  if (tooDeep) return null;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      problem(
        'YAML_LIMIT',
        atLine(firstAlias ?? 1),
        `The aliases (*name) from line ${firstAlias ?? 1} on repeat their anchors' values past the limit of ${MAX_ALIAS_COUNT} per anchor, so they would grow into a huge amount of data (a "billion laughs"); the file is not read.`,
      );
    } else {
      problem('YAML_SYNTAX', '', `The file could not be read as data: ${message}.`);
    }
    return null;
  }
  return {
    file,
    data,
    where(path) {
      const line = lineOf(doc, counter, path);
      const at = formatPath(path);
      return line === null ? at : `line ${line}${at ? ` (${at})` : ''}`;
    },
  };
}
