/**
 * Raised when the shape of the tables changes; readers refuse a format they do not know.
 * 3: the `later` table (what was later known, with sources) and each tour step's `later`.
 * Added within format 3, optional: places' and asserters' `names` in other languages, places'
 * `namesSource`, and each vocabulary term's `translations`. A map without them opens as before.
 * 4: kinds of voice and affiliations are the map's own (meta.vocabularies.kind and .affiliation
 * declare them; an asserter's kind and affiliation are ids of those, no longer a closed list), and
 * an event may name its parties (`actors`, asserter ids). A file of format 3 (or 2) still opens:
 * import/upgrade.ts brings it to this format (for 3, its meta already lists the terms it uses).
 * Added within format 4, optional: `translations` of the map's own words (meta's title and
 * description, events' title and summary, tours' title and description, steps' caption and notes,
 * later-known notes). A reader that does not know them drops them (the contract's objects are not
 * strict) and shows the original, so a map with them still opens in an older app, and one without
 * them opens here as before: no new format, no upgrade step.
 * Apart from the schema (contract.ts), so that code can read it without loading zod.
 */
export const FORMAT = 4;
