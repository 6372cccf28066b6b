import type { FailureKind } from './api-failure';

export type AuditEndpoint = 'simple_send' | 'messages_status';

/** 'partial': HTTP 200 with some per-message errors. */
export type AuditOutcome = 'ok' | 'partial' | FailureKind;

/**
 * One API request/response as stored in the audit log. Built by the client with the token
 * already redacted; the Authorization header is never part of it.
 */
export interface AuditRecord {
  /** ISO time the request started. */
  readonly at: string;
  readonly endpoint: AuditEndpoint;
  readonly streamId: string;
  readonly campaignId: string | null;
  /** null when no HTTP answer arrived (network error, timeout). */
  readonly httpStatus: number | null;
  readonly durationMs: number;
  readonly outcome: AuditOutcome;
  readonly messageCount: number;
  readonly requestBody: string;
  readonly responseBody: string | null;
  /** The plain-words failure for the call, when it failed as a whole. */
  readonly error: string | null;
}

export type AuditSink = (record: AuditRecord) => void;

export const MAX_AUDIT_BODY_CHARS = 64 * 1024;

/** Caps a body so one odd reply cannot bloat the database; says how much was cut. */
export function capBody(text: string, max = MAX_AUDIT_BODY_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…[truncated ${text.length - max} characters]`;
}
