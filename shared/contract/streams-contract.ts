import { z } from 'zod';
import { event, method } from './define';
import {
  addStreamSchema,
  replaceTokenSchema,
  sandboxProfileSchema,
  sendTestSchema,
  updateStreamSchema,
} from '../streams/stream-input';
import { streamIdSchema, type StreamView } from '../streams/stream-types';

export interface StorageStatus {
  readonly level: 'os-keychain' | 'unprotected';
  readonly backend: string;
}

export interface TestSendResult {
  /** The number as it was sent (E.164). */
  readonly phone: string;
  readonly accepted: boolean;
  readonly messageUuid: string | null;
  /** Plain words: "Accepted by CommPeak" or the classified error. */
  readonly message: string;
  readonly failureKind: 'retry' | 'uncertain' | 'auth' | 'permanent' | 'config' | null;
}

export interface TestStatusResult {
  readonly status: string | null;
  readonly final: boolean;
}

const byId = z.object({ id: streamIdSchema });

export const streamsMethods = {
  'streams:list': method(z.undefined()).returns<StreamView[]>(),
  'streams:storage': method(z.undefined()).returns<StorageStatus>(),
  'streams:add': method(addStreamSchema).returns<StreamView>(),
  'streams:update': method(updateStreamSchema).returns<StreamView>(),
  'streams:replaceToken': method(replaceTokenSchema).returns<StreamView>(),
  /** How many campaigns use the stream, and which of them are sending through it now. */
  'streams:deleteInfo': method(byId).returns<{
    campaigns: number;
    sending: { id: number; name: string }[];
  }>(),
  'streams:delete': method(byId).returns<void>(),
  /** The only call that returns a plaintext token, on the user's explicit "reveal". */
  'streams:reveal': method(byId).returns<{ token: string }>(),
  /** Main writes the token to the clipboard; the renderer never receives it. */
  'streams:copyToken': method(byId).returns<{ clearAfterSeconds: number }>(),
  'streams:sendTest': method(sendTestSchema).returns<TestSendResult>(),
  'streams:testStatus': method(
    z.object({ id: streamIdSchema, messageUuid: z.string().min(1).max(100) }),
  ).returns<TestStatusResult>(),
  'streams:setSandboxProfile': method(sandboxProfileSchema).returns<StreamView>(),
};

export const streamsEvents = {
  'streams:changed': event<void>(),
};
