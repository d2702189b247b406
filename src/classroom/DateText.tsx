/**
 * A date in words, set in its own direction: "10 March 2015" reads whole inside an Arabic line
 * (without it the day would be carried to the line's other end), and an Arabic date inside an
 * English one likewise.
 */
export function DateText({ children }: { children: string }) {
  return (
    <span className="date-words" dir="auto">
      {children}
    </span>
  );
}
