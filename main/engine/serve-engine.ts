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
  const handle = (message: ToEngine) => {
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
  };
  // Each message in its own turn of the event loop. Messages that arrive in one chunk (the
  // Campaigns page's first four requests) are delivered in one turn; dispatched there, every
  // handler's synchronous part ran before any answer was posted, so the 3 ms campaigns:list
  // waited for the 150 ms contacts:lists behind it. A turn each lets an answer out first.
  end.onMessage((message) => setImmediate(() => handle(message)));
  end.post({ type: 'ready', pid: process.pid });
}
