import { z } from 'zod';

export const profileNames = ['clean', 'realistic', 'flaky', 'down', 'auth'] as const;
export type ProfileName = (typeof profileNames)[number];

/**
 * Faults the sandbox can inject into one API request. "Before" faults happen before the batch
 * is accepted (nothing recorded); "After" faults record the messages as received first, which is
 * exactly the case where a client that resends would send twice. `status503After` breaks the
 * protocol's promise that 503 means "not accepted": a client that (correctly) retries a 503 will
 * send twice, so no profile uses it; it exists to show that edge on demand.
 */
export const faultNames = [
  'status500Before',
  'status502Before',
  'status503Before',
  'status504Before',
  'status500After',
  'status502After',
  'status503After',
  'status504After',
  'status429',
  'hangBefore',
  'hangAfter',
  'resetBefore',
  'resetAfter',
  'malformed',
  'rateLimitBurst',
] as const;
export type FaultName = (typeof faultNames)[number];

/**
 * The final statuses this fake CommPeak reports. Kept apart from the client's list
 * (shared/campaigns/ledger-state.ts) on purpose, like parts-counter.ts: if the client forgot
 * one, the sandbox would still report it and the tests would see the client keep polling.
 */
export const finalStatuses = [
  'delivered',
  'undelivered',
  'sent_failed',
  'rejected',
  'no_routes',
] as const;
export type SandboxFinalStatus = (typeof finalStatuses)[number];

const ms = z.number().int().min(0);
const range = z
  .tuple([ms, ms])
  .refine(([min, max]) => min <= max, 'the first number (min) must not exceed the second (max)');

export const tokenRuleSchema = z.strictObject({
  token: z.string().min(1),
  /** Source IPs allowed to use this token (the stream's IP ACL); absent = any. */
  allowedIps: z.array(z.string()).optional(),
  /** Senders this token may use; absent = any. */
  allowedSenders: z.array(z.string()).optional(),
  /** Overrides the profile's parts-per-second for this token. */
  partsPerSecond: z.number().positive().nullable().optional(),
});
export type TokenRule = z.infer<typeof tokenRuleSchema>;

const deliverySchema = z.strictObject({
  /** Time from acceptance to the final status. */
  delayMs: range,
  weights: z.partialRecord(z.enum(finalStatuses), z.number().min(0)),
  /** Phones (digits) starting with one of these always end as `no_routes`. */
  noRoutePrefixes: z.array(z.string().regex(/^\d+$/)),
});

/** What a profile decides; a config file may override any of it. */
export const behaviourSchema = z.strictObject({
  latencyMs: range,
  batchCap: z.number().int().min(1),
  statusCap: z.number().int().min(1),
  /** Token bucket per token, in message parts; null = unlimited. */
  partsPerSecond: z.number().positive().nullable(),
  /** Bucket size in parts; null = one second's worth. */
  burstParts: z.number().positive().nullable(),
  /** More API calls than this per second per token get 429; null = never. */
  floodRequestsPerSecond: z.number().positive().nullable(),
  retryAfterSeconds: z.number().int().min(0),
  /** Account balance in currency units; null = unlimited. */
  balance: z.number().nullable(),
  pricePerPart: z.number().min(0),
  delivery: deliverySchema,
  /** Probability per API request of each fault. */
  faults: z.partialRecord(z.enum(faultNames), z.number().min(0).max(1)),
});
export type Behaviour = z.infer<typeof behaviourSchema>;

export const sandboxConfigSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(0),
  profile: z.enum(profileNames).default('clean'),
  tokens: z
    .array(z.union([z.string().min(1), tokenRuleSchema]))
    .min(1)
    .default(['sandbox-token']),
  /** Status for a missing or wrong token: 403 today; a newer CommPeak server may answer 401. */
  authFailureStatus: z.union([z.literal(401), z.literal(403)]).default(403),
  /**
   * Answer every API call with 307 to this base URL, like an old host that moved
   * (e.g. sendsms.commpeak.com); null = serve normally.
   */
  movedTo: z.url().nullable().default(null),
  /** Makes faults, latency and delivery outcomes reproducible. */
  seed: z.number().int().optional(),
  ...behaviourSchema.partial().extend({ delivery: deliverySchema.partial().optional() }).shape,
});

/** What callers write (every field optional). */
export type SandboxConfigInput = z.input<typeof sandboxConfigSchema>;
export type SandboxConfig = z.output<typeof sandboxConfigSchema>;

export const DEFAULT_SANDBOX_TOKEN = 'sandbox-token';
