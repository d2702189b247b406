/**
 * How a chain of asserters is written as text, outermost first: "Outlet › Relay › Source".
 * The one place the separator is chosen: the app, the studio and every export use it.
 */
export const CHAIN_SEPARATOR = ' › ';

export function chainText(names: readonly string[]): string {
  return names.join(CHAIN_SEPARATOR);
}
