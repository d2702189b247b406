/**
 * Punctuation between the pieces of a line, the same in every language the app speaks: not words,
 * so not in the catalogue (its words around them are).
 */
export const SPACE = ' ';
/** Between the parts of a line: "Tikrit · 2 March 2015". */
export const DOT = ' · ';
/** The cue that more follows below. */
export const MORE = '▼ ';
/** Moving a step up or down the list (vertical: the same in either direction of writing). */
export const UP = '↑';
export const DOWN = '↓';
