import type { Methods } from '../../shared/contract/contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { StreamService } from '../streams/stream-service';
import { checkExternalUrl } from './external-links';
import type { MainPorts } from './main-ports';
import { streamsHandlers } from './streams-handlers';

/** Every main-side handler, wired to the given ports. Shared by the Electron shell and the preview. */
export function createMainHandlers(ports: MainPorts): Handlers<Methods> {
  const streamService = new StreamService(ports.streams, ports.vault);
  return {
    'app:info': () => ({
      ...ports.info,
      engine: ports.engine.currentState === 'up' ? 'up' : 'down',
    }),
    'app:openExternal': async ({ url }) => {
      await ports.openExternal(checkExternalUrl(url));
    },
    ...streamsHandlers(ports, streamService),
  };
}
