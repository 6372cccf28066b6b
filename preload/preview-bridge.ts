import { buildApi, type Transport } from '../shared/contract/build-api';
import { events, methods, type PeaksendApi } from '../shared/contract/contract';
import { fail, type Result } from '../shared/contract/result';

/**
 * The browser preview's stand-in for the Electron preload: builds the same `window.peaksend`
 * from the shared contract, over a WebSocket to the preview host. The per-run secret comes from
 * the page URL that the host printed.
 */
type ServerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: string; payload: unknown };

function createWebSocketTransport(url: string): Transport {
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const queue: string[] = [];
  let nextId = 1;
  let open = false;
  let closed = false;
  const socket = new WebSocket(url);

  socket.addEventListener('open', () => {
    open = true;
    for (const m of queue.splice(0)) socket.send(m);
  });
  socket.addEventListener('close', () => {
    closed = true;
    for (const resolve of pending.values()) {
      resolve(
        fail('ENGINE_UNAVAILABLE', 'The preview host is not reachable. Restart `npm run web`.'),
      );
    }
    pending.clear();
  });
  socket.addEventListener('message', (e) => {
    const msg = JSON.parse(String(e.data)) as ServerMessage;
    if (msg.type === 'result') {
      pending.get(msg.id)?.(msg.result);
      pending.delete(msg.id);
    } else {
      for (const l of listeners.get(msg.name) ?? []) l(msg.payload);
    }
  });

  return {
    invoke(channel, input) {
      if (closed) {
        return Promise.resolve(fail('ENGINE_UNAVAILABLE', 'The preview host is not reachable.'));
      }
      const id = nextId++;
      const text = JSON.stringify({ type: 'call', id, channel, input });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (open) socket.send(text);
        else queue.push(text);
      });
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

const secret = new URLSearchParams(location.search).get('secret') ?? '';
const wsUrl = `ws://${location.host}/bridge?secret=${encodeURIComponent(secret)}`;
const api: PeaksendApi = buildApi(methods, events, createWebSocketTransport(wsUrl));
Object.defineProperty(window, 'peaksend', { value: Object.freeze(api), writable: false });
