/**
 * Where a stream's token is sent, as an origin (`https://host[:port]`): the token is bound to
 * it, and an origin that is neither CommPeak's nor this computer's needs the user's explicit
 * "custom endpoint" confirmation.
 */
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The origin of a base URL, or null when it is not an http(s) address. */
export function originOf(baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.origin;
}

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOST.test(hostname);
}

/** CommPeak's own hosts over https, or this computer: no extra confirmation needed. */
export function isKnownEndpoint(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (isLoopbackHost(url.hostname)) return true;
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && (host === 'commpeak.com' || host.endsWith('.commpeak.com'));
}
