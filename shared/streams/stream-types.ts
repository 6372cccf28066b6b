import { z } from 'zod';

export const streamTypes = ['marketing', 'transactional', 'otp', 'two_way'] as const;
export type StreamType = (typeof streamTypes)[number];

export const streamTypeLabels: Record<StreamType, string> = {
  marketing: 'Marketing',
  transactional: 'Transactional',
  otp: 'OTP',
  two_way: 'Two-way',
};

export const sandboxProfiles = ['clean', 'realistic', 'flaky'] as const;
export type SandboxProfile = (typeof sandboxProfiles)[number];

/** How the token is kept on this computer. */
export type TokenProtection = 'os-keychain' | 'unprotected' | 'unreadable' | 'none';

/** Outcome of the last API call made with the stream, for the status dot. */
export type StreamHealth = 'ok' | 'auth_failed' | 'unreachable' | 'error';

export const SANDBOX_STREAM_ID = 'sandbox';
export const DEFAULT_BASE_URL = 'https://textpeak-streams.commpeak.com';

/** What the renderer sees of a stream: never the token, only a masked hint. */
export interface StreamView {
  readonly id: string;
  readonly name: string;
  readonly type: StreamType;
  readonly builtIn: boolean;
  readonly defaultSender: string;
  readonly allowedIps: readonly string[];
  readonly baseUrl: string;
  /** Message parts per second. */
  readonly rateLimit: number;
  readonly hasToken: boolean;
  /** "••••a3f2" or null when there is no token. */
  readonly tokenHint: string | null;
  readonly protection: TokenProtection;
  readonly sandboxProfile: SandboxProfile | null;
  readonly lastUsedAt: string | null;
  readonly health: StreamHealth | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const streamIdSchema = z.string().min(1).max(64);
