/**
 * A stretch of a report's text, as offsets in UTF-16 code units (JavaScript string indices):
 * `start` inclusive, `end` exclusive. Every span of text in the project is this one type.
 */
export interface Span {
  start: number;
  end: number;
}
