/** Only http: and https: addresses are ever links. (Apart from the checks, so the app's first screen needs no schema.) */
export function isWebAddress(url: string): boolean {
  if (!URL.canParse(url)) return false;
  return ['http:', 'https:'].includes(new URL(url).protocol);
}
