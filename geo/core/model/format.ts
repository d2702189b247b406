/**
 * Raised when the shape of the tables changes; readers refuse a format they do not know.
 * 3: the `later` table (what was later known, with sources) and each tour step's `later`.
 * A map file of format 2 still opens: import/upgrade.ts brings it to this format.
 * Added within format 3, optional: places' and asserters' `names` in other languages, places'
 * `namesSource`, and each vocabulary term's `translations`. A map without them opens as before.
 * Apart from the schema (contract.ts), so that code can read it without loading zod.
 */
export const FORMAT = 3;
