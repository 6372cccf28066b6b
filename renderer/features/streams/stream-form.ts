import type { z } from 'zod';
import type { AppError } from '../../../shared/contract/result';
import { originOf } from '../../../shared/streams/endpoint-origin';
import {
  ipEntrySchema,
  streamFieldsSchema,
  tokenSchema,
} from '../../../shared/streams/stream-input';
import {
  DEFAULT_BASE_URL,
  SANDBOX_STREAM_ID,
  type StreamType,
  type StreamView,
} from '../../../shared/streams/stream-types';
import type { UnreadableStreamView } from '../../../shared/streams/unreadable-stream';
import type { FieldErrors } from '../../ui/use-form-errors';

/** What the form holds while the user types (the token lives in its input, not here). */
export interface StreamFormValues {
  readonly name: string;
  readonly type: StreamType;
  readonly defaultSender: string;
  readonly allowedIps: readonly string[];
  readonly baseUrl: string;
  readonly rateLimit: string;
}

export type StreamFields = z.output<typeof streamFieldsSchema>;

export const DEFAULT_RATE_LIMIT = 50;

export function emptyStreamForm(): StreamFormValues {
  return {
    name: '',
    type: 'marketing',
    defaultSender: '',
    allowedIps: [],
    baseUrl: DEFAULT_BASE_URL,
    rateLimit: String(DEFAULT_RATE_LIMIT),
  };
}

/** What could be read of a damaged record, with the usual defaults for the rest. */
export function formFromUnreadable(record: UnreadableStreamView): StreamFormValues {
  const empty = emptyStreamForm();
  return {
    name: record.name ?? '',
    type: record.type ?? empty.type,
    defaultSender: record.defaultSender ?? '',
    allowedIps: record.allowedIps,
    baseUrl: record.baseUrl ?? empty.baseUrl,
    rateLimit: record.rateLimit === null ? empty.rateLimit : String(record.rateLimit),
  };
}

export function formFromStream(stream: StreamView): StreamFormValues {
  return {
    name: stream.name,
    type: stream.type,
    defaultSender: stream.defaultSender,
    allowedIps: stream.allowedIps,
    // The Sandbox's "base URL" is a description, not an address; the service ignores it anyway.
    baseUrl: stream.builtIn ? DEFAULT_BASE_URL : stream.baseUrl,
    rateLimit: String(stream.rateLimit),
  };
}

function issuesToErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** An empty box is "no number", not zero, so the message asks for a number. */
function rateNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * Checks the form with the same schema main uses, plus the one rule only the list can answer
 * here (unique names); main checks both again.
 */
export function checkStreamFields(
  values: StreamFormValues,
  others: readonly StreamView[],
  exceptId: string | null,
): { ok: true; value: StreamFields } | { ok: false; errors: FieldErrors } {
  const parsed = streamFieldsSchema.safeParse({
    ...values,
    allowedIps: [...values.allowedIps],
    rateLimit: rateNumber(values.rateLimit),
  });
  const errors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const name = values.name.trim().toLowerCase();
  const taken =
    exceptId !== SANDBOX_STREAM_ID &&
    name !== '' &&
    others.some((s) => s.id !== exceptId && s.name.toLowerCase() === name);
  if (taken) errors.name ??= 'Another stream already has this name.';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

export function checkToken(
  text: string,
): { ok: true; value: string } | { ok: false; error: string } {
  const parsed = tokenSchema.safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? 'Check the token.' };
}

/**
 * True when the edited address sends to another origin than the stream's: the token is bound
 * to where it is sent, so main wants it again (a half-typed address does not count yet).
 */
export function movesOrigin(stream: StreamView, baseUrl: string): boolean {
  if (stream.builtIn) return false;
  const next = originOf(baseUrl);
  return next !== null && next !== originOf(stream.baseUrl);
}

/** Validates one allowed-IP entry as it is added; null when it is fine. */
export function checkIpEntry(text: string, existing: readonly string[]): string | null {
  const parsed = ipEntrySchema.safeParse(text);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Check the address.';
  if (existing.includes(parsed.data)) return 'That address is already in the list.';
  return null;
}

/** Turns a failed call into field messages; anything not tied to a field goes to "_". */
export function errorsFromServer(error: AppError): FieldErrors {
  if (error.code === 'UNPROTECTED_STORAGE') return { acceptUnprotected: error.message };
  const fields = { ...(error.fields ?? {}) };
  if (Object.keys(fields).length === 0 || fields._) fields._ = fields._ ?? error.message;
  return fields;
}

/** Messages for keys no field shows (the engine is down, the stream was deleted). */
export function unplacedErrors(errors: FieldErrors, placed: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => !placed.includes(key.split('.')[0] ?? ''))
    .map(([, message]) => message);
}
