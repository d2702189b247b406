/**
 * Data carried inside the bundle. The normal build has none and fetches public/data/; the
 * single-file build (`vite build --mode single`) swaps this module for embedded-single.ts.
 */
import type { Data } from './load';

export const embedded: Data | null = null;
