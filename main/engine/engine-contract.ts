import { z } from 'zod';
import type { Campaign, PreflightReport } from '../../shared/campaigns/campaign-types';
import { campaignIdSchema, seqsSchema } from '../../shared/campaigns/campaign-input';
import { campaignsPassThroughMethods } from '../../shared/contract/campaigns-contract';
import { event, method } from '../../shared/contract/define';
import type { TestSendResult, TestStatusResult } from '../../shared/contract/streams-contract';
import { sandboxProfiles, streamTypes, type StreamHealth } from '../../shared/streams/stream-types';
import { contactsEngineMethods } from './handlers/contacts-engine-handlers';
import { settingsEngineMethods } from './handlers/settings-engine-handlers';
import { streamCredentialsSchema } from './sending/stream-credentials';

export interface EngineHealth {
  readonly pid: number;
  readonly dataDir: string;
  readonly schemaVersion: number;
  readonly startedAt: string;
  /** Peak resident memory of the engine process so far (benchmarks read it). */
  readonly maxRssMb: number;
}

export interface StreamUsageAnswer {
  readonly usage: Record<string, { lastUsedAt: string | null; health: StreamHealth | null }>;
  readonly campaignCounts: Record<string, number>;
}

const withStream = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, stream: streamCredentialsSchema });

/**
 * Methods the engine serves to main. Main is trusted, but inputs are still parsed so that a bug
 * on one side shows up as a clear error instead of a corrupt database.
 */
export const engineMethods = {
  'engine:health': method(z.undefined()).returns<EngineHealth>(),
  'streams:usage': method(z.undefined()).returns<StreamUsageAnswer>(),
  'streams:sendTest': method(
    withStream({
      phone: z.string(),
      text: z.string(),
      sender: z.string(),
      defaultCountry: z.string().optional(),
    }),
  ).returns<TestSendResult>(),
  'streams:testStatus': method(withStream({ messageUuid: z.string() })).returns<TestStatusResult>(),
  'sandbox:configure': method(z.object({ profile: z.enum(sandboxProfiles) })).returns<void>(),
  'sending:setCredentials': method(
    z.object({ streams: z.array(streamCredentialsSchema) }),
  ).returns<void>(),
  'sending:streamsNeedingCredentials': method(z.undefined()).returns<string[]>(),
  ...campaignsPassThroughMethods,
  ...settingsEngineMethods,
  ...contactsEngineMethods,
  'campaigns:preflightFor': method(
    z.object({
      id: campaignIdSchema,
      streamType: z.enum(streamTypes),
      defaultSender: z.string(),
    }),
  ).returns<PreflightReport>(),
  'campaigns:start': method(withStream({ id: campaignIdSchema })).returns<Campaign>(),
  'campaigns:resume': method(withStream({ id: campaignIdSchema })).returns<Campaign>(),
  'campaigns:resendUncertain': method(
    withStream({ id: campaignIdSchema, seqs: seqsSchema }),
  ).returns<Campaign>(),
  'campaigns:retryFailed': method(withStream({ id: campaignIdSchema })).returns<Campaign>(),
  'campaigns:exportTo': method(
    z.object({ id: campaignIdSchema, path: z.string().min(1) }),
  ).returns<{ path: string; rows: number }>(),
};

export const engineEvents = {
  'engine:log': event<{ level: 'info' | 'warn' | 'error'; message: string }>(),
};

export type EngineMethods = typeof engineMethods;
