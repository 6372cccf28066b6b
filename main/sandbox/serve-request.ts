import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { assertNever } from '../../shared/assert-never';
import type { ControlResult } from './handle-control';
import { json, type Reply } from './reply';
import type { IncomingCall } from './route-request';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Test-only ways into the request path. The engine runs the embedded sandbox in its own process,
 * so the isolation tests inject a handler that throws, rejects or writes a bad reply here.
 */
export interface SandboxHooks {
  /** Runs before routing; a result replaces the normal one. May throw or reject. */
  readonly onCall?: (
    call: IncomingCall,
  ) => ControlResult | undefined | Promise<ControlResult | undefined>;
  /** Told the base URL once the server listens. */
  readonly listening?: (baseUrl: string) => void;
}

/**
 * The request's URL, or null when no base makes it parseable (`GET //[`, or a `Host: [`
 * header): `new URL` throws on those, and an uncaught throw here would take the whole process
 * (for the embedded sandbox: the engine) down.
 */
export function requestUrl(req: IncomingMessage): URL | null {
  const raw = req.url ?? '/';
  for (const base of [`http://${req.headers.host ?? 'localhost'}`, 'http://localhost']) {
    try {
      return new URL(raw, base);
    } catch {
      // Try the next base; a Host header may be the unparseable part.
    }
  }
  return null;
}

/** The whole body, or null when it is over MAX_BODY_BYTES (the rest is read and dropped). */
export function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/** Ends a request that failed inside the sandbox: 500 if nothing was sent yet, else a drop. */
export function failRequest(res: ServerResponse): void {
  try {
    if (res.headersSent) res.destroy();
    else {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ detail: 'Internal Server Error' }));
    }
  } catch {
    res.destroy();
  }
}

/** Turns a reply into bytes (or silence, or a reset); a reply that cannot be written is a 500. */
export function writeReply(res: ServerResponse, reply: Reply): void {
  try {
    switch (reply.kind) {
      case 'json': {
        const text = JSON.stringify(reply.body);
        res.writeHead(reply.status, { ...reply.headers, 'Content-Type': 'application/json' });
        res.end(text);
        return;
      }
      case 'text':
        res.writeHead(reply.status, { ...reply.headers, 'Content-Type': reply.contentType });
        res.end(reply.text);
        return;
      case 'reset':
        res.socket?.resetAndDestroy();
        return;
      case 'hang':
        return;
      default:
        assertNever(reply);
    }
  } catch {
    failRequest(res);
  }
}

export const badRequest = json(400, { detail: 'Bad Request' });

/**
 * Errors outside any handler: a malformed request line or header (answered 400, or 431 for
 * oversized headers) and sockets that break. Without these listeners Node would either answer
 * for us or, for 'error' events, throw.
 */
export function guardServer(server: Server): void {
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
  // After `listen` succeeded, a server error (e.g. EMFILE on accept) must not crash the host.
  server.on('error', () => {});
}
