/**
 * Limits on what a person can hand the app (a tour file, a shared link), enforced before any work
 * is done, so that an oversized input answers at once with a message naming the limit. Far above
 * any real lesson: the built-in tour has 14 steps of a few hundred characters. Plain numbers, apart
 * from the schema (schema.ts), so that the app can read them without loading zod.
 */
export const LIMITS = {
  tourSteps: 200,
  stepClaims: 50,
  titleChars: 300,
  captionChars: 2_000,
  notesChars: 10_000,
  tourFileBytes: 2_000_000,
  shareLinkChars: 100_000,
  /** A report text in the studio: a long feature is 60,000 characters; a book is not a report. */
  reportChars: 200_000,
} as const;
