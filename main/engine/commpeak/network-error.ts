import type { FailureDraft } from './api-failure';

interface ErrorFacts {
  readonly names: string[];
  readonly codes: string[];
  readonly messages: string[];
}

/**
 * Collects names, codes and messages down the cause chain. Node's fetch wraps network errors as
 * `TypeError('fetch failed')` with the real error in `.cause` (sometimes an AggregateError when
 * several addresses were tried); Electron's net.fetch puts `net::ERR_…` in the message.
 */
function collect(error: unknown, facts: ErrorFacts, depth: number): void {
  if (depth > 8 || error === null || typeof error !== 'object') {
    if (typeof error === 'string') facts.messages.push(error);
    return;
  }
  const e = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof e.name === 'string') facts.names.push(e.name);
  if (typeof e.code === 'string') facts.codes.push(e.code);
  if (typeof e.message === 'string') {
    facts.messages.push(e.message);
    const chromium = e.message.match(/net::ERR_[A-Z_]+/);
    if (chromium) facts.codes.push(chromium[0]);
  }
  if (Array.isArray(e.errors)) for (const inner of e.errors) collect(inner, facts, depth + 1);
  if (e.cause !== undefined) collect(e.cause, facts, depth + 1);
}

const REFUSED = new Set(['ECONNREFUSED', 'net::ERR_CONNECTION_REFUSED']);
const DNS = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'EAI_NODATA',
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_NAME_RESOLUTION_FAILED',
]);
// Failures while opening the connection: the request was never written.
const UNREACHABLE = new Set([
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'net::ERR_INTERNET_DISCONNECTED',
  'net::ERR_ADDRESS_UNREACHABLE',
  'net::ERR_CONNECTION_TIMED_OUT',
  'net::ERR_NETWORK_CHANGED',
  'net::ERR_PROXY_CONNECTION_FAILED',
]);
const RESET = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'net::ERR_CONNECTION_RESET',
  'net::ERR_CONNECTION_CLOSED',
  'net::ERR_CONNECTION_ABORTED',
  'net::ERR_EMPTY_RESPONSE',
]);
const TIMEOUT = new Set([
  'ETIMEDOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'net::ERR_TIMED_OUT',
]);

// Handshake and certificate errors (ERR_TLS_CERT_ALTNAME_INVALID, CERT_HAS_EXPIRED,
// DEPTH_ZERO_SELF_SIGNED_CERT, ERR_SSL_WRONG_VERSION_NUMBER, net::ERR_CERT_…): raised before the
// request is written.
function isTls(code: string): boolean {
  return /^ERR_TLS_|^ERR_SSL_|CERT|SIGNATURE|^net::ERR_SSL_/.test(code);
}

/**
 * Sorts a thrown fetch error into "provably not sent" (retry) or "may have been sent"
 * (uncertain). Anything we cannot place is uncertain: resending a message twice costs the
 * customer money and trust, asking the user costs a click.
 *
 * A timeout is always uncertain: with an injected fetch we cannot see whether the connection was
 * up and the body written when the timer fired. Connect-phase failures that carry their own code
 * (refused, DNS, TLS handshake, connect timeout) are retryable.
 */
export function classifyNetworkError(
  error: unknown,
  context: { readonly host: string; readonly timeoutMs: number; readonly timedOut: boolean },
): FailureDraft {
  const facts: ErrorFacts = { names: [], codes: [], messages: [] };
  collect(error, facts, 0);
  const base = { host: context.host };
  const has = (set: ReadonlySet<string>) => facts.codes.find((c) => set.has(c));

  if (context.timedOut || facts.names.includes('TimeoutError')) {
    return { kind: 'uncertain', cause: 'timeout', ...base, timeoutMs: context.timeoutMs };
  }
  if (facts.names.includes('AbortError')) return { kind: 'uncertain', cause: 'aborted', ...base };
  // Fetch refuses some ports (e.g. 1, 25, 6000) before connecting.
  if (facts.messages.includes('bad port')) {
    return {
      kind: 'config',
      cause: 'bad_base_url',
      ...base,
      detail: 'fetch does not allow that port',
    };
  }
  const refused = has(REFUSED);
  if (refused) return { kind: 'retry', cause: 'connection_refused', ...base, networkCode: refused };
  const dns = has(DNS);
  if (dns) return { kind: 'retry', cause: 'dns', ...base, networkCode: dns };
  const unreachable = has(UNREACHABLE);
  if (unreachable)
    return { kind: 'retry', cause: 'unreachable', ...base, networkCode: unreachable };
  const tls = facts.codes.find(isTls);
  if (tls) return { kind: 'retry', cause: 'tls', ...base, networkCode: tls };
  const reset = has(RESET);
  if (reset) return { kind: 'uncertain', cause: 'reset', ...base, networkCode: reset };
  if (facts.messages.some((m) => /socket hang up|other side closed/i.test(m))) {
    return { kind: 'uncertain', cause: 'reset', ...base, networkCode: 'socket hang up' };
  }
  const timeout = has(TIMEOUT);
  if (timeout) {
    return {
      kind: 'uncertain',
      cause: 'timeout',
      ...base,
      networkCode: timeout,
      timeoutMs: context.timeoutMs,
    };
  }
  const code = facts.codes[0];
  return code === undefined
    ? { kind: 'uncertain', cause: 'network', ...base }
    : { kind: 'uncertain', cause: 'network', ...base, networkCode: code };
}
