import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../../../main/engine/commpeak/commpeak-types';
import { sendBatch } from '../../../main/engine/commpeak/send-batch';
import { createHarness, messages } from './harness';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const msg = (
  internalId: string,
  phone: string,
  text = 'Hi there',
  sender = 'BRAND',
): OutgoingMessage => ({
  internalId,
  phone,
  text,
  sender,
});

/** A real HTTP server with a fixed 200 body, for reply shapes the sandbox never produces. */
async function fixedReply(body: string): Promise<string> {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

describe('sendBatch: per-message outcomes', () => {
  it('mixes accepted, RATE_LIMIT (retry), INVALID_PHONE and other errors (permanent) in one batch', async () => {
    const harness = await createHarness({
      partsPerSecond: 3,
      tokens: [{ token: 'mixed', allowedSenders: ['BRAND'] }],
    });
    const batch = [
      msg('ok-1', '+4915200000001'),
      msg('bad-phone', '+12'),
      msg('ok-2', '+4915200000002'),
      msg('empty', '+4915200000003', '   '),
      msg('sender', '+4915200000004', 'Hi', 'OTHER'),
      msg('ok-3', '+4915200000005'),
      msg('throttled', '+4915200000006'),
    ];
    const result = await sendBatch(harness.stream({ token: 'mixed' }), batch, harness.deps);
    expect(result.callFailure).toBeNull();
    const byId = new Map(result.outcomes.map((o) => [o.internalId, o]));
    expect(result.outcomes.map((o) => o.internalId)).toEqual(batch.map((m) => m.internalId));
    for (const id of ['ok-1', 'ok-2', 'ok-3']) expect(byId.get(id)?.status).toBe('accepted');
    expect(byId.get('throttled')).toMatchObject({
      status: 'failed',
      failure: { kind: 'retry', cause: 'rate_limit', error: 'RATE_LIMIT' },
    });
    expect(byId.get('bad-phone')).toMatchObject({
      status: 'failed',
      failure: {
        kind: 'permanent',
        cause: 'message_error',
        error: 'INVALID_PHONE',
        details: 'The phone number must be 8 to 15 digits',
      },
    });
    expect(byId.get('empty')).toMatchObject({
      failure: { kind: 'permanent', error: 'EMPTY_CONTENT' },
    });
    expect(byId.get('sender')).toMatchObject({
      failure: { kind: 'permanent', error: 'SENDER_NOT_ALLOWED' },
    });
    const failed = byId.get('bad-phone');
    expect(failed?.status === 'failed' && failed.failure.message).toContain('INVALID_PHONE');
    // The sandbox saw every message once, accepted or not.
    expect(harness.sandbox.received().map((r) => r.internalId)).toEqual(
      batch.map((m) => m.internalId),
    );
    const [audit] = harness.audit.list();
    expect(audit).toMatchObject({ outcome: 'partial', httpStatus: 200, messageCount: 7 });
  });

  it('INSUFFICIENT_BALANCE is a permanent per-message error once the balance runs out', async () => {
    const harness = await createHarness({ balance: 0.02, pricePerPart: 0.01 });
    const result = await sendBatch(harness.stream(), messages(3), harness.deps);
    expect(
      result.outcomes.map((o) => (o.status === 'failed' ? o.failure.error : o.status)),
    ).toEqual(['accepted', 'accepted', 'INSUFFICIENT_BALANCE']);
    expect(harness.sandbox.stats().balance).toBeCloseTo(0);
  });

  it('the sandbox never de-duplicates: the same internal_id sent twice is received twice', async () => {
    const harness = await createHarness();
    await sendBatch(harness.stream(), messages(2), harness.deps);
    await sendBatch(harness.stream(), messages(2), harness.deps);
    expect(harness.sandbox.received().map((r) => r.internalId)).toEqual([
      'm-1',
      'm-2',
      'm-1',
      'm-2',
    ]);
  });

  it('a 200 that leaves a message out makes that message uncertain', async () => {
    const baseUrl = await fixedReply(
      JSON.stringify({
        status: true,
        task_id: 't',
        messages: [{ internal_id: 'a', message_uuid: 'u-a', error: null, extra: 1 }],
      }),
    );
    const harness = await createHarness();
    const result = await sendBatch(
      harness.stream({ baseUrl }),
      [msg('a', '4915200000001'), msg('b', '4915200000002')],
      harness.deps,
    );
    expect(result.outcomes[0]).toEqual({ internalId: 'a', status: 'accepted', messageUuid: 'u-a' });
    expect(result.outcomes[1]).toMatchObject({
      status: 'failed',
      failure: { kind: 'uncertain', cause: 'missing_entry' },
    });
  });

  it('{"status": false} inside a 200 is permanent per message, with CommPeak\'s details', async () => {
    const baseUrl = await fixedReply(
      JSON.stringify({
        status: false,
        messages: [
          { internal_id: 'a', message_uuid: null, error: null, details: 'Sender is blocked' },
          { internal_id: 'b', message_uuid: null, error: 'RATE_LIMIT' },
        ],
      }),
    );
    const harness = await createHarness();
    const result = await sendBatch(
      harness.stream({ baseUrl }),
      [msg('a', '4915200000001'), msg('b', '4915200000002')],
      harness.deps,
    );
    expect(result.callFailure).toMatchObject({ kind: 'permanent', cause: 'batch_refused' });
    expect(result.outcomes[0]).toMatchObject({
      status: 'failed',
      failure: { kind: 'permanent', cause: 'batch_refused', details: 'Sender is blocked' },
    });
    expect(result.outcomes[1]).toMatchObject({ failure: { kind: 'retry', cause: 'rate_limit' } });
  });

  it('refuses a batch with duplicate internal ids (a caller bug) without sending', async () => {
    const harness = await createHarness();
    await expect(
      sendBatch(
        harness.stream(),
        [msg('x', '4915200000001'), msg('x', '4915200000002')],
        harness.deps,
      ),
    ).rejects.toThrow(/Duplicate internal_id/);
    expect(harness.sandbox.stats().requests).toBe(0);
  });
});
