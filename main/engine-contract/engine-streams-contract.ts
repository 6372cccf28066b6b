import { z } from 'zod';
import { method } from '../../shared/contract/define';
import type { TestSendResult, TestStatusResult } from '../../shared/contract/streams-contract';
import { sandboxProfiles, type StreamHealth } from '../../shared/streams/stream-types';
import { streamCredentialsSchema } from './stream-credentials';

/** The last API call made with a stream, for its status dot on the Streams page. */
export interface StreamUsage {
  readonly lastUsedAt: string | null;
  readonly health: StreamHealth | null;
}

export interface StreamUsageAnswer {
  /** By stream id. */
  readonly usage: Record<string, StreamUsage>;
  readonly campaignCounts: Record<string, number>;
}

/** Test sends and status look-ups carry the stream's credentials, in memory, for that one call. */
export const engineStreamsMethods = {
  'streams:usage': method(z.undefined()).returns<StreamUsageAnswer>(),
  'streams:sendTest': method(
    z.object({
      stream: streamCredentialsSchema,
      phone: z.string(),
      text: z.string(),
      sender: z.string(),
      defaultCountry: z.string().nullable().optional(),
    }),
  ).returns<TestSendResult>(),
  'streams:testStatus': method(
    z.object({ stream: streamCredentialsSchema, messageUuid: z.string() }),
  ).returns<TestStatusResult>(),
  /** Main saves the profile; the engine's embedded sandbox only holds it while it runs. */
  'sandbox:configure': method(z.object({ profile: z.enum(sandboxProfiles) })).returns<void>(),
};
