import { z } from 'zod';

/** Every error code that can cross a process boundary. */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'CONFLICT',
  /** Another Peaksend (the app or the CLI) is sending this campaign right now. */
  'CAMPAIGN_BUSY',
  'ENGINE_UNAVAILABLE',
  'UNPROTECTED_STORAGE',
  'TOKEN_UNREADABLE',
  /** A token must be entered again (its stream's address changed). */
  'TOKEN_REQUIRED',
  /** The user (or the host on their behalf) did not confirm a guarded action. */
  'NOT_CONFIRMED',
  'RATE_LIMITED',
  'CANCELED',
  'API_AUTH',
  'API_CONFIG',
  'API_UNREACHABLE',
  'API_UNCERTAIN',
  'API_REJECTED',
  'IO',
  /** The disk under the data folder is full, read-only or failing. */
  'STORAGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Per-field messages for forms, keyed by the field's path ("allowedIps.2"). */
  fields: z.record(z.string(), z.string()).optional(),
});

export type AppError = z.infer<typeof appErrorSchema>;

/** Errors cross IPC, the engine port and the preview WebSocket as data, never as exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/**
 * Thrown by handlers to fail with a specific code; the dispatcher turns it into `{ ok: false }`.
 *
 * Its message is shown to the user, so it must be plain words and must never contain a token.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.fields = fields;
  }
}

/** The value of a Result from another process, or its error thrown again as the same AppFailure. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new AppFailure(result.error.code, result.error.message, result.error.fields);
  }
  return result.value;
}
