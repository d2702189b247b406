/**
 * A corpus: the authored data held in memory, as plain values not yet checked. The build reads it
 * from geo/ (YAML and text files); the browser makes one from an imported file or the studio.
 * `check` turns it into problems and checked entries; `compile` into the published format.
 */
export interface Corpus {
  /** The map's name, description and own vocabularies (geo/map.yaml); null when that file could not be read. */
  info: unknown;
  reports: unknown;
  /** Report texts by the `file` each report names, byte for byte. */
  texts: Readonly<Record<string, string>>;
  places: unknown;
  asserters: unknown;
  events: unknown;
  /** One entry per annotated report (geo/annotations/*.yaml). */
  annotations: readonly unknown[];
  /** One entry per tour (geo/tours/*.yaml). */
  tours: readonly unknown[];
  /** What was later known about the events (geo/later.yaml); left out, or empty, when there is none. */
  later?: unknown;
}

/** A report file must be named inside the data folder: no absolute path, no way out by "..". */
export function isSafeReportPath(file: string): boolean {
  if (file.startsWith('/') || file.startsWith('\\') || /^[a-zA-Z]:/.test(file) || file.includes('\0')) return false;
  return file.split(/[\\/]/).every((part) => part !== '..' && part !== '');
}
