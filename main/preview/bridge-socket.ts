import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import type { Dispatch } from '../../shared/contract/dispatcher';
import { parseRequestUrl } from './guard-http';

export interface BridgeSocket {
  /** Sends one event to every connected page. */
  broadcast(name: string, payload: unknown): void;
  close(): void;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The only frame the page sends; anything else (null, arrays, strings, bad shapes) is ignored. */
const callFrame = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(200),
  input: z.unknown().optional(),
});

function refuse(socket: Duplex, status: string): void {
  try {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  } finally {
    socket.destroy();
  }
}

/**
 * The WebSocket under the preview's `window.peaksend`: only /bridge, only with this run's secret
 * and only from the page's own origin (another site open in the browser cannot connect). Calls
 * go to the main-side dispatcher; results and events go back as JSON. Nothing a client sends —
 * an unparsable upgrade URL, a broken handshake, a protocol error, a frame that is not a call —
 * can throw out of here: it costs that client its request or its connection.
 */
export function attachBridgeSocket(
  server: Server,
  options: { readonly secret: string; readonly origin: () => string; readonly dispatch: Dispatch },
): BridgeSocket {
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 200 * 1024 * 1024 });
  wss.on('error', () => {});

  server.on('upgrade', (req, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      const origin = options.origin();
      const url = parseRequestUrl(req, origin);
      if (url === null) return refuse(socket, '400 Bad Request');
      const okPath = url.pathname === '/bridge';
      const okSecret = sameSecret(url.searchParams.get('secret') ?? '', options.secret);
      const okOrigin = req.headers.origin === origin;
      if (!okPath || !okSecret || !okOrigin) return refuse(socket, '403 Forbidden');
      wss.handleUpgrade(req, socket, head, (ws) => {
        sockets.add(ws);
        // Protocol errors (unmasked or oversized frames, invalid UTF-8) end this connection only.
        ws.on('error', () => ws.terminate());
        ws.on('close', () => sockets.delete(ws));
        ws.on('message', (data: RawData, isBinary: boolean) => {
          if (isBinary) return;
          answer(ws, rawText(data)).catch(() => {});
        });
      });
    } catch {
      refuse(socket, '400 Bad Request');
    }
  });

  async function answer(ws: WebSocket, text: string): Promise<void> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const frame = callFrame.safeParse(json);
    if (!frame.success) return;
    const { id, channel, input } = frame.data;
    const ctx = { trusted: true, origin: 'preview-ws' };
    const result = await options.dispatch(channel, input, ctx);
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, result }));
  }

  return {
    broadcast: (name, payload) => {
      const text = JSON.stringify({ type: 'event', name, payload });
      for (const s of sockets) if (s.readyState === s.OPEN) s.send(text);
    },
    close: () => {
      for (const s of sockets) s.terminate();
      wss.close();
    },
  };
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
