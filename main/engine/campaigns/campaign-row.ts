import { z } from 'zod';
import { campaignStatuses, type Campaign } from '../../../shared/campaigns/campaign-types';
import {
  defaultUtm,
  utmSettingsSchema,
  variantSplitSchema,
  variantsSchema,
  type MessageVariant,
} from '../../../shared/campaigns/message-variants';
import { parseStoredPauseReason } from '../../../shared/campaigns/pause-reason';

const rowSchema = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(campaignStatuses),
  stream_id: z.string().nullable(),
  sender: z.string(),
  template: z.string(),
  variants_json: z.string(),
  split_json: z.string(),
  utm_json: z.string().nullable(),
  winner: z.string().nullable(),
  opt_out_footer: z.string().nullable(),
  list_ids_json: z.string(),
  exclude_list_ids_json: z.string(),
  segment_ids_json: z.string(),
  exclude_segment_ids_json: z.string(),
  schedule_at: z.string().nullable(),
  quiet_hours: z.number(),
  batch_size: z.number(),
  concurrency: z.number(),
  pause_reason: z.string().nullable(),
  draft_step: z.enum(['audience', 'message', 'review', 'send']),
  archived: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
});

const idList = z.array(z.number().int());

/** Campaigns from before variants have `[]`: their one message is the template column. */
function variantsOf(template: string, json: string): MessageVariant[] {
  const stored = z.array(z.unknown()).parse(JSON.parse(json));
  if (stored.length === 0) return [{ name: '', template }];
  return variantsSchema.parse(stored);
}

export function toCampaign(row: unknown): Campaign {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    streamId: r.stream_id,
    sender: r.sender,
    template: r.template,
    variants: variantsOf(r.template, r.variants_json),
    split: variantSplitSchema.parse(JSON.parse(r.split_json)),
    utm: r.utm_json === null ? defaultUtm : utmSettingsSchema.parse(JSON.parse(r.utm_json)),
    winner: r.winner,
    optOutFooter: r.opt_out_footer,
    listIds: idList.parse(JSON.parse(r.list_ids_json)),
    excludeListIds: idList.parse(JSON.parse(r.exclude_list_ids_json)),
    segmentIds: idList.parse(JSON.parse(r.segment_ids_json)),
    excludeSegmentIds: idList.parse(JSON.parse(r.exclude_segment_ids_json)),
    scheduleAt: r.schedule_at,
    quietHours: r.quiet_hours === 1,
    batchSize: r.batch_size,
    concurrency: r.concurrency,
    pauseReason: parseStoredPauseReason(r.pause_reason),
    draftStep: r.draft_step,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export type CampaignPatch = Partial<
  Pick<
    Campaign,
    | 'name'
    | 'streamId'
    | 'sender'
    | 'template'
    | 'variants'
    | 'split'
    | 'utm'
    | 'optOutFooter'
    | 'listIds'
    | 'excludeListIds'
    | 'segmentIds'
    | 'excludeSegmentIds'
    | 'scheduleAt'
    | 'quietHours'
    | 'batchSize'
    | 'concurrency'
    | 'draftStep'
  >
>;

const columnOf: Record<keyof CampaignPatch, string> = {
  name: 'name',
  streamId: 'stream_id',
  sender: 'sender',
  template: 'template',
  variants: 'variants_json',
  split: 'split_json',
  utm: 'utm_json',
  optOutFooter: 'opt_out_footer',
  listIds: 'list_ids_json',
  excludeListIds: 'exclude_list_ids_json',
  segmentIds: 'segment_ids_json',
  excludeSegmentIds: 'exclude_segment_ids_json',
  scheduleAt: 'schedule_at',
  quietHours: 'quiet_hours',
  batchSize: 'batch_size',
  concurrency: 'concurrency',
  draftStep: 'draft_step',
};

const jsonKeys: ReadonlySet<keyof CampaignPatch> = new Set([
  'listIds',
  'excludeListIds',
  'segmentIds',
  'excludeSegmentIds',
  'variants',
  'split',
  'utm',
]);

/**
 * `template` and the first variant are one text: a patch that changes either changes both, so
 * code that knows only `template` (the CLI, older callers) and the variant editor agree.
 */
export function withVariantsInStep(current: Campaign, patch: CampaignPatch): CampaignPatch {
  if (patch.variants) {
    return { ...patch, template: patch.variants[0]?.template ?? '' };
  }
  if (patch.template !== undefined) {
    const [first, ...others] = current.variants;
    return {
      ...patch,
      variants: [{ name: first?.name ?? '', template: patch.template }, ...others],
    };
  }
  return patch;
}

/** `SET` clauses and values for a patch, in the patch's key order. */
export function patchColumns(patch: CampaignPatch): {
  sets: string;
  values: (string | number | null)[];
} {
  const keys = Object.keys(patch) as (keyof CampaignPatch)[];
  return {
    sets: keys.map((k) => `${columnOf[k]} = ?`).join(', '),
    values: keys.map((k) => toColumnValue(k, patch[k])),
  };
}

function toColumnValue(key: keyof CampaignPatch, value: unknown): string | number | null {
  if (jsonKeys.has(key)) return JSON.stringify(value);
  if (key === 'quietHours') return value ? 1 : 0;
  return value as string | number | null;
}
