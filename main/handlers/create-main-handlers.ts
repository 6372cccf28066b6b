import type { Methods } from '../../shared/contract/contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { StreamService } from '../streams/stream-service';
import { campaignSendHandlers, campaignsPassThroughHandlers } from './campaigns-handlers';
import { contactsFileHandlers, contactsPassThroughHandlers } from './contacts-handlers';
import { handOverToEngine } from './engine-handover';
import { healthHandlers } from './health-handlers';
import { recoveryHandlers } from './recovery-handlers';
import { checkExternalUrl } from './external-links';
import type { MainPorts } from './main-ports';
import { sampleHandlers } from './sample-handlers';
import { settingsHandlers } from './settings-handlers';
import { streamRecordsHandlers } from './stream-records-handlers';
import { streamsHandlers } from './streams-handlers';
import { templatesHandlers } from './templates-handlers';

export interface MainSide {
  readonly handlers: Handlers<Methods>;
  /** Call when the engine reports it is up (first start and every restart). */
  onEngineUp(): Promise<void>;
}

/** Every main-side handler, wired to the given ports (see compose-main.ts for the whole wiring). */
export function createMainSide(ports: MainPorts): MainSide {
  const streamService = new StreamService(ports.streams, ports.vault, ports.confirm);
  const handlers: Handlers<Methods> = {
    'app:info': () => ({
      ...ports.info,
      engine: ports.engineState() === 'up' ? 'up' : 'down',
    }),
    'app:openExternal': async ({ url }) => {
      await ports.openExternal(checkExternalUrl(url));
    },
    ...healthHandlers(ports),
    ...recoveryHandlers(ports),
    ...streamsHandlers(ports, streamService),
    ...streamRecordsHandlers(ports),
    ...campaignsPassThroughHandlers(ports),
    ...campaignSendHandlers(ports, streamService),
    ...settingsHandlers(ports),
    ...sampleHandlers(ports),
    ...contactsPassThroughHandlers(ports),
    ...contactsFileHandlers(ports),
    ...templatesHandlers(ports),
    'files:choose': async (input) => {
      const path = await ports.chooseOpenPath(input?.title ?? 'Choose a CSV file');
      return path ? ports.files.register(path) : null;
    },
    'files:release': ({ fileId }) => ports.files.release(fileId),
  };
  return { handlers, onEngineUp: () => handOverToEngine(ports, streamService) };
}

/** The handlers alone, for tests that need no engine events. */
export function createMainHandlers(ports: MainPorts): Handlers<Methods> {
  return createMainSide(ports).handlers;
}
