import { describePauseReason, isNewsworthyPause } from '../../shared/campaigns/pause-reason';
import type { CampaignStatusEvent } from '../../shared/contract/campaigns-contract';
import type { Methods } from '../../shared/contract/contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { StreamService } from '../streams/stream-service';
import {
  campaignSendHandlers,
  passThroughHandlers,
  provideCredentials,
} from './campaigns-handlers';
import { contactsFileHandlers, contactsPassThroughHandlers } from './contacts-handlers';
import { checkExternalUrl } from './external-links';
import type { MainPorts } from './main-ports';
import { settingsHandlers } from './settings-handlers';
import { streamsHandlers } from './streams-handlers';

export interface MainSide {
  readonly handlers: Handlers<Methods>;
  /** Call when the engine reports it is up (first start and every restart). */
  onEngineUp(): Promise<void>;
  /** Call with every engine event before forwarding it to the renderer. */
  onEngineEvent(name: string, payload: unknown): void;
}

/** Every main-side handler, wired to the given ports. Shared by the Electron shell and the preview. */
export function createMainSide(ports: MainPorts): MainSide {
  const streamService = new StreamService(ports.streams, ports.vault);
  const handlers: Handlers<Methods> = {
    'app:info': () => ({
      ...ports.info,
      engine: ports.engine.currentState === 'up' ? 'up' : 'down',
    }),
    'app:openExternal': async ({ url }) => {
      await ports.openExternal(checkExternalUrl(url));
    },
    ...streamsHandlers(ports, streamService),
    ...passThroughHandlers(ports),
    ...campaignSendHandlers(ports, streamService),
    ...settingsHandlers(ports),
    ...contactsPassThroughHandlers(ports),
    ...contactsFileHandlers(ports),
    'files:choose': async (input) => {
      const path = await ports.chooseOpenPath(input?.title ?? 'Choose a CSV file');
      return path ? ports.files.register(path) : null;
    },
  };
  return {
    handlers,
    onEngineUp: () => provideCredentials(ports, streamService),
    onEngineEvent: (name, payload) => {
      if (name !== 'campaigns:status') return;
      const e = payload as CampaignStatusEvent;
      if (e.status === 'done') ports.notify('Campaign finished', `"${e.name}" has been sent.`);
      else if (e.status === 'paused' && isNewsworthyPause(e.pauseReason)) {
        ports.notify('Campaign paused', `"${e.name}": ${describePauseReason(e.pauseReason)}`);
      }
    },
  };
}

/** The handlers alone, for tests that need no engine events. */
export function createMainHandlers(ports: MainPorts): Handlers<Methods> {
  return createMainSide(ports).handlers;
}
