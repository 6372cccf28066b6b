import { z } from 'zod';
import {
  templateTextSchema,
  utmSettingsSchema,
  variantSplitSchema,
  variantsSchema,
} from './message-variants';

export const campaignIdSchema = z.number().int().positive();

/** List or segment ids of an audience. */
export const audienceIds = z.array(z.number().int().positive()).max(50);

export const campaignPatchSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the campaign a name.').max(120),
    streamId: z.string().min(1).max(64).nullable(),
    sender: z.string().max(20),
    /** The first variant's text; `variants` replaces them all (and wins when both are given). */
    template: templateTextSchema,
    variants: variantsSchema,
    split: variantSplitSchema,
    utm: utmSettingsSchema,
    optOutFooter: z.string().max(200).nullable(),
    listIds: audienceIds,
    segmentIds: audienceIds,
    excludeListIds: audienceIds,
    excludeSegmentIds: audienceIds,
    scheduleAt: z.iso.datetime({ offset: true }).nullable(),
    quietHours: z.boolean(),
    batchSize: z.number().int().min(1).max(500),
    concurrency: z.number().int().min(1).max(16),
    draftStep: z.enum(['audience', 'message', 'review', 'send']),
  })
  .partial();

export const resultsQuerySchema = z.object({
  id: campaignIdSchema,
  group: z
    .enum(['all', 'pending', 'sending', 'accepted', 'delivered', 'failed', 'uncertain', 'skipped'])
    .default('all'),
  search: z.string().max(100).default(''),
  /** One variant's rows ("A"…"E", or "*" for those held back for the winner). */
  variant: z.enum(['all', 'A', 'B', 'C', 'D', 'E', '*']).default('all'),
  /** Only rows with this error code (the uncertain panel's filter); absent: any. */
  errorCode: z.string().max(64).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const seqsSchema = z.array(z.number().int().positive()).max(100_000).optional();
