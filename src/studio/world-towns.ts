/**
 * The world gazetteer's text (geo/gazetteer/world-towns.tsv: GeoNames' towns of 1,000 people or
 * more), fetched only when the studio drafts: about 5.7 MB, 2.7 MB gzipped. The single-file build
 * swaps this module for world-towns.single.ts (none), so that one file does not carry it.
 */
export const loadWorldTowns = (): Promise<string | null> => import('../../geo/gazetteer/world-towns.tsv?raw').then((m) => m.default);
