import { describe, expect, it } from 'vitest';
import { isFinalDeliveryStatus } from '../../../shared/campaigns/ledger-state';
import { queryStatuses } from '../../../main/engine/commpeak/query-statuses';
import { sendBatch } from '../../../main/engine/commpeak/send-batch';
import { createHarness, messages } from './harness';

function acceptedUuids(result: Awaited<ReturnType<typeof sendBatch>>): string[] {
  return result.outcomes.flatMap((o) =>
    o.status === 'accepted' && o.messageUuid !== null ? [o.messageUuid] : [],
  );
}

describe('queryStatuses', () => {
  it('follows the lifecycle: sent (not final) until the delay passes, then final', async () => {
    const harness = await createHarness({
      delivery: {
        delayMs: [300, 300],
        weights: { undelivered: 1 },
        noRoutePrefixes: ['4915200000002'],
      },
    });
    const sent = await sendBatch(harness.stream(), messages(3), harness.deps);
    const uuids = acceptedUuids(sent);
    expect(uuids).toHaveLength(3);

    const early = await queryStatuses(harness.stream(), uuids, harness.deps);
    expect(early.failures).toEqual([]);
    expect(early.statuses.map((s) => s.status)).toEqual(['sent', 'sent', 'sent']);
    expect(early.statuses.some((s) => isFinalDeliveryStatus(s.status))).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 400));
    const late = await queryStatuses(harness.stream(), uuids, harness.deps);
    expect(late.statuses).toEqual([
      { uuid: uuids[0], status: 'undelivered' },
      { uuid: uuids[1], status: 'no_routes' },
      { uuid: uuids[2], status: 'undelivered' },
    ]);
    expect(late.statuses.every((s) => isFinalDeliveryStatus(s.status))).toBe(true);
  });

  it('chunks at 100 uuids, leaves unknown uuids out and audits every chunk', async () => {
    const harness = await createHarness({ batchCap: 100 });
    const uuids: string[] = [];
    for (let i = 0; i < 3; i++) {
      uuids.push(
        ...acceptedUuids(await sendBatch(harness.stream(), messages(80, `b${i}`), harness.deps)),
      );
    }
    const asked = [...uuids, '00000000-0000-4000-8000-000000000000'];
    const result = await queryStatuses(harness.stream(), asked, harness.deps, { campaignId: 'c9' });
    expect(result.failures).toEqual([]);
    expect(result.statuses).toHaveLength(240);
    expect(harness.sandbox.stats().byRoute.messages_status).toBe(3);
    const audits = harness.audit.list({ campaignId: 'c9' });
    expect(audits.map((a) => a.messageCount).sort()).toEqual([100, 100, 41]);
    expect(audits.every((a) => a.endpoint === 'messages_status' && a.outcome === 'ok')).toBe(true);
  });

  it('reports a failed chunk with its classification and stops there', async () => {
    const harness = await createHarness();
    const uuids = acceptedUuids(await sendBatch(harness.stream(), messages(5), harness.deps));
    harness.sandbox.injectFault('status502Before', { route: 'messages_status' });
    const result = await queryStatuses(harness.stream(), uuids, harness.deps, { chunkSize: 2 });
    expect(result.statuses).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.uuids).toEqual(uuids);
    expect(result.failures[0]?.failure).toMatchObject({
      kind: 'uncertain',
      cause: 'http_5xx',
      httpStatus: 502,
    });

    const auth = await queryStatuses(harness.stream({ token: 'wrong' }), uuids, harness.deps);
    expect(auth.failures[0]?.failure).toMatchObject({ kind: 'auth', cause: 'not_authenticated' });
  });

  it('treats sent and unknown strings as not final', () => {
    expect(
      ['delivered', 'undelivered', 'sent_failed', 'no_routes', 'rejected'].every(
        isFinalDeliveryStatus,
      ),
    ).toBe(true);
    expect(isFinalDeliveryStatus('sent')).toBe(false);
    expect(isFinalDeliveryStatus('queued_somewhere')).toBe(false);
  });
});
