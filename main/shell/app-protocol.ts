import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import {
  contentSecurityPolicy,
  contentTypeOf,
  resolveAssetPath,
} from '../static/resolve-asset-path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before `ready`: makes app:// a standard, secure origin (no bypassCSP). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `root`: GET only, our host only, no path escaping the root.
 * The CSP is sent as a header so it also covers the initial document.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = resolveAssetPath(root, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': contentSecurityPolicy(),
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
