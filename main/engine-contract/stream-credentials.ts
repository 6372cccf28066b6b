import { z } from 'zod';

/** A stream as main hands it to the engine for sending: the token lives only in memory. */
export const streamCredentialsSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  sandbox: z.boolean(),
  baseUrl: z.string(),
  /**
   * The origin the token is bound to (from its ciphertext). The engine calls no other origin
   * with this token, whatever `baseUrl` says; empty for the built-in Sandbox.
   */
  origin: z.string(),
  token: z.string(),
  rateLimit: z.number().positive(),
  defaultSender: z.string(),
});

export type StreamCredentials = z.infer<typeof streamCredentialsSchema>;
