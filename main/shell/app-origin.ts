/** The renderer is served from app://peaksend/ — a stable origin for sender checks and CSP. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'peaksend';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Node's URL reports origin "null" for non-special schemes, so compare scheme and host instead.
 */
export function isAppUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
