/**
 * Plain-language messages for schema problems: what was expected, what was found. zod/mini
 * ships no messages of its own (its English locale would cost more bytes than these lines).
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object (fields and values)',
  boolean: 'true or false',
  null: 'null',
  tuple: 'a list',
};

/** "text \"abc\"", "the number 3", "a list of 2", "nothing" */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v === 'number' ? 'the number ' : ''}${String(v)}`;
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

export function describeIssue(issue: Issue, root: unknown): string {
  const found = describeValue(valueAt(root, issue.path));
  switch (issue.code) {
    case 'invalid_type':
      return issue.path.length > 0 && valueAt(root, issue.path) === undefined
        ? `A required field is missing: expected ${typeWords[issue.expected] ?? issue.expected}.`
        : `Expected ${typeWords[issue.expected] ?? issue.expected}, found ${found}.`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${found}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `Expected at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}, found ${found}.`
        : issue.origin === 'string'
          ? `Expected at least ${issue.minimum} character${issue.minimum === 1 ? '' : 's'}, found ${found}.`
          : `Expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, found ${found}.`;
    case 'too_big': {
      const v = valueAt(root, issue.path);
      const size = typeof v === 'string' || Array.isArray(v) ? `${v.length.toLocaleString('en')}` : found;
      return `Expected at most ${issue.maximum.toLocaleString('en')}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' entries' : ''}, found ${size}.`;
    }
    case 'invalid_format':
      return `Expected ${issue.message && issue.message !== 'Invalid input' ? issue.message : issue.format}, found ${found}.`;
    case 'not_multiple_of':
      return `Expected a whole number, found ${found}.`;
    case 'custom':
      return `${issue.message && issue.message !== 'Invalid input' ? `It ${issue.message}` : 'Invalid value'}, found ${found}.`;
    default:
      return `Invalid value, found ${found}.`;
  }
}
