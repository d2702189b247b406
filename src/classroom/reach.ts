/**
 * Whether students' phones can open this page's address: not a file on this computer (file://),
 * and not an address that names this computer only (localhost, 127.x.x.x, ::1, 0.0.0.0). The
 * QR code is offered only when they can; otherwise a sentence says why there is none.
 */
export type Unreachable = 'file' | 'loopback';

export function phonesCannotReach(where: { protocol: string; hostname: string }): Unreachable | null {
  if (where.protocol !== 'http:' && where.protocol !== 'https:') return 'file';
  const host = where.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\.\d+\.\d+\.\d+$/.test(host))
    return 'loopback';
  return null;
}
