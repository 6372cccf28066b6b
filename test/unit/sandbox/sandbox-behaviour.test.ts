import { describe, expect, it } from 'vitest';
import type { SandboxConfigInput } from '../../../main/sandbox/sandbox-config';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/start-sandbox';
import { sandboxControl } from '../../support/sandbox-control';
import { testSandbox } from '../../support/test-engine';

/** The test's sandbox (closed when the test ends); the request helpers below talk to it. */
let sandbox: SandboxHandle | undefined;
async function start(config: SandboxConfigInput = {}): Promise<SandboxHandle> {
  sandbox = await testSandbox({ tokens: ['tok-1'], ...config });
  return sandbox;
}

const wire = (id: string, text = 'Hello') => ({
  internal_id: id,
  sender: 'BRAND',
  recipient_phone: '4915200000001',
  message_content: text,
});

function send(messages: unknown[], init: RequestInit = {}) {
  return fetch(`${sandbox?.baseUrl}/simple_send/`, {
    method: 'POST',
    headers: { Authorization: 'tok-1', 'Content-Type': 'application/json' },
    body: JSON.stringify({ messages }),
    ...init,
  });
}

async function errorsOf(res: Response): Promise<(string | null)[]> {
  const body = (await res.json()) as { messages: { error: string | null }[] };
  return body.messages.map((m) => m.error);
}

describe('sandbox throttling', () => {
  it('counts message parts against the per-token bucket (GSM-7 153 per part, UCS-2 67)', async () => {
    await start({ partsPerSecond: 5 });
    // 3 parts (GSM-7, 400 chars) + 2 parts (UCS-2, 100 chars) = 5, then any more is over budget.
    const res = await send([
      wire('a', 'a'.repeat(400)),
      wire('b', 'ü€'.repeat(1) + 'Ж'.repeat(98)),
      wire('c'),
    ]);
    expect(await errorsOf(res)).toEqual([null, null, 'RATE_LIMIT']);
    expect(sandbox?.received().map((r) => r.parts)).toEqual([3, 2, 1]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await errorsOf(await send([wire('d')]))).toEqual([null]);
  });

  it('answers floods with 429 and Retry-After', async () => {
    await start({ floodRequestsPerSecond: 2, retryAfterSeconds: 3 });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const res = await send([wire(`f${i}`)]);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBe('3');
  });
});

describe('sandbox faults and profiles', () => {
  it('draws faults by probability per request (certain with probability 1)', async () => {
    await start({ faults: { status500Before: 1 } });
    const res = await send([wire('a')]);
    expect(res.status).toBe(500);
    expect(sandbox?.received()).toEqual([]);
    expect(sandbox?.stats().faults).toEqual({ status500Before: 1 });
  });

  it('records the batch for "after" faults and not for "before" faults', async () => {
    await start();
    sandbox?.injectFault('status502Before');
    expect((await send([wire('a')])).status).toBe(502);
    sandbox?.injectFault('status504After');
    const after = await send([wire('b')]);
    expect(after.status).toBe(504);
    expect(after.headers.get('content-type')).toBe('text/html');
    expect(sandbox?.received().map((r) => [r.internalId, r.accepted])).toEqual([['b', true]]);
    expect((await send([wire('c')])).status).toBe(200);
  });

  it('applies latency and allows zero latency', async () => {
    await start({ latencyMs: [150, 150] });
    const started = performance.now();
    await (await send([wire('a')])).arrayBuffer();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('closes hanging requests when it closes', async () => {
    await start();
    sandbox?.injectFault('hangAfter');
    const pending = send([wire('a')]).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await sandbox?.close();
    sandbox = undefined;
    expect(await pending).toBe('dropped');
  });

  it('goes down (connection refused) and comes back on the same port', async () => {
    const s = await start();
    await s.setProfile('down');
    await expect(send([wire('a')])).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    await s.setProfile('realistic');
    expect((await send([wire('b')])).status).toBe(200);
    expect(s.profile()).toBe('realistic');
  });

  it('switches profile over HTTP, with an automatic way back from down', async () => {
    const s = await start();
    const res = await sandboxControl(s.baseUrl, 'tok-1', 'profile', {
      profile: 'down',
      revertAfterMs: 200,
    });
    expect(await res.json()).toEqual({ profile: 'down' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(send([wire('a')])).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await send([wire('b')])).status).toBe(200);
    expect(s.profile()).toBe('clean');
  });

  it('queues faults over HTTP for a route', async () => {
    const s = await start();
    await sandboxControl(s.baseUrl, 'tok-1', 'fault', { fault: 'status503Before', times: 2 });
    expect([
      (await send([wire('a')])).status,
      (await send([wire('b')])).status,
      (await send([wire('c')])).status,
    ]).toEqual([503, 503, 200]);
  });

  it('the auth profile refuses every call', async () => {
    await start({ profile: 'auth' });
    const res = await send([wire('a')]);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: 'Not authenticated' });
  });

  it('is reproducible with a seed and resolves profile + overrides', async () => {
    const outcomes = async () => {
      const s = await startSandbox({
        profile: 'flaky',
        latencyMs: [0, 0],
        seed: 42,
        tokens: ['tok-1'],
        faults: { resetAfter: 0.5 },
      });
      sandbox = s;
      const seen: string[] = [];
      for (let i = 0; i < 10; i++) {
        seen.push(
          await send([wire(`s${i}`)]).then(
            (r) => String(r.status),
            () => 'reset',
          ),
        );
      }
      await s.close();
      sandbox = undefined;
      return seen;
    };
    const first = await outcomes();
    expect(first).toContain('reset');
    expect(first).toContain('200');
    expect(await outcomes()).toEqual(first);
  });
});
