import type { ApiFailure, FailureDraft } from './api-failure';
import { RETRY_HTTP_STATUSES } from './assumptions';
import { errorBodySchema, type ValidationIssue } from './commpeak-types';
import { describeFailure } from './describe-failure';
import { redactField, redactSecrets } from './redact';
import { parseRetryAfter } from './retry-after';

export { classifyNetworkError } from './network-error';

const MAX_DETAIL = 500;

function formatIssue(issue: ValidationIssue): string {
  const loc = (issue.loc ?? []).filter((part, i) => !(i === 0 && part === 'body')).join('.');
  return loc ? `${loc}: ${issue.msg}` : issue.msg;
}

/** CommPeak's `detail`, or a short plain-text body; HTML error pages from proxies are skipped. */
export function extractDetail(bodyText: string): string | undefined {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(bodyText));
    if (parsed.success) {
      const { detail } = parsed.data;
      const text = typeof detail === 'string' ? detail : detail.map(formatIssue).join('; ');
      return text.slice(0, MAX_DETAIL);
    }
  } catch {
    // Not JSON: fall through to the plain-text body.
  }
  const trimmed = bodyText.trim();
  if (trimmed === '' || trimmed.startsWith('<') || trimmed.startsWith('{')) return undefined;
  return trimmed.slice(0, MAX_DETAIL);
}

/**
 * A refusal that speaks of the caller's address: "IP", "IPv4", an ACL, an "address", or an IPv4
 * literal. Words like "allowed" or "whitelist" alone do not count ("Sender not allowed" is not
 * about the IP list), so only these get the allowed-IPs advice.
 */
const SPEAKS_OF_IP = /\bIP(?:v[46])?s?\b|\bACLs?\b|\baddress(?:es)?\b|\b\d{1,3}(?:\.\d{1,3}){3}\b/i;

export function speaksOfIpAddress(detail: string): boolean {
  return SPEAKS_OF_IP.test(detail);
}

function authCause(status: number, detail: string | undefined): FailureDraft {
  if (detail !== undefined && /not authenticated/i.test(detail)) {
    return { kind: 'auth', cause: 'not_authenticated', httpStatus: status, detail };
  }
  if (detail !== undefined && speaksOfIpAddress(detail)) {
    return { kind: 'auth', cause: 'ip_not_allowed', httpStatus: status, detail };
  }
  const cause = status === 401 ? 'not_authenticated' : 'forbidden';
  return detail === undefined
    ? { kind: 'auth', cause, httpStatus: status }
    : { kind: 'auth', cause, httpStatus: status, detail };
}

/**
 * Classifies a non-2xx HTTP answer (returns null for 2xx). 429/503 mean "not accepted, come
 * back later"; 500/502/504 may come after CommPeak accepted the batch, so they are uncertain.
 */
export function classifyHttpStatus(
  status: number,
  headers: Headers,
  bodyText: string,
  context: { readonly host: string; readonly nowMs: number },
): FailureDraft | null {
  if (status >= 200 && status < 300) return null;
  // A browser-style fetch reports `redirect: 'manual'` as an opaque response with status 0.
  if (status === 0) return { kind: 'config', cause: 'redirect', host: context.host };
  const detail = extractDetail(bodyText);
  const withDetail = detail === undefined ? {} : { detail };
  const host = context.host;
  if (status === 401 || status === 403) return { ...authCause(status, detail), host };
  if (RETRY_HTTP_STATUSES.has(status)) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'), context.nowMs);
    const cause = status === 429 ? 'http_429' : 'http_503';
    // (A status added to RETRY_HTTP_STATUSES reads as a 503: "come back later".)
    return retryAfterMs === undefined
      ? { kind: 'retry', cause, httpStatus: status, host }
      : { kind: 'retry', cause, httpStatus: status, host, retryAfterMs };
  }
  if (status >= 500) return { kind: 'uncertain', cause: 'http_5xx', httpStatus: status, host };
  if (status === 404)
    return { kind: 'config', cause: 'not_found', httpStatus: status, host, ...withDetail };
  if (status === 422) {
    return { kind: 'config', cause: 'validation', httpStatus: status, host, ...withDetail };
  }
  if (status >= 300 && status < 400) {
    const location = headers.get('location');
    return location === null
      ? { kind: 'config', cause: 'redirect', httpStatus: status, host }
      : { kind: 'config', cause: 'redirect', httpStatus: status, host, location };
  }
  return { kind: 'config', cause: 'http_4xx', httpStatus: status, host, ...withDetail };
}

/** A per-message `error`: RATE_LIMIT is retryable, anything else (known or not) is final. */
export function classifyMessageError(
  error: string,
  details: string | null | undefined,
): FailureDraft {
  if (error === 'RATE_LIMIT') {
    return details
      ? { kind: 'retry', cause: 'rate_limit', error, details }
      : { kind: 'retry', cause: 'rate_limit', error };
  }
  return details
    ? { kind: 'permanent', cause: 'message_error', error, details }
    : { kind: 'permanent', cause: 'message_error', error };
}

/**
 * Redacts every string in the draft (a field holding any form of the token becomes
 * `[redacted]` as a whole), then writes (and redacts) the user-facing message.
 */
export function finalizeFailure(draft: FailureDraft, secrets: readonly string[]): ApiFailure {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    clean[key] =
      typeof value === 'string' && key !== 'kind' && key !== 'cause'
        ? redactField(value, secrets)
        : value;
  }
  const redacted = clean as FailureDraft;
  return { ...redacted, message: redactSecrets(describeFailure(redacted), secrets) } as ApiFailure;
}
