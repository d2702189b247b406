/**
 * An arrow that means a direction in reading order: "back" points to where the reader came from,
 * "forward" to what comes next — left and right in English, mirrored in a right-to-left page.
 * Decorative: the button's words carry the meaning.
 */
const GLYPH = { back: '←', forward: '→' } as const;

export function Arrow({ to }: { to: keyof typeof GLYPH }) {
  return (
    <span className="reading-arrow" aria-hidden="true">
      {GLYPH[to]}
    </span>
  );
}
