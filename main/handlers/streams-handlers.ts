import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import { unwrap } from '../../shared/contract/result';
import type { streamsMethods } from '../../shared/contract/streams-contract';
import { SANDBOX_STREAM_ID } from '../../shared/streams/stream-types';
import type { StreamUsage, StreamUsageAnswer } from '../engine-contract/engine-streams-contract';
import type { StreamService } from '../streams/stream-service';
import type { MainPorts } from './main-ports';
import { tokenAccessGate } from './token-access';

export const CLIPBOARD_CLEAR_SECONDS = 60;

async function usageFromEngine(ports: MainPorts): Promise<StreamUsageAnswer | null> {
  // The list must still show when the engine is restarting; usage is then simply unknown.
  const result = await ports.engine.streams.usage();
  return result.ok ? result.value : null;
}

export function streamsHandlers(
  ports: MainPorts,
  service: StreamService,
): Handlers<typeof streamsMethods> {
  const changed = () => ports.emit('streams:changed', undefined);
  // The token is decrypted only after the gate said yes: a refusal leaves it sealed.
  const gate = tokenAccessGate(ports);
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
      const sending = await ports.engine.campaigns.sendingVia({ streamId: id });
      return {
        campaigns: answer?.campaignCounts[id] ?? 0,
        sending: sending.ok ? sending.value : [],
      };
    },
    'streams:delete': async ({ id }) => {
      // Campaigns sending through it pause first (and say why); if that fails nothing is deleted,
      // so no run goes on with a token the user believes gone.
      unwrap(
        await ports.engine.campaigns.pauseForDeletedStream({
          streamId: id,
          streamName: service.record(id).name,
        }),
      );
      service.delete(id);
      changed();
    },
    'streams:reveal': async ({ id }) => {
      await gate('show', service.record(id).name);
      return { token: await service.token(id) };
    },
    'streams:copyToken': async ({ id }) => {
      await gate('copy', service.record(id).name);
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
      const result = await ports.engine.streams.sendTest({
        stream,
        phone,
        text,
        sender: sender && sender.length > 0 ? sender : stream.defaultSender,
        defaultCountry,
      });
      // Only a call that reached the API changes the status dot.
      if (result.ok) changed();
      return forward(result);
    },
    'streams:testStatus': async ({ id, messageUuid }) => {
      const stream = await service.credentials(id);
      return forward(ports.engine.streams.testStatus({ stream, messageUuid }));
    },
    'streams:setSandboxProfile': async ({ profile }) => {
      ports.streams.saveSandboxSettings({ ...ports.streams.sandboxSettings(), profile });
      unwrap(await ports.engine.sandbox.configure({ profile }));
      changed();
      return service.view(SANDBOX_STREAM_ID);
    },
  };
}
