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

/** What describeValue says, as values: `foundKind` (nothing, null, text, number, boolean, list, object), `found`, `foundCount`. */
export function valueValues(v: unknown): Record<string, string | number> {
  if (v === undefined) return { foundKind: 'nothing' };
  if (v === null) return { foundKind: 'null' };
  if (typeof v === 'string') return { foundKind: 'text', found: JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v) };
  if (typeof v === 'number') return { foundKind: 'number', found: String(v) };
  if (typeof v === 'boolean') return { foundKind: 'boolean', found: String(v) };
  if (Array.isArray(v)) return { foundKind: 'list', foundCount: v.length };
  return { foundKind: 'object' };
}

/** The schema's own words for a format or a rule, as ids the catalogue words ("slug", "date", "blank"). */
const RULE_IDS: Record<string, string> = {
  'a lowercase slug such as "tikrit" or "r003-c12"': 'slug',
  'a date YYYY-MM-DD': 'date',
  'must not be blank': 'blank',
};

/**
 * describeIssue's message as values (problem.SCHEMA_INVALID's `case` and what it names), so the app
 * words it in the reader's language.
 */
export function issueValues(issue: Issue, root: unknown): Record<string, string | number> {
  const value = valueAt(root, issue.path);
  const found = valueValues(value);
  switch (issue.code) {
    case 'invalid_type':
      return issue.path.length > 0 && value === undefined
        ? { case: 'missing', expected: issue.expected }
        : { case: 'type', expected: issue.expected, ...found };
    case 'invalid_value':
      return { case: 'oneOf', options: issue.values.map((v) => JSON.stringify(v)).join(', '), ...found };
    case 'unrecognized_keys':
      return { case: 'unknownKeys', keys: issue.keys.map((k) => JSON.stringify(k)).join(', '), n: issue.keys.length };
    case 'too_small':
      return {
        case:
          issue.origin === 'array'
            ? 'tooFewEntries'
            : issue.origin === 'string'
              ? 'tooFewChars'
              : issue.inclusive
                ? 'tooSmall'
                : 'notMoreThan',
        n: Number(issue.minimum),
        ...found,
      };
    case 'too_big':
      return typeof value === 'string' || Array.isArray(value)
        ? { case: 'tooBigCount', max: Number(issue.maximum), unit: issue.origin, size: value.length }
        : { case: 'tooBig', max: Number(issue.maximum), unit: issue.origin, ...found };
    case 'invalid_format': {
      const rule = issue.message && issue.message !== 'Invalid input' ? issue.message : issue.format;
      return { case: 'format', rule: RULE_IDS[rule] ?? rule, ...found };
    }
    case 'not_multiple_of':
      return { case: 'whole', ...found };
    case 'custom':
      return issue.message && issue.message !== 'Invalid input'
        ? { case: 'custom', rule: RULE_IDS[issue.message] ?? issue.message, ...found }
        : { case: 'invalid', ...found };
    default:
      return { case: 'invalid', ...found };
  }
}
