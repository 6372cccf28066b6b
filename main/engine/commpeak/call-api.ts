import type { FailureDraft } from './api-failure';
import { capBody, type AuditEndpoint, type AuditOutcome, type AuditSink } from './audit-record';
import { classifyHttpStatus, classifyNetworkError } from './classify-failure';
import { DEFAULT_TIMEOUT_MS, type CommpeakStream } from './commpeak-types';
import { redactSecrets } from './redact';

/** What the client needs from its host; Electron passes net.fetch, tests pass Node's fetch. */
export interface ClientDeps {
  readonly fetch: typeof globalThis.fetch;
  readonly now: () => number;
  readonly audit: AuditSink;
}

export interface CallOptions {
  readonly campaignId?: string | null;
  /** Stops the request (pause/quit); a stopped request counts as uncertain. */
  readonly signal?: AbortSignal;
}

export interface CallResult {
  readonly startedAt: number;
  readonly durationMs: number;
  readonly httpStatus: number | null;
  /** Raw reply text (unredacted; callers redact before storing). */
  readonly bodyText: string | null;
  /** Null for a 2xx answer whose body was read; the caller interprets that body. */
  readonly failure: FailureDraft | null;
}

const TOKEN_CHARS = /^[\x21-\x7e]+$/;

/** Token as sent (pasted tokens often carry a trailing newline) and every form to redact. */
export function tokenForms(stream: CommpeakStream): { header: string; secrets: string[] } {
  const header = stream.token.trim();
  return { header, secrets: [stream.token, header] };
}

function endpointUrl(baseUrl: string, endpoint: AuditEndpoint): URL | FailureDraft {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return { kind: 'config', cause: 'bad_base_url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'config', cause: 'bad_base_url', detail: 'it must start with https://' };
  }
  if (url.username || url.password) {
    return { kind: 'config', cause: 'bad_base_url', detail: 'remove the user name and password' };
  }
  if (url.search || url.hash) {
    return { kind: 'config', cause: 'bad_base_url', detail: 'remove the part after ? or #' };
  }
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${endpoint}/`;
  return url;
}

/**
 * POSTs one JSON body and reads the whole reply within the stream's timeout. Never throws for
 * network or HTTP trouble: those come back as a classified `failure`.
 */
export async function callApi(
  stream: CommpeakStream,
  endpoint: AuditEndpoint,
  body: string,
  deps: ClientDeps,
  options: CallOptions,
): Promise<CallResult> {
  const startedAt = deps.now();
  const done = (rest: Omit<CallResult, 'startedAt' | 'durationMs'>): CallResult => ({
    startedAt,
    durationMs: Math.max(0, deps.now() - startedAt),
    ...rest,
  });
  const url = endpointUrl(stream.baseUrl, endpoint);
  if (!(url instanceof URL)) return done({ httpStatus: null, bodyText: null, failure: url });
  // Defence in depth: main binds the token to its origin; a bug there must not leak it.
  if (url.origin !== stream.boundOrigin) {
    const failure: FailureDraft = { kind: 'config', cause: 'origin_mismatch', host: url.host };
    return done({ httpStatus: null, bodyText: null, failure });
  }
  const { header } = tokenForms(stream);
  if (!TOKEN_CHARS.test(header)) {
    return done({
      httpStatus: null,
      bodyText: null,
      failure: { kind: 'config', cause: 'bad_token' },
    });
  }
  const timeoutMs = stream.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const context = { host: url.host, timeoutMs };
  let response: Response;
  try {
    response = await deps.fetch(url, {
      method: 'POST',
      headers: {
        Authorization: header,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body,
      signal,
      // A redirect means the base URL is wrong; following it would re-POST the batch elsewhere.
      redirect: 'manual',
    });
  } catch (error) {
    const failure = classifyNetworkError(error, { ...context, timedOut: timeout.aborted });
    return done({ httpStatus: null, bodyText: null, failure });
  }
  const status = response.status;
  let bodyText: string;
  try {
    bodyText = await response.text();
  } catch (error) {
    // The status line arrived but the body broke off: a 2xx may already mean "accepted".
    const byStatus = classifyHttpStatus(status, response.headers, '', {
      ...context,
      nowMs: deps.now(),
    });
    const failure =
      byStatus ?? classifyNetworkError(error, { ...context, timedOut: timeout.aborted });
    return done({ httpStatus: status, bodyText: null, failure });
  }
  const failure = classifyHttpStatus(status, response.headers, bodyText, {
    ...context,
    nowMs: deps.now(),
  });
  return done({ httpStatus: status, bodyText, failure });
}

/**
 * Writes the audit record for one call. An audit write that fails must not turn a sent batch
 * into an exception (the ledger would lose the outcome), so the error is returned instead.
 */
export function writeAudit(
  stream: CommpeakStream,
  endpoint: AuditEndpoint,
  call: CallResult,
  fields: {
    readonly requestBody: string;
    readonly messageCount: number;
    readonly outcome: AuditOutcome;
    readonly error: string | null;
    readonly campaignId: string | null;
  },
  deps: ClientDeps,
): string | null {
  const { secrets } = tokenForms(stream);
  const clean = (text: string) => capBody(redactSecrets(text, secrets));
  try {
    deps.audit({
      at: new Date(call.startedAt).toISOString(),
      endpoint,
      streamId: stream.id,
      campaignId: fields.campaignId,
      httpStatus: call.httpStatus,
      durationMs: call.durationMs,
      outcome: fields.outcome,
      messageCount: fields.messageCount,
      requestBody: clean(fields.requestBody),
      responseBody: call.bodyText === null ? null : clean(call.bodyText),
      error: fields.error === null ? null : redactSecrets(fields.error, secrets),
    });
    return null;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return redactSecrets(`The audit log could not be written: ${text}`, secrets);
  }
}
