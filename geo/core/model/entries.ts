/** Parses a list of entries one by one, so one bad entry does not hide the others. */
import type * as z from 'zod/mini';
import { type Path, type Problems } from './problems.ts';
import { describeIssue, issueValues, valueValues } from './schema-issues.ts';

export interface Entry<T> {
  value: T;
  /** The entry's path in the corpus, for later problems. */
  path: Path;
}

export function parseOne<T>(schema: z.ZodMiniType<T>, value: unknown, path: Path, problems: Problems): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.add('SCHEMA_INVALID', [...path, ...(issue.path as Path)], describeIssue(issue, value), issueValues(issue, value));
  }
  return null;
}

export function parseList<T>(schema: z.ZodMiniType<T>, values: unknown, path: Path, problems: Problems): Entry<T>[] {
  if (!Array.isArray(values)) {
    problems.add('SCHEMA_INVALID', path, `Expected a list of entries, found ${values === null ? 'null' : typeof values}.`, {
      case: 'notList',
      ...valueValues(values),
    });
    return [];
  }
  const entries: Entry<T>[] = [];
  values.forEach((raw, i) => {
    const value = parseOne(schema, raw, [...path, i], problems);
    if (value) entries.push({ value, path: [...path, i] });
  });
  return entries;
}

export type Indexed<T> = Map<string, Entry<T>>;

/** Indexes entries by id, reporting every id seen twice. */
export function indexById<T extends { id: string }>(
  entries: Entry<T>[],
  problems: Problems,
  where: (path: Path) => string = String,
): Indexed<T> {
  const byId: Indexed<T> = new Map();
  for (const entry of entries) {
    const first = byId.get(entry.value.id);
    if (first) {
      problems.add('DUPLICATE_ID', [...entry.path, 'id'], `The id "${entry.value.id}" is already used at ${where(first.path)}.`, {
        case: 'id',
        id: entry.value.id,
        at: where(first.path),
      });
    } else byId.set(entry.value.id, entry);
  }
  return byId;
}
