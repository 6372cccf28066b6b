import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The request's URL against the host's own origin, or null when it cannot be parsed
 * (`GET //[`): `new URL` throws on those, and a throw in a request or upgrade listener would end
 * the host — from an `<img>` on any web page, since the default port is predictable.
 */
export function parseRequestUrl(req: IncomingMessage, origin: string): URL | null {
  try {
    return new URL(req.url ?? '/', origin || 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/** Ends a request whose handler failed: 500 if nothing was sent yet, else a dropped socket. */
export function failResponse(res: ServerResponse): void {
  try {
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal error');
  } catch {
    res.destroy();
  }
}

/**
 * Wraps a handler so a throw or rejection costs that request a 500, never the host; answers
 * malformed request lines/headers itself (400, 431 for oversized headers) and ignores sockets
 * that break, since an 'error' event nobody listens to would be thrown.
 */
export function guardHttpServer(
  server: Server,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): void {
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res).catch(() => failResponse(res));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  server.on('connection', (socket: Socket) => socket.on('error', () => socket.destroy()));
  // Once listening, a server error (e.g. EMFILE on accept) must not end the host either.
  server.on('listening', () => server.on('error', () => {}));
}
