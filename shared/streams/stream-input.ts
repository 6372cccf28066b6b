import { z } from 'zod';
import { senderIdSchema } from '../validation/sender-id';
import { isLoopbackHost } from './endpoint-origin';
import { DEFAULT_BASE_URL, sandboxProfiles, streamIdSchema, streamTypes } from './stream-types';

/** CommPeak's tokens are far longer; anything this short is a paste mistake or a guessable key. */
export const MIN_TOKEN_LENGTH = 8;

export const streamNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the stream a name.')
  .max(60, 'Keep the name under 60 characters.');

/** Tokens are pasted: surrounding whitespace is trimmed, anything inside is a paste mistake. */
export const tokenSchema = z
  .string()
  .trim()
  .min(1, 'Paste the stream’s API token.')
  .min(
    MIN_TOKEN_LENGTH,
    `A token has at least ${MIN_TOKEN_LENGTH} characters; check that all of it was pasted.`,
  )
  .max(512, 'That is longer than any CommPeak token; check what was pasted.')
  .regex(/^[\x21-\x7e]+$/, 'A token has no spaces or special characters; check what was pasted.');

const ipOrCidr = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

export const ipEntrySchema = z
  .string()
  .trim()
  .refine((v) => ipOrCidr.safeParse(v).success, {
    message: 'Enter an IPv4 or IPv6 address, or a range in CIDR form (203.0.113.0/24).',
  });

export const baseUrlSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Enter a full address, e.g. ' + DEFAULT_BASE_URL });
      return;
    }
    const loopback = isLoopbackHost(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Use https:// (plain http is allowed only for this computer).',
      });
    } else if (url.username || url.password) {
      ctx.addIssue({
        code: 'custom',
        message: 'The address must not contain a user name or password.',
      });
    } else if (url.search || url.hash) {
      ctx.addIssue({ code: 'custom', message: 'The address must not contain ? or #.' });
    }
  })
  .transform((value) => value.replace(/\/+$/, ''));

export const rateLimitSchema = z
  .number({ message: 'Enter a number of message parts per second.' })
  .int('Use a whole number of parts per second.')
  .min(1, 'At least 1 part per second.')
  .max(100_000, 'At most 100,000 parts per second.');

/** An empty default sender means each campaign picks its own ("Customized" in CommPeak). */
const defaultSenderSchema = z.union([z.literal(''), senderIdSchema]);

export const streamFieldsSchema = z.object({
  name: streamNameSchema,
  type: z.enum(streamTypes),
  defaultSender: defaultSenderSchema,
  allowedIps: z.array(ipEntrySchema).max(100),
  baseUrl: baseUrlSchema,
  rateLimit: rateLimitSchema,
});

export const addStreamSchema = streamFieldsSchema.extend({
  token: tokenSchema,
  /** The user accepted storing the token without OS protection (Linux basic_text). */
  acceptUnprotected: z.boolean().default(false),
});

/**
 * An edit. Moving the stream to another origin needs its token again in the same call (the
 * token is bound to where it is sent); with the same origin a token given here replaces it.
 */
export const updateStreamSchema = streamFieldsSchema.extend({
  id: streamIdSchema,
  token: tokenSchema.optional(),
  acceptUnprotected: z.boolean().default(false),
});

export const replaceTokenSchema = z.object({
  id: streamIdSchema,
  token: tokenSchema,
  acceptUnprotected: z.boolean().default(false),
});

export const sendTestSchema = z.object({
  id: streamIdSchema,
  phone: z.string().trim().min(1, 'Enter a phone number.').max(40),
  text: z.string().min(1, 'Write a message.').max(1600),
  sender: z.string().optional(),
  /** For a number written without a country code; null: none. Absent: Settings', else the locale's. */
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .optional(),
});

export const sandboxProfileSchema = z.object({ profile: z.enum(sandboxProfiles) });

export type AddStreamInput = z.input<typeof addStreamSchema>;
export type UpdateStreamInput = z.input<typeof updateStreamSchema>;
