/**
 * The world basemap carried inside the bundle. The normal build has none and fetches
 * data/basemap-world.topojson after the first markers; the single-file build swaps this module
 * for world-embedded.single.ts, which carries the file's text (parsed only when it is drawn).
 */
export const embeddedWorld: string | null = null;
