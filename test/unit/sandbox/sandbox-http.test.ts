import { describe, expect, it } from 'vitest';
import type { SandboxConfigInput } from '../../../main/sandbox/sandbox-config';
import type { SandboxHandle } from '../../../main/sandbox/start-sandbox';
import { sandboxControl } from '../../support/sandbox-control';
import { testSandbox } from '../../support/test-engine';

/** The test's sandbox (closed when the test ends); the request helpers below talk to it. */
let sandbox: SandboxHandle | undefined;
async function start(config: SandboxConfigInput = {}): Promise<SandboxHandle> {
  sandbox = await testSandbox({ tokens: ['tok-1'], ...config });
  return sandbox;
}

const wire = (id: string, phone = '4915200000001', text = 'Hello') => ({
  internal_id: id,
  sender: 'BRAND',
  recipient_phone: phone,
  message_content: text,
});

async function post(path: string, body: unknown, token: string | null = 'tok-1') {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = token;
  const res = await fetch(`${sandbox?.baseUrl}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text ? (JSON.parse(text) as unknown) : null,
  };
}

describe('sandbox HTTP surface', () => {
  it('answers a correct send with the documented shape and keeps what it received', async () => {
    await start();
    const res = await post('/simple_send/', { messages: [wire('a'), wire('b', '123')] });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: true,
      task_id: expect.any(String),
      messages: [
        { internal_id: 'a', message_uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), error: null },
        { internal_id: 'b', message_uuid: null, error: 'INVALID_PHONE' },
      ],
    });
    const received = (await (
      await sandboxControl(sandbox?.baseUrl ?? '', 'tok-1', 'received')
    ).json()) as {
      total: number;
      messages: unknown[];
    };
    expect(received.total).toBe(2);
    expect(received.messages[0]).toMatchObject({
      internalId: 'a',
      phone: '4915200000001',
      sender: 'BRAND',
      text: 'Hello',
      parts: 1,
      accepted: true,
      error: null,
      receivedAt: expect.any(String),
    });
    expect(received.messages[1]).toMatchObject({
      internalId: 'b',
      accepted: false,
      uuid: null,
      error: 'INVALID_PHONE',
    });
    const stats = await (await sandboxControl(sandbox?.baseUrl ?? '', 'tok-1', 'stats')).json();
    expect(stats).toMatchObject({
      received: 2,
      accepted: 1,
      messageErrors: { INVALID_PHONE: 1 },
      profile: 'clean',
    });
  });

  it('403 {"detail":"Not authenticated"} without, with a wrong, or with a Bearer token', async () => {
    await start();
    for (const token of [null, 'nope', 'Bearer tok-1']) {
      const res = await post('/simple_send/', { messages: [wire('a')] }, token);
      expect(res.status).toBe(403);
      expect(res.json).toEqual({ detail: 'Not authenticated' });
    }
    expect(sandbox?.received()).toEqual([]);
  });

  it('redirects slash-less paths with 307, 404s unknown paths, 405s other methods', async () => {
    await start();
    const redirect = await post('/simple_send?x=1', { messages: [wire('a')] });
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('location')).toBe(`${sandbox?.baseUrl}/simple_send/?x=1`);
    expect((await post('/messages_status', {})).headers.get('location')).toBe(
      `${sandbox?.baseUrl}/messages_status/`,
    );
    const missing = await post('/send/', {});
    expect(missing).toMatchObject({ status: 404, json: { detail: 'Not Found' } });
    const get = await fetch(`${sandbox?.baseUrl}/simple_send/`);
    expect(get.status).toBe(405);
    expect(sandbox?.received()).toEqual([]);
  });

  it('422 like FastAPI for bad JSON, missing or non-string fields, empty and over-cap batches', async () => {
    await start({ batchCap: 2 });
    expect((await post('/simple_send/', '{"messages": [')).json).toEqual({
      detail: [{ loc: ['body', 0], type: 'json_invalid', msg: 'JSON decode error' }],
    });
    const fields = await post('/simple_send/', {
      messages: [{ internal_id: 5, sender: 'B', message_content: 'x' }],
    });
    expect(fields.status).toBe(422);
    expect(fields.json).toEqual({
      detail: [
        {
          loc: ['body', 'messages', 0, 'internal_id'],
          type: 'string_type',
          msg: 'Input should be a valid string',
        },
        { loc: ['body', 'messages', 0, 'recipient_phone'], type: 'missing', msg: 'Field required' },
      ],
    });
    expect((await post('/simple_send/', {})).json).toEqual({
      detail: [{ loc: ['body', 'messages'], type: 'missing', msg: 'Field required' }],
    });
    expect((await post('/simple_send/', { messages: [] })).status).toBe(422);
    const over = await post('/simple_send/', { messages: [wire('a'), wire('b'), wire('c')] });
    expect(over).toMatchObject({
      status: 422,
      json: {
        detail: [
          {
            loc: ['body', 'messages'],
            type: 'too_long',
            msg: 'List should have at most 2 items after validation, not 3',
          },
        ],
      },
    });
    expect(sandbox?.received()).toEqual([]);
  });

  it('reports statuses with extra fields and omits unknown uuids', async () => {
    await start({ delivery: { delayMs: [0, 0], weights: { rejected: 1 } }, pricePerPart: 0.05 });
    const sent = (
      await post('/simple_send/', { messages: [wire('a', '4915200000001', 'x'.repeat(161))] })
    ).json as {
      messages: { message_uuid: string }[];
    };
    const uuid = sent.messages[0]?.message_uuid ?? '';
    const res = await post('/messages_status/', { message_uuids: [uuid, 'unknown'] });
    expect(res.json).toEqual({
      status: true,
      messages: [
        {
          message_uuid: uuid,
          status: 'rejected',
          internal_id: 'a',
          updated_at: expect.any(String),
          parts: 2,
          price: 0.1,
        },
      ],
    });
    expect((await post('/messages_status/', { message_uuids: 'x' })).status).toBe(422);
    expect((await post('/messages_status/', { message_uuids: [uuid] }, null)).status).toBe(403);
  });

  it('checks the per-token IP ACL (403 naming the IP) and allowed senders', async () => {
    await start({
      tokens: [
        { token: 'acl', allowedIps: ['192.0.2.1'] },
        { token: 'senders', allowedSenders: ['OK'] },
      ],
    });
    const refused = await post('/simple_send/', { messages: [wire('a')] }, 'acl');
    expect(refused.status).toBe(403);
    expect((refused.json as { detail: string }).detail).toContain('127.0.0.1');
    const res = await post(
      '/simple_send/',
      { messages: [wire('a'), { ...wire('b'), sender: 'OK' }] },
      'senders',
    );
    expect(res.json).toMatchObject({
      messages: [{ error: 'SENDER_NOT_ALLOWED' }, { error: null }],
    });
    expect(sandbox?.received().map((r) => r.tokenIndex)).toEqual([1, 1]);
  });
});
