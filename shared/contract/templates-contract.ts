import { z } from 'zod';
import { campaignIdSchema } from '../campaigns/campaign-input';
import type { Campaign } from '../campaigns/campaign-types';
import {
  templateIdSchema,
  templateNameSchema,
  type MessageTemplate,
} from '../campaigns/message-template';
import { method } from './define';

const byId = z.object({ id: templateIdSchema });

/** Message templates; main forwards them to the engine unchanged (they live in its SQLite). */
export const templatesPassThroughMethods = {
  'templates:list': method(z.undefined()).returns<MessageTemplate[]>(),
  /** Saves the campaign's message (variants, footer, split, link tagging) under `name`. */
  'templates:save': method(
    z.object({
      campaignId: campaignIdSchema,
      name: templateNameSchema,
      /** Overwrite the template of that name instead of refusing. */
      replace: z.boolean().default(false),
    }),
  ).returns<MessageTemplate>(),
  'templates:rename': method(
    z.object({ id: templateIdSchema, name: templateNameSchema }),
  ).returns<MessageTemplate>(),
  'templates:delete': method(byId).returns<void>(),
  /** A new draft campaign with the template's message. */
  'templates:newCampaign': method(
    z.object({ id: templateIdSchema, name: z.string().trim().min(1).max(120).optional() }),
  ).returns<Campaign>(),
  /** Replaces a draft's message with the template's (its audience and stream stay). */
  'templates:apply': method(
    z.object({ id: templateIdSchema, campaignId: campaignIdSchema }),
  ).returns<Campaign>(),
};

export const templatesMethods = templatesPassThroughMethods;
