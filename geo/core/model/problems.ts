/**
 * A problem is data: what went wrong, where in the data (a path of keys and indexes), and how to
 * fix it. The checks collect every problem, then the caller fails once. Callers that know where
 * the data came from (the build's YAML files, an imported CSV) fill in `file` and `where`.
 */
export const CODES = {
  FILE_MISSING: 'Create the file, or correct the path that names it.',
  BAD_REPORT_PATH: 'Name the report file by a path inside the data folder, such as reports/r004.txt.',
  YAML_SYNTAX: 'Fix the YAML syntax at that line (indentation, a missing colon or quote).',
  SCHEMA_INVALID: 'Give the field the shape geo/README.md describes.',
  DUPLICATE_ID: 'Give each entry its own id; ids are stable slugs, so rename the newer one.',
  COORDINATE_OUT_OF_RANGE: 'Write lngLat as [longitude, latitude]: longitude in -180..180, latitude in -90..90.',
  UNKNOWN_PLACE: 'Use an id from geo/places.yaml, add the place there, or write place: null.',
  UNKNOWN_ASSERTER: 'Use an id from geo/asserters.yaml, or add the asserter there.',
  UNKNOWN_EVENT: 'Use an id from geo/events.yaml, or add the event there.',
  UNKNOWN_REPORT: 'Use a report id from geo/reports.yaml.',
  UNKNOWN_CLAIM: 'Name an existing claim id (any report) in the relation.',
  INVALID_DATE: 'Write a real calendar date as YYYY-MM-DD (or an interval YYYY-MM-DD/YYYY-MM-DD).',
  REVERSED_DATES: 'Put the earlier date first: start must not be after end.',
  DATE_PRECISION_MISMATCH: 'day: start = end; month: the first to the last day of one month; range: start before end.',
  WEEKDAY_MISMATCH: 'Name the weekday in the note and check the date with new Date(d).getUTCDay().',
  BAD_URL: 'Write a full http:// or https:// address.',
  QUOTE_NOT_FOUND: 'Copy the quote from the report byte for byte (curly quotes, dashes, \\u00A0 spaces).',
  QUOTE_AMBIGUOUS: 'Add a prefix (the text just before) or a suffix (just after) so that one place matches.',
  QUOTE_OFFSET_MISMATCH: 'Give start and end (UTF-16 code units) where the quote stands in the report, or leave them out.',
  CHAIN_NOT_FROM_OUTLET: "Start the asserters chain with the report's outlet (outlet_asserter in reports.yaml).",
  STANCE_HEDGES_MISMATCH: 'List hedges (words found in the quote) for stance: hedged, and none for other stances.',
  CUE_NOT_IN_CONTEXT: "Use the reporting words as they stand in the claim's paragraph, or write cue: null.",
  EVENT_WITHOUT_CLAIMS: 'Point at least one claim at the event, or remove the event.',
  UNCOVERED_TEXT: 'Cover the words with a claim, widen a neighbouring quote, or mark them under not_claims.',
  REPORT_NOT_ANNOTATED: 'Add geo/annotations/<report id>.yaml for the report.',
  VOCABULARY_MISSING: "Add the term to the map's meta.vocabularies (with its label), or use one it defines.",
  SELF_RELATION: 'A claim cannot relate to itself: name the other claim.',
  RELATION_CYCLE:
    'Keep the update that runs forward in time (the later claim updates the earlier) and remove the other, or make it corroborates or contradicts.',
  UNKNOWN_TOUR_TARGET: 'Point the tour step at an existing event or claim id.',
  FORMAT_UNSUPPORTED: 'Export the map again from this version of the app, or open it in the version that made it.',
  IMPORT_FORMAT_UNKNOWN:
    "Open this app's map file (.json), a GeoJSON FeatureCollection of events, or an ACLED-style CSV with its header row.",
  IMPORT_COLUMN_MISSING: 'Add the column to the header row (row 1), named as in an ACLED export, such as event_date or notes.',
  IMPORT_ROW_INVALID: 'Correct or fill in the cell the message names, or delete the row to import the others.',
  IMPORT_LINE_ENDINGS_MIXED: 'Re-save the file with one kind of line ending (most spreadsheets and editors do when they save it again).',
  NOT_UTF8: 'Re-save the file as UTF-8 (in most editors: Save as… › Encoding › UTF-8).',
  BYTE_ORDER_MARK: 'Re-save the file as UTF-8 without a byte-order mark (BOM): report texts are published byte for byte.',
  CRLF_LINE_ENDINGS: 'Re-save the report with LF (Unix) line endings; if it must keep CRLF, write each line break in a quote as \\r\\n.',
  INVISIBLE_CHARACTER: 'Delete the invisible character: retype the quote there, or copy it again from the report text.',
  DUPLICATE_KEY: 'Keep one of the two keys in the mapping: merge their values, or rename the one meant as another field.',
  YAML_TAG: 'Remove the tag (!!… or !…) and write the value as plain text, in quotes if it holds a colon or a #.',
  YAML_LIMIT: 'Write the values out instead of repeating aliases (*name), and nest lists and mappings only as deep as geo/README.md shows.',
  REPORT_ID_IN_TEXT: 'Name the report by its outlet (as reports.yaml gives it), not by its id: readers never see ids.',
  LATER_WITHOUT_SOURCE: 'Cite at least one source you read, with its outlet, title, date (YYYY-MM-DD) and url.',
  LATER_BEFORE_CLAIMS:
    'Cite a source published after every claim about the note’s events (and set known after them), or attach the note to other events.',
  LATER_KNOWN_AFTER_SOURCES: 'Set known to when the fact became known: no later than the earliest source that reports it.',
  LATER_QUOTE_TOO_LONG: 'Say it in your own words: quote at most eight words of a source, in quotation marks.',
  LATER_NOT_FOUND: "Add a note about the step's event to geo/later.yaml, or write later: false on the step.",
  NAMES_WITHOUT_SOURCE:
    'Say in names_source where the names come from: "GeoNames <id>, alternate names" (the place\'s own id), or another published source.',
  NAME_WRONG_SCRIPT:
    'Write the name in the script of its language (Arabic letters for ar), as the source lists it, or null where the source has none.',
  VOCABULARY_WORDS_MISSING:
    'Give the term its words in that language under translations (label, and hint and short where the English has them).',
  PLACE_MISPLACED: "Check lngLat ([longitude, latitude]) against GeoNames or a map; if the point is right, correct the place's country.",
} as const;

