import { z } from 'zod';
import {
  audienceIds,
  campaignIdSchema,
  campaignPatchSchema,
  resultsQuerySchema,
  seqsSchema,
} from '../campaigns/campaign-input';
import type {
  Campaign,
  CampaignProgress,
  CampaignStatus,
  CampaignSummary,
  MessagePreview,
  PreflightReport,
  ResultPage,
} from '../campaigns/campaign-types';
import { MAX_VARIANTS, VARIANT_KEYS } from '../campaigns/message-variants';
import type { PauseReason } from '../campaigns/pause-reason';
import { event, method } from './define';

const byId = z.object({ id: campaignIdSchema });

/** Campaign calls whose input main passes to the engine unchanged. */
export const campaignsPassThroughMethods = {
  'campaigns:list': method(z.undefined()).returns<CampaignSummary[]>(),
  'campaigns:get': method(byId).returns<Campaign>(),
  'campaigns:create': method(
    z.object({ name: z.string().trim().min(1).max(120).optional() }).optional(),
  ).returns<Campaign>(),
  'campaigns:update': method(
    z.object({ id: campaignIdSchema, patch: campaignPatchSchema }),
  ).returns<Campaign>(),
  'campaigns:duplicate': method(byId).returns<Campaign>(),
  'campaigns:delete': method(byId).returns<void>(),
  'campaigns:archive': method(
    z.object({ id: campaignIdSchema, archived: z.boolean() }),
  ).returns<Campaign>(),
  /** The merge fields of lists and segments (the union of their lists' columns). */
  'campaigns:audienceFields': method(
    z.object({ listIds: audienceIds, segmentIds: audienceIds.default([]) }),
  ).returns<{ fields: string[] }>(),
  /** Recipient `index` of the audience with variant `variant` (its position; 0 = A). */
  'campaigns:preview': method(
    z.object({
      id: campaignIdSchema,
      index: z.number().int().min(0),
      variant: z
        .number()
        .int()
        .min(0)
        .max(MAX_VARIANTS - 1)
        .default(0),
    }),
  ).returns<MessagePreview | null>(),
  'campaigns:pause': method(byId).returns<Campaign>(),
  'campaigns:cancel': method(byId).returns<Campaign>(),
  'campaigns:markUncertainSent': method(
    z.object({ id: campaignIdSchema, seqs: seqsSchema }),
  ).returns<void>(),
  'campaigns:progress': method(byId).returns<CampaignProgress>(),
  'campaigns:results': method(resultsQuerySchema).returns<ResultPage>(),
};

/** Calls that need the stream's token: main adds it (in memory) before asking the engine. */
export const campaignsSendMethods = {
  /** Needs the stream's type and default sender (for compliance), not its token. */
  'campaigns:preflight': method(byId).returns<PreflightReport>(),
  'campaigns:start': method(byId).returns<Campaign>(),
  'campaigns:resume': method(byId).returns<Campaign>(),
  'campaigns:resendUncertain': method(
    z.object({ id: campaignIdSchema, seqs: seqsSchema }),
  ).returns<Campaign>(),
  'campaigns:retryFailed': method(byId).returns<Campaign>(),
  /** After a test split's test share: the rest of the audience gets this variant. */
  'campaigns:chooseWinner': method(
    z.object({ id: campaignIdSchema, variant: z.enum(VARIANT_KEYS) }),
  ).returns<Campaign>(),
  /** Shows a save dialog in main, then the engine writes the CSV there. */
  'campaigns:exportResults': method(byId).returns<{ path: string; rows: number } | null>(),
};

export const campaignsMethods = { ...campaignsPassThroughMethods, ...campaignsSendMethods };

export interface CampaignStatusEvent {
  readonly campaignId: number;
  readonly name: string;
  readonly status: CampaignStatus;
  readonly pauseReason: PauseReason | null;
}

export const campaignsEvents = {
  'campaigns:progress': event<CampaignProgress>(),
  'campaigns:status': event<CampaignStatusEvent>(),
};
