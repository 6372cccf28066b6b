import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  contentSecurityPolicy,
  contentTypeOf,
  resolveAssetPath,
} from '../static/resolve-asset-path';
import { parseRequestUrl } from './guard-http';

export interface StaticFiles {
  /** Built renderer (vite output). */
  readonly rendererDir: string;
  /** Built preview bridge script, served as /preview-bridge.js. */
  readonly bridgeFile: string;
}

/**
 * Serves the built renderer, GET and HEAD only, with the app's CSP (plus the bridge's ws: origin)
 * and the bridge script injected first into index.html. `origin` is known once the port is.
 */
export function createStaticHandler(
  files: StaticFiles,
  origin: () => string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const url = parseRequestUrl(req, origin());
    if (url === null) {
      res.writeHead(400).end('Bad request');
      return;
    }
    const pathname = url.pathname;
    const file =
      pathname === '/preview-bridge.js'
        ? files.bridgeFile
        : resolveAssetPath(files.rendererDir, pathname);
    if (!file) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (file.endsWith('index.html')) {
        // Module scripts run in order, so the bridge defines window.peaksend before the app starts.
        body = body
          .toString('utf8')
          .replace(
            '<head>',
            '<head>\n    <script type="module" src="/preview-bridge.js"></script>',
          );
      }
      res.writeHead(200, {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': contentSecurityPolicy([origin().replace('http:', 'ws:')]),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  };
}
