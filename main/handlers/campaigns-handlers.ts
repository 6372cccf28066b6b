import type {
  campaignsPassThroughMethods,
  campaignsSendMethods,
} from '../../shared/contract/campaigns-contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import { AppFailure, unwrap } from '../../shared/contract/result';
import type { StreamService } from '../streams/stream-service';
import type { MainPorts } from './main-ports';

/** Campaign calls main forwards unchanged: the engine owns campaigns and their ledgers. */
export function campaignsPassThroughHandlers(
  ports: MainPorts,
): Handlers<typeof campaignsPassThroughMethods> {
  const c = ports.engine.campaigns;
  return {
    'campaigns:list': () => forward(c.list()),
    'campaigns:get': (input) => forward(c.get(input)),
    'campaigns:create': (input) => forward(c.create(input)),
    'campaigns:update': (input) => forward(c.update(input)),
    'campaigns:duplicate': (input) => forward(c.duplicate(input)),
    'campaigns:delete': (input) => forward(c.delete(input)),
    'campaigns:archive': (input) => forward(c.archive(input)),
    'campaigns:audienceFields': (input) => forward(c.audienceFields(input)),
    'campaigns:preview': (input) => forward(c.preview(input)),
    'campaigns:pause': (input) => forward(c.pause(input)),
    'campaigns:cancel': (input) => forward(c.cancel(input)),
    'campaigns:markUncertainSent': (input) => forward(c.markUncertainSent(input)),
    'campaigns:progress': (input) => forward(c.progress(input)),
    'campaigns:results': (input) => forward(c.results(input)),
  };
}

/** Calls that need the stream: main decrypts the token for this call and hands it over in memory. */
export function campaignSendHandlers(
  ports: MainPorts,
  streams: StreamService,
): Handlers<typeof campaignsSendMethods> {
  const c = ports.engine.campaigns;
  const campaign = async (id: number) => unwrap(await c.get({ id }));
  const credentialsOf = async (id: number) => {
    const { streamId } = await campaign(id);
    if (!streamId) {
      throw new AppFailure('INVALID_INPUT', 'Choose a stream for this campaign first.');
    }
    return streams.credentials(streamId);
  };
  return {
    'campaigns:preflight': async ({ id }) => {
      const { streamId } = await campaign(id);
      const view = streamId ? (await streams.list()).find((s) => s.id === streamId) : undefined;
      return forward(
        c.preflightFor({
          id,
          streamType: view?.type ?? 'marketing',
          defaultSender: view?.defaultSender ?? '',
        }),
      );
    },
    'campaigns:start': async ({ id }) => forward(c.start({ id, stream: await credentialsOf(id) })),
    'campaigns:resume': async ({ id }) =>
      forward(c.resume({ id, stream: await credentialsOf(id) })),
    'campaigns:resendUncertain': async ({ id, seqs }) =>
      forward(c.resendUncertain({ id, seqs, stream: await credentialsOf(id) })),
    'campaigns:retryFailed': async ({ id }) =>
      forward(c.retryFailed({ id, stream: await credentialsOf(id) })),
    'campaigns:chooseWinner': async ({ id, variant }) =>
      forward(c.chooseWinner({ id, variant, stream: await credentialsOf(id) })),
    'campaigns:exportResults': async ({ id }) => {
      const { name } = await campaign(id);
      const safeName = name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || `campaign-${id}`;
      const path = await ports.chooseSavePath(`${safeName} results.csv`);
      if (!path) return null;
      return forward(c.exportTo({ id, path }));
    },
  };
}
