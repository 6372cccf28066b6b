import { z } from 'zod';
import { sandboxProfiles, streamTypes } from '../../shared/streams/stream-types';

/**
 * A stream as persisted in the settings store. The token is ciphertext (base64) produced by the
 * cipher port — never plaintext — plus the protection it had when stored.
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
  protection: z.enum(['os-keychain', 'unprotected']),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type StreamRecord = z.infer<typeof streamRecordSchema>;

export const sandboxSettingsSchema = z.object({
  profile: z.enum(sandboxProfiles).default('clean'),
  defaultSender: z.string().default('Peaksend'),
  rateLimit: z.number().default(50),
});
