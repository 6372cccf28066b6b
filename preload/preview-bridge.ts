import { buildApi, type Transport } from '../shared/contract/build-api';
import { events, methods, type PeaksendApi } from '../shared/contract/contract';
import type { ChosenFile } from '../shared/contract/files-contract';
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

/**
 * Sends a File to the host as one streamed HTTP PUT (the browser reads it from disk as it goes;
 * neither side holds it whole), authenticated by the per-run secret in a header.
 */
async function upload(file: File): Promise<Result<ChosenFile>> {
  try {
    const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'PUT',
      headers: { 'x-peaksend-secret': secret, 'content-type': 'application/octet-stream' },
      body: file,
    });
    return (await response.json()) as Result<ChosenFile>;
  } catch {
    return fail('ENGINE_UNAVAILABLE', 'The preview host is not reachable. Restart `npm run web`.');
  }
}

/** The preview has no native dialog: a file input stands in, and the bytes go to the host. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.txt,.tsv,text/csv,text/plain';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

const secret = new URLSearchParams(location.search).get('secret') ?? '';
const wsUrl = `ws://${location.host}/bridge?secret=${encodeURIComponent(secret)}`;
const transport = createWebSocketTransport(wsUrl);
const generated = buildApi(methods, events, transport);
const api: PeaksendApi = {
  ...generated,
  files: {
    ...generated.files,
    choose: async () => {
      const file = await pickFile();
      return file ? upload(file) : { ok: true, value: null };
    },
    fromDrop: upload,
  },
};
Object.defineProperty(window, 'peaksend', { value: Object.freeze(api), writable: false });
