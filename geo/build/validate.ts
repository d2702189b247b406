/** Parses a list of entries one by one, so one bad entry does not hide the others. */
import type { z } from 'zod';
import type { Problems } from './problems.ts';
import { formatPath, type Path, type YamlFile } from './yaml-file.ts';

export interface Entry<T> {
  value: T;
  /** The entry's path in its file, for later problems. */
  path: Path;
}

function describe(issue: z.core.$ZodIssue): string {
  const at = formatPath(issue.path as Path);
  return `${at ? `${at}: ` : ''}${issue.message}`;
}

export function parseOne<T>(schema: z.ZodType<T>, value: unknown, yaml: YamlFile, path: Path, problems: Problems): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.add('SCHEMA_INVALID', yaml.file, yaml.where([...path, ...(issue.path as Path)]), describe(issue));
  }
  return null;
}

export function parseList<T>(
  schema: z.ZodType<T>,
  values: unknown,
  yaml: YamlFile,
  path: Path,
  problems: Problems,
): Entry<T>[] {
  if (!Array.isArray(values)) {
    problems.add('SCHEMA_INVALID', yaml.file, yaml.where(path), `Expected a list of entries, found ${typeof values}.`);
    return [];
  }
  const entries: Entry<T>[] = [];
  values.forEach((raw, i) => {
    const value = parseOne(schema, raw, yaml, [...path, i], problems);
    if (value) entries.push({ value, path: [...path, i] });
  });
  return entries;
}

/** Indexes entries by id, reporting every id seen twice (in any of the given files). */
export function indexById<T extends { id: string }>(
  lists: { yaml: YamlFile; entries: Entry<T>[] }[],
  problems: Problems,
): Map<string, Entry<T> & { yaml: YamlFile }> {
  const byId = new Map<string, Entry<T> & { yaml: YamlFile }>();
  for (const { yaml, entries } of lists) {
    for (const entry of entries) {
      const first = byId.get(entry.value.id);
      if (first) {
        problems.add(
          'DUPLICATE_ID',
          yaml.file,
          yaml.where([...entry.path, 'id']),
          `The id "${entry.value.id}" is already used at ${first.yaml.file}: ${first.yaml.where([...first.path, 'id'])}.`,
        );
      } else byId.set(entry.value.id, { ...entry, yaml });
    }
  }
  return byId;
}
