import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '../../../main/engine/commpeak/api-failure';
import { sendBatch, type SendBatchResult } from '../../../main/engine/commpeak/send-batch';
import type { FaultName, SandboxConfigInput } from '../../../main/sandbox/sandbox-config';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { createHarness, messages, type Harness } from './harness';

async function setup(config: SandboxConfigInput = {}): Promise<Harness> {
  return createHarness(config);
}

/** The one failure every message of a whole-call failure carries. */
function callFailureOf(result: SendBatchResult): ApiFailure {
  expect(result.callFailure).not.toBeNull();
  for (const outcome of result.outcomes) {
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed') expect(outcome.failure).toEqual(result.callFailure);
  }
  return result.callFailure as ApiFailure;
}

async function sendWithFault(fault: FaultName, config: SandboxConfigInput = {}, timeoutMs = 5000) {
  const h = await setup(config);
  h.sandbox.injectFault(fault);
  const result = await sendBatch(h.stream({ timeoutMs }), messages(3), h.deps);
  return { h, result, failure: callFailureOf(result) };
}

describe('sendBatch against the sandbox: whole-call classification', () => {
  it('accepts a clean batch and sends digits-only phones with the raw token', async () => {
    const h = await setup();
    const result = await sendBatch(h.stream(), messages(3), h.deps);
    expect(result.callFailure).toBeNull();
    expect(result.outcomes.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const received = h.sandbox.received();
    expect(received.map((r) => r.phone)).toEqual([
      '4915200000001',
      '4915200000002',
      '4915200000003',
    ]);
    const uuids = result.outcomes.map((o) => (o.status === 'accepted' ? o.messageUuid : ''));
    expect(received.map((r) => r.uuid)).toEqual(uuids);
  });

  it('429 with Retry-After -> retry with retryAfterMs', async () => {
    const { failure, h } = await sendWithFault('status429', { retryAfterSeconds: 7 });
    expect(failure).toMatchObject({
      kind: 'retry',
      cause: 'http_429',
      httpStatus: 429,
      retryAfterMs: 7000,
    });
    expect(failure.message).toContain('7 seconds');
    expect(h.sandbox.received()).toHaveLength(0);
  });

  it('flooding the sandbox (more calls per second than allowed) -> 429 retry', async () => {
    const h = await setup({ floodRequestsPerSecond: 1, retryAfterSeconds: 1 });
    const results = await Promise.all(
      [1, 2, 3].map((n) => sendBatch(h.stream(), messages(1, `f${n}`), h.deps)),
    );
    const kinds = results.map((r) => r.callFailure?.cause ?? 'ok');
    expect(kinds).toContain('http_429');
    expect(kinds).toContain('ok');
  });

  it('503 before accepting -> retry, nothing received', async () => {
    const { failure, h } = await sendWithFault('status503Before', { retryAfterSeconds: 2 });
    expect(failure).toMatchObject({ kind: 'retry', cause: 'http_503', retryAfterMs: 2000 });
    expect(h.sandbox.received()).toHaveLength(0);
  });

  for (const status of [500, 502, 504] as const) {
    it(`${status} before accepting -> uncertain (the client cannot tell before from after)`, async () => {
      const { failure, h } = await sendWithFault(`status${status}Before`);
      expect(failure).toMatchObject({ kind: 'uncertain', cause: 'http_5xx', httpStatus: status });
      expect(h.sandbox.received()).toHaveLength(0);
    });

    it(`${status} after accepting -> uncertain, and the sandbox did receive the batch`, async () => {
      const { failure, h } = await sendWithFault(`status${status}After`);
      expect(failure).toMatchObject({ kind: 'uncertain', cause: 'http_5xx', httpStatus: status });
      expect(h.sandbox.received().filter((r) => r.accepted)).toHaveLength(3);
    });
  }

  it('503 after accepting is still "not accepted" per the protocol -> retry', async () => {
    const { failure } = await sendWithFault('status503After');
    expect(failure.kind).toBe('retry');
  });

  it('a hang until the client times out -> uncertain timeout', async () => {
    const { failure, h } = await sendWithFault('hangAfter', {}, 300);
    expect(failure).toMatchObject({ kind: 'uncertain', cause: 'timeout', timeoutMs: 300 });
    expect(failure.message).toContain('0.3 seconds');
    expect(h.sandbox.received()).toHaveLength(3);
  });

  it('a hang before accepting is just as uncertain to the client', async () => {
    const { failure } = await sendWithFault('hangBefore', {}, 300);
    expect(failure).toMatchObject({ kind: 'uncertain', cause: 'timeout' });
  });

  for (const fault of ['resetBefore', 'resetAfter'] as const) {
    it(`a connection reset (${fault}) -> uncertain reset`, async () => {
      const { failure } = await sendWithFault(fault);
      expect(failure).toMatchObject({ kind: 'uncertain', cause: 'reset' });
      expect(failure.networkCode).toMatch(/ECONNRESET|UND_ERR_SOCKET|socket hang up/);
    });
  }

  it('a malformed 200 body -> uncertain malformed_reply', async () => {
    const { failure, h } = await sendWithFault('malformed');
    expect(failure).toMatchObject({ kind: 'uncertain', cause: 'malformed_reply', httpStatus: 200 });
    expect(h.sandbox.received()).toHaveLength(3);
  });

  it('down (nothing listening) -> retry connection_refused, then works again when it is back', async () => {
    const h = await setup();
    await h.sandbox.setProfile('down');
    const down = await sendBatch(h.stream(), messages(2), h.deps);
    expect(callFailureOf(down)).toMatchObject({
      kind: 'retry',
      cause: 'connection_refused',
      networkCode: 'ECONNREFUSED',
    });
    await h.sandbox.setProfile('clean');
    const up = await sendBatch(h.stream(), messages(2, 'up'), h.deps);
    expect(up.callFailure).toBeNull();
  });

  it('a sandbox started in the down profile refuses connections', async () => {
    const sandbox = await startSandbox({ profile: 'down' });
    try {
      const h = await setup();
      const result = await sendBatch(h.stream({ baseUrl: sandbox.baseUrl }), messages(1), h.deps);
      expect(callFailureOf(result)).toMatchObject({ kind: 'retry', cause: 'connection_refused' });
    } finally {
      await sandbox.close();
    }
  });

  it('a DNS failure (.invalid host) -> retry dns', async () => {
    const h = await setup();
    const result = await sendBatch(
      h.stream({ baseUrl: 'https://commpeak.invalid' }),
      messages(2),
      h.deps,
    );
    const failure = callFailureOf(result);
    expect(failure).toMatchObject({ kind: 'retry', cause: 'dns', host: 'commpeak.invalid' });
    expect(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']).toContain(failure.networkCode);
  });

  it('a wrong token -> auth "CommPeak refused the token (403 Not authenticated)"', async () => {
    const h = await setup();
    const result = await sendBatch(h.stream({ token: 'not-the-token' }), messages(2), h.deps);
    const failure = callFailureOf(result);
    expect(failure).toMatchObject({
      kind: 'auth',
      cause: 'not_authenticated',
      httpStatus: 403,
      detail: 'Not authenticated',
    });
    expect(failure.message).toContain('CommPeak refused the token (403 Not authenticated)');
  });

  it('the auth profile refuses even the right token; 401 servers are auth failures too', async () => {
    let h = await setup({ profile: 'auth' });
    expect(callFailureOf(await sendBatch(h.stream(), messages(1), h.deps))).toMatchObject({
      kind: 'auth',
      httpStatus: 403,
    });
    h = await setup({ authFailureStatus: 401 });
    const failure = callFailureOf(
      await sendBatch(h.stream({ token: 'nope' }), messages(1), h.deps),
    );
    expect(failure).toMatchObject({ kind: 'auth', cause: 'not_authenticated', httpStatus: 401 });
  });

  it('403 from the IP ACL names the IP and quotes CommPeak; an allowed IP passes', async () => {
    let h = await setup({ tokens: [{ token: 'acl-token', allowedIps: ['10.9.9.9'] }] });
    const refused = await sendBatch(h.stream({ token: 'acl-token' }), messages(1), h.deps);
    const failure = callFailureOf(refused);
    expect(failure).toMatchObject({ kind: 'auth', cause: 'ip_not_allowed', httpStatus: 403 });
    expect(failure.message).toContain(
      "This computer's IP is not in the stream's allowed IPs (CommPeak said: ",
    );
    expect(failure.message).toContain('127.0.0.1');
    h = await setup({ tokens: [{ token: 'acl-token', allowedIps: ['127.0.0.1'] }] });
    const allowed = await sendBatch(h.stream({ token: 'acl-token' }), messages(1), h.deps);
    expect(allowed.callFailure).toBeNull();
  });

  it('307 (an old host that moved) -> config redirect, not followed', async () => {
    const target = await setup();
    const moved = await startSandbox({ movedTo: target.sandbox.baseUrl, tokens: ['x'] });
    try {
      const result = await sendBatch(
        target.stream({ baseUrl: moved.baseUrl }),
        messages(2),
        target.deps,
      );
      const failure = callFailureOf(result);
      expect(failure).toMatchObject({ kind: 'config', cause: 'redirect', httpStatus: 307 });
      expect(failure.location).toBe(`${target.sandbox.baseUrl}/simple_send/`);
      expect(failure.message).toContain('base URL looks wrong');
      expect(target.sandbox.received()).toHaveLength(0);
    } finally {
      await moved.close();
    }
  });

  it('404 (wrong base URL path) -> config not_found that says so', async () => {
    const h = await setup();
    const result = await sendBatch(
      h.stream({ baseUrl: `${h.sandbox.baseUrl}/api/v2/` }),
      messages(1),
      h.deps,
    );
    const failure = callFailureOf(result);
    expect(failure).toMatchObject({
      kind: 'config',
      cause: 'not_found',
      httpStatus: 404,
      detail: 'Not Found',
    });
    expect(failure.message).toContain('base URL');
  });

  it("422 for a batch over the cap -> config validation with CommPeak's message", async () => {
    const h = await setup({ batchCap: 3 });
    const failure = callFailureOf(await sendBatch(h.stream(), messages(4), h.deps));
    expect(failure).toMatchObject({ kind: 'config', cause: 'validation', httpStatus: 422 });
    expect(failure.detail).toBe(
      'messages: List should have at most 3 items after validation, not 4',
    );
    expect(failure.message).toContain('at most 3 items');
  });

  it('a base URL with credentials or a bad token is refused before anything is sent', async () => {
    const h = await setup();
    const url = new URL(h.sandbox.baseUrl);
    const withCreds = await sendBatch(
      h.stream({ baseUrl: `http://u:p@${url.host}` }),
      messages(1),
      h.deps,
    );
    expect(callFailureOf(withCreds)).toMatchObject({ kind: 'config', cause: 'bad_base_url' });
    const badToken = await sendBatch(h.stream({ token: 'abc def' }), messages(1), h.deps);
    expect(callFailureOf(badToken)).toMatchObject({ kind: 'config', cause: 'bad_token' });
    expect(h.sandbox.stats().requests).toBe(0);
  });
});