export type Code = keyof typeof CODES;
export type Path = readonly (string | number)[];

/**
 * What a problem's words are made of: the ids, quotes, numbers and dates it names, and for a code
 * that is said several ways, `case`. The app words a problem from its message catalogue
 * (`problem.<CODE>.message` and `.fix`, these values as ICU placeholders); `message` and `fix`
 * below are the same in English for the build's terminal and the CLI.
 */
export type ProblemValues = Readonly<Record<string, string | number>>;

export interface Problem {
  code: Code;
  /** Errors stop the build (and an import); warnings are shown and let it go on. */
  severity: 'error' | 'warning';
  /** Where in the in-memory data, e.g. ["annotations", 2, "claims", 3, "quote"]. */
  path: Path;
  /** The file it came from, relative to the data folder, when there is one. */
  file: string;
  /** A line (or row and column) and a path inside the file, e.g. "line 42 (claims[3].quote)". */
  where: string;
  /** What was expected and what was found. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** The message's and the fix's values, for wording it in any language (see ProblemValues). */
  values: ProblemValues;
}

/** "claims[3].quote" */
export function formatPath(path: Path): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
}

export class Problems {
  readonly list: Problem[] = [];

  add(
    code: Code,
    path: Path,
    message: string,
    values: ProblemValues = {},
    fix: string = CODES[code],
    severity: Problem['severity'] = 'error',
  ): void {
    this.list.push({ code, severity, path, file: '', where: formatPath(path), message, fix, values });
  }

  warn(code: Code, path: Path, message: string, values: ProblemValues = {}, fix: string = CODES[code]): void {
    this.add(code, path, message, values, fix, 'warning');
  }

  get errors(): number {
    return this.list.filter((p) => p.severity === 'error').length;
  }
}

export function formatProblem(p: Problem): string {
  const at = [p.file, p.where].filter(Boolean).join(': ');
  return `${p.severity === 'warning' ? 'warning ' : ''}${p.code}  ${at}\n  ${p.message}\n  fix: ${p.fix}`;
}
