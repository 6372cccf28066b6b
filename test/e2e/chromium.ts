import { existsSync } from 'node:fs';

/** Flags every headless run here needs (no sandbox as root, no calls home on a closed network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A system Chromium, never a downloaded one. CHROMIUM_PATH wins; otherwise the usual Debian and
 * Ubuntu locations. Fails with instructions instead of downloading a browser.
 */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No system Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium/Chrome binary. The tests never download a browser.',
    );
  }
  return found;
}
