import { z } from 'zod';
import { campaignIdSchema, seqsSchema } from '../../shared/campaigns/campaign-input';
import type { Campaign, PreflightReport } from '../../shared/campaigns/campaign-types';
import { VARIANT_KEYS } from '../../shared/campaigns/message-variants';
import { campaignsPassThroughMethods } from '../../shared/contract/campaigns-contract';
import { method } from '../../shared/contract/define';
import { streamTypes } from '../../shared/streams/stream-types';
import { streamCredentialsSchema } from './stream-credentials';

/**
 * Calls that send: the stream's credentials, and an optional bound on waiting — pause as
 * `stalled` once nothing could be handed to CommPeak for `maxWaitMs` (the CLI's --max-wait; the
 * app passes none and waits while its user watches).
 */
const withStream = <T extends z.ZodRawShape>(shape: T) =>
  z.object({
    ...shape,
    stream: streamCredentialsSchema,
    maxWaitMs: z.number().int().positive().optional(),
  });

/**
 * Campaign calls: the renderer's pass-through ones (the same definitions, so main forwards them
 * unchanged), plus the ones main completes with the stream's details or a chosen path.
 */
export const engineCampaignsMethods = {
  ...campaignsPassThroughMethods,
  'campaigns:preflightFor': method(
    z.object({
      id: campaignIdSchema,
      streamType: z.enum(streamTypes),
      defaultSender: z.string(),
    }),
  ).returns<PreflightReport>(),
  'campaigns:start': method(withStream({ id: campaignIdSchema })).returns<Campaign>(),
  'campaigns:resume': method(withStream({ id: campaignIdSchema })).returns<Campaign>(),
  'campaigns:resendUncertain': method(
    withStream({ id: campaignIdSchema, seqs: seqsSchema }),
  ).returns<Campaign>(),
  'campaigns:retryFailed': method(withStream({ id: campaignIdSchema })).returns<Campaign>(),
  'campaigns:chooseWinner': method(
    withStream({ id: campaignIdSchema, variant: z.enum(VARIANT_KEYS) }),
  ).returns<Campaign>(),
  /** Campaigns sending through a stream right now (the delete dialog names them). */
  'campaigns:sendingVia': method(z.object({ streamId: z.string() })).returns<
    { id: number; name: string }[]
  >(),
  /** Before a stream is deleted: its sending campaigns pause, with the reason saying why. */
  'campaigns:pauseForDeletedStream': method(
    z.object({ streamId: z.string(), streamName: z.string() }),
  ).returns<{ id: number; name: string }[]>(),
  'campaigns:exportTo': method(
    z.object({ id: campaignIdSchema, path: z.string().min(1) }),
  ).returns<{ path: string; rows: number }>(),
};

/** After a restart: which streams' tokens the engine needs again, and main handing them over. */
export const engineSendingMethods = {
  'sending:setCredentials': method(
    z.object({ streams: z.array(streamCredentialsSchema) }),
  ).returns<void>(),
  'sending:streamsNeedingCredentials': method(z.undefined()).returns<string[]>(),
};
