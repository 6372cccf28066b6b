import { z } from 'zod';
import type { CampaignMessage } from './message-variants';

/** A named message to start campaigns from: its variants, footer, split and link tagging. */
export interface MessageTemplate {
  readonly id: number;
  readonly name: string;
  readonly message: CampaignMessage;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const templateIdSchema = z.number().int().positive();
export const templateNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the template a name.')
  .max(80, 'Keep the name under 80 characters.');
