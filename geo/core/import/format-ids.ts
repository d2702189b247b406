/**
 * The import formats' ids, in the order the import tries them: a module of its own so that what
 * names the formats (the app's words for a problem) does not load their readers (papaparse, the
 * schema). formats.ts holds one reader per id, in this order (its test checks it).
 */
export const IMPORT_FORMAT_IDS = ['map', 'geojson', 'acled'] as const;
export type ImportFormatId = (typeof IMPORT_FORMAT_IDS)[number];
