import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Dispatch } from '../../shared/contract/dispatcher';

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

/**
 * The WebSocket under the preview's `window.peaksend`: only /bridge, only with this run's secret
 * and only from the page's own origin (another site open in the browser cannot connect). Calls
 * go to the main-side dispatcher; results and events go back as JSON.
 */
export function attachBridgeSocket(
  server: Server,
  options: { readonly secret: string; readonly origin: () => string; readonly dispatch: Dispatch },
): BridgeSocket {
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 200 * 1024 * 1024 });

  server.on('upgrade', (req, socket, head) => {
    const origin = options.origin();
    const url = new URL(req.url ?? '/', origin);
    const okPath = url.pathname === '/bridge';
    const okSecret = sameSecret(url.searchParams.get('secret') ?? '', options.secret);
    const okOrigin = req.headers.origin === origin;
    if (!okPath || !okSecret || !okOrigin) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => void answer(ws, String(data)));
    });
  });

  async function answer(ws: WebSocket, text: string): Promise<void> {
    let msg: { type?: unknown; id?: unknown; channel?: unknown; input?: unknown };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return;
    }
    if (msg.type !== 'call' || typeof msg.id !== 'number') return;
    const ctx = { trusted: true, origin: 'preview-ws' };
    const result = await options.dispatch(msg.channel, msg.input, ctx);
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id: msg.id, result }));
  }

  return {
    broadcast: (name, payload) => {
      const text = JSON.stringify({ type: 'event', name, payload });
      for (const s of sockets) s.send(text);
    },
    close: () => {
      for (const s of sockets) s.terminate();
      wss.close();
    },
  };
}
