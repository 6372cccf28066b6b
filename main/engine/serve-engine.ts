import type { Engine } from './engine';
import type { FromEngine, MessageEnd, ToEngine } from '../engine-contract/engine-protocol';

const ENGINE_CTX = { trusted: true, origin: 'main' } as const;

/** Connects an engine to a message channel: requests in, responses and events out. */
export function serveEngine(
  engine: Engine,
  end: MessageEnd<ToEngine, FromEngine>,
  onShutdown: () => void,
): void {
  engine.onEvent((name, payload) => end.post({ type: 'event', name, payload }));
  end.onMessage((message) => {
    switch (message.type) {
      case 'request':
        void engine.dispatch(message.method, message.input, ENGINE_CTX).then((result) => {
          end.post({ type: 'response', id: message.id, result });
        });
        return;
      case 'shutdown':
        void engine.close().finally(onShutdown);
        return;
    }
  });
  end.post({ type: 'ready', pid: process.pid });
}
