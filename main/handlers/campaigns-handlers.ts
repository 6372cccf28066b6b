import type { Campaign } from '../../shared/campaigns/campaign-types';
import {
  campaignsPassThroughMethods,
  type campaignsSendMethods,
} from '../../shared/contract/campaigns-contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { AppFailure } from '../../shared/contract/result';
import type { StreamService } from '../streams/stream-service';
import { callEngine } from './call-engine';
import type { MainPorts } from './main-ports';

type PassThrough = typeof campaignsPassThroughMethods;

/** Campaign calls main forwards unchanged: the engine owns campaigns and their ledgers. */
export function passThroughHandlers(ports: MainPorts): Handlers<PassThrough> {
  const out: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(campaignsPassThroughMethods)) {
    out[name] = (input) => callEngine(ports.engine, name, input);
  }
  return out as unknown as Handlers<PassThrough>;
}

/** Calls that need the stream: main decrypts the token for this call and hands it over in memory. */
export function campaignSendHandlers(
  ports: MainPorts,
  streams: StreamService,
): Handlers<typeof campaignsSendMethods> {
  const campaign = (id: number) => callEngine<Campaign>(ports.engine, 'campaigns:get', { id });
  const credentialsOf = async (id: number) => {
    const c = await campaign(id);
    if (!c.streamId) {
      throw new AppFailure('INVALID_INPUT', 'Choose a stream for this campaign first.');
    }
    return streams.credentials(c.streamId);
  };
  return {
    'campaigns:preflight': async ({ id }) => {
      const c = await campaign(id);
      const view = c.streamId ? (await streams.list()).find((s) => s.id === c.streamId) : undefined;
      return callEngine(ports.engine, 'campaigns:preflightFor', {
        id,
        streamType: view?.type ?? 'marketing',
        defaultSender: view?.defaultSender ?? '',
      });
    },
    'campaigns:start': async ({ id }) =>
      callEngine(ports.engine, 'campaigns:start', { id, stream: await credentialsOf(id) }),
    'campaigns:resume': async ({ id }) =>
      callEngine(ports.engine, 'campaigns:resume', { id, stream: await credentialsOf(id) }),
    'campaigns:resendUncertain': async ({ id, seqs }) =>
      callEngine(ports.engine, 'campaigns:resendUncertain', {
        id,
        seqs,
        stream: await credentialsOf(id),
      }),
    'campaigns:retryFailed': async ({ id }) =>
      callEngine(ports.engine, 'campaigns:retryFailed', { id, stream: await credentialsOf(id) }),
    'campaigns:exportResults': async ({ id }) => {
      const c = await campaign(id);
      const safeName = c.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || `campaign-${id}`;
      const path = await ports.chooseSavePath(`${safeName} results.csv`);
      if (!path) return null;
      return callEngine(ports.engine, 'campaigns:exportTo', { id, path });
    },
  };
}

/**
 * After the engine (re)starts, it needs tokens for campaigns that are scheduled or still being
 * polled for delivery reports; main decrypts them and passes them in memory.
 */
export async function provideCredentials(ports: MainPorts, streams: StreamService): Promise<void> {
  const needed = await ports.engine.call('sending:streamsNeedingCredentials', undefined);
  if (!needed.ok) return;
  const list = [];
  for (const id of needed.value as string[]) {
    try {
      list.push(await streams.credentials(id));
    } catch {
      // A deleted stream or an unreadable token: those campaigns simply cannot poll.
    }
  }
  if (list.length > 0) await ports.engine.call('sending:setCredentials', { streams: list });
}
