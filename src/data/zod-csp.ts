/**
 * The page's Content-Security-Policy forbids eval: zod must not even try its compiled fast path.
 * Imported by every module of the page that parses with zod (the map check, tours, the studio, an
 * import run in the page), so zod loads only with them, never at start.
 */
import { config } from 'zod/mini';

config({ jitless: true });
