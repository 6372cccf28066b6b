import { spawn } from 'node:child_process';
import { describe, expect, it, onTestFinished } from 'vitest';
import { json } from '../../../main/sandbox/reply';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/start-sandbox';
import { malformedRequests, rawRequest, statusOf } from '../../support/raw-http';
import { sleep, waitFor } from '../../support/wait';

const TOKEN = 'robust-token-1';
const message = (id: string) => ({
  internal_id: id,
  sender: 'BRAND',
  recipient_phone: '4915200000001',
  message_content: 'Hello',
});

async function send(baseUrl: string, id: string): Promise<number> {
  const res = await fetch(`${baseUrl}/simple_send/`, {
    method: 'POST',
    headers: { Authorization: TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messages: [message(id)] }),
  });
  await res.text();
  return res.status;
}

function control(baseUrl: string, path: string, token: string | null, body?: unknown) {
  return fetch(`${baseUrl}/_sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: token === null ? {} : { Authorization: token },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function sandboxWith(hooks: Parameters<typeof startSandbox>[1] = {}): Promise<SandboxHandle> {
  const s = await startSandbox({ tokens: [TOKEN], latencyMs: [0, 0] }, hooks);
  onTestFinished(() => s.close());
  return s;
}

describe('the sandbox answers malformed requests and keeps serving', () => {
  it.each(malformedRequests)('%s', async (_, bytes) => {
    const s = await sandboxWith();
    const answer = await rawRequest(s.port, bytes);
    const status = statusOf(answer);
    // An answer in the 4xx range, or a closed connection; never a crash or a 5xx.
    if (status !== null) expect(status).toBeGreaterThanOrEqual(400);
    if (status !== null) expect(status).toBeLessThan(500);
    expect(await send(s.baseUrl, 'after')).toBe(200);
  });

  it('answers 400 to a URL it cannot parse', async () => {
    const s = await sandboxWith();
    expect(statusOf(await rawRequest(s.port, 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n'))).toBe(400);
  });

  it('refuses a body over 10 MB with 413 and serves the next request', async () => {
    const s = await sandboxWith();
    const res = await fetch(`${s.baseUrl}/simple_send/`, {
      method: 'POST',
      headers: { Authorization: TOKEN },
      body: 'x'.repeat(11 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(await send(s.baseUrl, 'after')).toBe(200);
  });
});

describe('a sandbox handler that fails answers 500 for that request only', () => {
  const faults = {
    // A handler that throws while routing.
    '/_fault/throw': () => {
      throw new Error('handler threw');
    },
    // One that rejects.
    '/_fault/reject': () => Promise.reject(new Error('handler rejected')),
    // A reply whose header cannot be written, sent from a timer (the latency path).
    '/_fault/bad-header': () => ({ reply: json(200, {}, { 'X-Bad': 'line\nbreak' }) }),
    // Work that runs after the reply and fails.
    '/_fault/then': () => ({
      reply: json(200, { ok: true }),
      afterReply: () => Promise.reject(new Error('after the reply')),
    }),
  } as const;

  it.each(Object.keys(faults))('%s', async (path) => {
    const s = await sandboxWith({
      onCall: (call) => faults[call.url.pathname as keyof typeof faults]?.(),
    });
    const res = await fetch(`${s.baseUrl}${path}`, { method: 'POST' });
    expect(res.status).toBe(path === '/_fault/then' ? 200 : 500);
    await sleep(50);
    expect(await send(s.baseUrl, 'after')).toBe(200);
  });
});

describe('/_sandbox/* needs the sandbox token', () => {
  it('refuses introspection and switches without it, serves them with it', async () => {
    const s = await sandboxWith();
    await send(s.baseUrl, 'a');
    for (const token of [null, 'wrong', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      expect((await control(s.baseUrl, 'received', token)).status).toBe(403);
      expect((await control(s.baseUrl, 'stats', token)).status).toBe(403);
      expect((await control(s.baseUrl, 'profile', token, { profile: 'auth' })).status).toBe(403);
      expect((await control(s.baseUrl, 'fault', token, { fault: 'status500Before' })).status).toBe(
        403,
      );
    }
    expect(s.profile()).toBe('clean');
    const received = (await (await control(s.baseUrl, 'received', TOKEN)).json()) as {
      total: number;
    };
    expect(received.total).toBe(1);
    expect((await control(s.baseUrl, 'profile', TOKEN, { profile: 'auth' })).status).toBe(200);
    await waitFor(() => s.profile() === 'auth', 2000);
  });
});

describe('peaksend sandbox as a process', () => {
  it('prints one clear line and exits 1 when its port is in use', async () => {
    const taken = await sandboxWith();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bin/peaksend.mjs', 'sandbox', '--port', String(taken.port)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, out, err }).toEqual({
      code: 1,
      out: '',
      err: `Port ${taken.port} is in use; pass --port N or stop the other program.\n`,
    });
  });

  it('survives every malformed request and still serves', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bin/peaksend.mjs', 'sandbox', '--token', TOKEN],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    onTestFinished(() => {
      child.kill('SIGKILL');
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await waitFor(() => /READY/.test(out), 20_000, 'READY');
    const baseUrl = /READY (\S+)/.exec(out)?.[1] ?? '';
    const port = Number(new URL(baseUrl).port);
    for (const [, bytes] of malformedRequests) await rawRequest(port, bytes);
    expect(child.exitCode).toBeNull();
    expect(await send(baseUrl, 'after')).toBe(200);
    expect(err).not.toMatch(/TypeError|Error:/);
  });
});
