import { z } from 'zod';
import { sandboxProfiles, streamTypes } from '../../shared/streams/stream-types';

/**
 * A stream as persisted in the settings store. The token is ciphertext (base64) produced by the
 * cipher port — never plaintext, and bound to the base URL's origin — plus the protection it
 * had when stored.
 */
export const streamRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(streamTypes),
  defaultSender: z.string(),
  allowedIps: z.array(z.string()),
  baseUrl: z.string(),
  rateLimit: z.number(),
  tokenCipher: z.string().nullable(),
  tokenHint: z.string().nullable(),
  /**
   * True when the ciphertext holds `{ token, origin }`; records written before tokens were
   * bound to their endpoint hold the bare token and are bound on first read.
   */
  tokenBound: z.boolean().default(false),
  protection: z.enum(['os-keychain', 'unprotected']),
  /**
   * When the current token was entered. A last call made before it says nothing about this
   * token (a refused token that was replaced), so the card shows no status until the next call.
   */
  tokenSetAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type StreamRecord = z.infer<typeof streamRecordSchema>;

export const sandboxSettingsSchema = z.object({
  profile: z.enum(sandboxProfiles).default('clean'),
  defaultSender: z.string().default('Peaksend'),
  rateLimit: z.number().default(50),
});
