import type {
  streamsMethods,
  TestSendResult,
  TestStatusResult,
} from '../../shared/contract/streams-contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { SANDBOX_STREAM_ID, type StreamHealth } from '../../shared/streams/stream-types';
import type { StreamService } from '../streams/stream-service';
import type { StreamUsage } from '../streams/stream-repository';
import { callEngine } from './call-engine';
import type { MainPorts } from './main-ports';

export const CLIPBOARD_CLEAR_SECONDS = 60;

interface UsageAnswer {
  readonly usage: Record<string, { lastUsedAt: string | null; health: StreamHealth | null }>;
  readonly campaignCounts: Record<string, number>;
}

async function usageFromEngine(ports: MainPorts): Promise<UsageAnswer | null> {
  // The list must still show when the engine is restarting; usage is then simply unknown.
  const result = await ports.engine.call('streams:usage', undefined);
  return result.ok ? (result.value as UsageAnswer) : null;
}

export function streamsHandlers(
  ports: MainPorts,
  service: StreamService,
): Handlers<typeof streamsMethods> {
  const changed = () => ports.emit('streams:changed', undefined);
  return {
    'streams:list': async () => {
      const answer = await usageFromEngine(ports);
      const usage = new Map<string, StreamUsage>(Object.entries(answer?.usage ?? {}));
      return service.list(usage);
    },
    'streams:storage': () => ports.vault.protection(),
    'streams:add': async (input) => {
      const view = await service.add(input);
      changed();
      return view;
    },
    'streams:update': async (input) => {
      const view = await service.update(input);
      changed();
      return view;
    },
    'streams:replaceToken': async ({ id, token, acceptUnprotected }) => {
      const view = await service.replaceToken(id, token, acceptUnprotected);
      changed();
      return view;
    },
    'streams:deleteInfo': async ({ id }) => {
      const answer = await usageFromEngine(ports);
      return { campaigns: answer?.campaignCounts[id] ?? 0 };
    },
    'streams:delete': async ({ id }) => {
      service.delete(id);
      changed();
    },
    'streams:reveal': async ({ id }) => ({ token: await service.token(id) }),
    'streams:copyToken': async ({ id }) => {
      const token = await service.token(id);
      await ports.clipboard.writeText(token);
      // Clear only if the user has not copied something else since.
      ports.schedule(CLIPBOARD_CLEAR_SECONDS * 1000, () => {
        void ports.clipboard
          .readText()
          .then((current) => (current === token ? ports.clipboard.writeText('') : undefined));
      });
      return { clearAfterSeconds: CLIPBOARD_CLEAR_SECONDS };
    },
    'streams:sendTest': async ({ id, phone, text, sender, defaultCountry }) => {
      const stream = await service.credentials(id);
      const result = await callEngine<TestSendResult>(ports.engine, 'streams:sendTest', {
        stream,
        phone,
        text,
        sender: sender && sender.length > 0 ? sender : stream.defaultSender,
        defaultCountry,
      });
      changed();
      return result;
    },
    'streams:testStatus': async ({ id, messageUuid }) => {
      const stream = await service.credentials(id);
      return callEngine<TestStatusResult>(ports.engine, 'streams:testStatus', {
        stream,
        messageUuid,
      });
    },
    'streams:setSandboxProfile': async ({ profile }) => {
      ports.streams.saveSandboxSettings({ ...ports.streams.sandboxSettings(), profile });
      await callEngine(ports.engine, 'sandbox:configure', { profile });
      changed();
      return service.view(SANDBOX_STREAM_ID);
    },
  };
}
