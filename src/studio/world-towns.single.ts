/**
 * The single file has no world gazetteer: it would add 1.04 MB to the file, read with the page. Its
 * studio drafts with the project's gazetteer only (the towns of the map's region), and marks the
 * rest as unknown.
 */
export const loadWorldTowns = (): Promise<string | null> => Promise.resolve(null);
