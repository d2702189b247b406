/**
 * The world gazetteer's text (geo/gazetteer/world-towns.tsv: 25,462 GeoNames towns), fetched only
 * when the studio drafts: 1.04 MB, 0.55 MB gzipped. The single-file build swaps this module for
 * world-towns.single.ts (none), so that one file does not carry it.
 */
export const loadWorldTowns = (): Promise<string | null> => import('../../geo/gazetteer/world-towns.tsv?raw').then((m) => m.default);
