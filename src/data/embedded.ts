/**
 * Data carried inside the bundle. The normal build has none and fetches public/data/; the
 * single-file build (`vite build --mode single`) swaps this module for embedded-single.ts.
 */
export const embedded: { map: unknown; basemap: unknown } | null = null;
