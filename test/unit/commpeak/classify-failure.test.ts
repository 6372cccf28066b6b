import { describe, expect, it } from 'vitest';
import {
  classifyHttpStatus,
  classifyMessageError,
  classifyNetworkError,
  extractDetail,
  finalizeFailure,
} from '../../../main/engine/commpeak/classify-failure';
import { redactSecrets } from '../../../main/engine/commpeak/redact';
import { parseRetryAfter } from '../../../main/engine/commpeak/retry-after';
import { toAppFailure } from '../../../main/engine/commpeak/to-app-failure';

const ctx = { host: 'api.example', timeoutMs: 1000, timedOut: false };
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('classifyNetworkError', () => {
  it('finds codes down the cause chain and inside AggregateErrors', () => {
    const aggregate = new AggregateError(
      [coded('ECONNREFUSED'), coded('ECONNREFUSED')],
      'all failed',
    );
    expect(classifyNetworkError(fetchFailed(aggregate), ctx)).toMatchObject({
      kind: 'retry',
      cause: 'connection_refused',
    });
    expect(classifyNetworkError(fetchFailed(coded('EAI_AGAIN')), ctx)).toMatchObject({
      kind: 'retry',
      cause: 'dns',
    });
    expect(classifyNetworkError(fetchFailed(coded('UND_ERR_CONNECT_TIMEOUT')), ctx)).toMatchObject({
      kind: 'retry',
      cause: 'unreachable',
    });
    expect(classifyNetworkError(fetchFailed(coded('CERT_HAS_EXPIRED')), ctx)).toMatchObject({
      kind: 'retry',
      cause: 'tls',
    });
    expect(
      classifyNetworkError(fetchFailed(coded('UND_ERR_SOCKET', 'other side closed')), ctx),
    ).toMatchObject({
      kind: 'uncertain',
      cause: 'reset',
    });
    expect(classifyNetworkError(fetchFailed(new Error('socket hang up')), ctx)).toMatchObject({
      kind: 'uncertain',
      cause: 'reset',
    });
  });

  it("understands Electron net.fetch's net::ERR_ messages", () => {
    expect(classifyNetworkError(new Error('net::ERR_CONNECTION_REFUSED'), ctx)).toMatchObject({
      cause: 'connection_refused',
    });
    expect(classifyNetworkError(new Error('net::ERR_NAME_NOT_RESOLVED'), ctx)).toMatchObject({
      cause: 'dns',
    });
    expect(classifyNetworkError(new Error('net::ERR_CERT_AUTHORITY_INVALID'), ctx)).toMatchObject({
      cause: 'tls',
    });
    expect(classifyNetworkError(new Error('net::ERR_CONNECTION_RESET'), ctx)).toMatchObject({
      kind: 'uncertain',
      cause: 'reset',
    });
  });

  it('timeouts and unknown errors are uncertain, never retried', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(classifyNetworkError(timeout, ctx)).toMatchObject({
      kind: 'uncertain',
      cause: 'timeout',
      timeoutMs: 1000,
    });
    expect(classifyNetworkError(new Error('weird'), { ...ctx, timedOut: true })).toMatchObject({
      cause: 'timeout',
    });
    expect(classifyNetworkError(new DOMException('stop', 'AbortError'), ctx)).toMatchObject({
      cause: 'aborted',
    });
    expect(classifyNetworkError(fetchFailed(coded('EWHATEVER')), ctx)).toMatchObject({
      kind: 'uncertain',
      cause: 'network',
      networkCode: 'EWHATEVER',
    });
  });
});

describe('classifyHttpStatus', () => {
  const at = { host: 'h', nowMs: 0 };
  const headers = (h: Record<string, string> = {}) => new Headers(h);
  it('maps each status to its row', () => {
    expect(classifyHttpStatus(200, headers(), '', at)).toBeNull();
    expect(classifyHttpStatus(503, headers({ 'retry-after': '3' }), '', at)).toMatchObject({
      kind: 'retry',
      retryAfterMs: 3000,
    });
    expect(classifyHttpStatus(500, headers(), '', at)).toMatchObject({ kind: 'uncertain' });
    expect(classifyHttpStatus(308, headers({ location: 'https://x/' }), '', at)).toMatchObject({
      kind: 'config',
      cause: 'redirect',
      location: 'https://x/',
    });
    expect(classifyHttpStatus(413, headers(), 'too big', at)).toMatchObject({
      kind: 'config',
      cause: 'http_4xx',
      detail: 'too big',
    });
    expect(
      classifyHttpStatus(403, headers(), '{"detail":"Forbidden by policy"}', at),
    ).toMatchObject({
      kind: 'auth',
      cause: 'forbidden',
      detail: 'Forbidden by policy',
    });
  });

  it('explains a 403 as an IP-list problem only when CommPeak speaks of an IP, an address or an ACL', () => {
    const cause = (detail: string) =>
      classifyHttpStatus(403, headers(), JSON.stringify({ detail }), at)?.cause;
    expect(cause("IP address 203.0.113.9 is not in this stream's allowed IPs")).toBe(
      'ip_not_allowed',
    );
    expect(cause('Access denied by ACL')).toBe('ip_not_allowed');
    expect(cause('Caller 198.51.100.7 refused')).toBe('ip_not_allowed');
    expect(cause('Your IPv6 is blocked')).toBe('ip_not_allowed');
    // "allow" or "whitelist" alone is about something else (a sender, a feature).
    expect(cause('Sender not allowed')).toBe('forbidden');
    expect(cause('This stream is not whitelisted for OTP')).toBe('forbidden');
    expect(cause('Not authenticated')).toBe('not_authenticated');
    expect(cause('Tip: allowance exceeded')).toBe('forbidden');
  });

  it('keeps FastAPI details, skips HTML error pages', () => {
    expect(
      extractDetail(
        '{"detail":[{"loc":["body","messages",0,"sender"],"msg":"Field required","type":"missing"}]}',
      ),
    ).toBe('messages.0.sender: Field required');
    expect(extractDetail('<html><body>502 Bad Gateway</body></html>')).toBeUndefined();
  });
});

describe('messages and redaction', () => {
  it('keeps unknown per-message errors verbatim as permanent', () => {
    const failure = finalizeFailure(classifyMessageError('BLOCKED_WORD', 'Contains "casino"'), []);
    expect(failure).toMatchObject({
      kind: 'permanent',
      error: 'BLOCKED_WORD',
      details: 'Contains "casino"',
    });
    expect(failure.message).toBe(
      'CommPeak rejected this message: BLOCKED_WORD (Contains "casino").',
    );
    expect(toAppFailure(failure).code).toBe('API_REJECTED');
  });

  it('redacts the token, its JSON-escaped form, Authorization values and URL passwords', () => {
    const token = 'ab"cd\\ef';
    const text = `x ${token} ${JSON.stringify(token)} Authorization: zzz https://u:pw@host/p`;
    const out = redactSecrets(text, [token]);
    expect(out).not.toContain('ab"cd');
    expect(out).not.toContain('zzz');
    expect(out).not.toContain('pw@');
    expect(out).toContain('https://[redacted]@host/p');
  });

  it('redacts every string field of a failure, including CommPeak details', () => {
    const failure = finalizeFailure(
      { kind: 'auth', cause: 'forbidden', httpStatus: 403, detail: 'bad token SECRET1' },
      ['SECRET1'],
    );
    expect(JSON.stringify(failure)).not.toContain('SECRET1');
  });
});
