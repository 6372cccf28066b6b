import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_BODY_CHARS } from '../../../main/engine/commpeak/audit-record';
import { sendBatch } from '../../../main/engine/commpeak/send-batch';
import { createHarness, messages, TOKEN } from './harness';

describe('api_audit', () => {
  it('stores one row per request with time, endpoint, stream, campaign, status, duration and bodies', async () => {
    const harness = await createHarness();
    await sendBatch(harness.stream(), messages(2), harness.deps, { campaignId: 'camp-1' });
    harness.sandbox.injectFault('status504After');
    await sendBatch(harness.stream(), messages(1, 'n'), harness.deps);
    const [latest, first] = harness.audit.list();
    expect(first).toMatchObject({
      endpoint: 'simple_send',
      streamId: 'stream-1',
      campaignId: 'camp-1',
      httpStatus: 200,
      outcome: 'ok',
      messageCount: 2,
      error: null,
    });
    expect(Date.parse(first?.at ?? '')).not.toBeNaN();
    expect(first?.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(first?.requestBody ?? '{}').messages[0]).toEqual({
      internal_id: 'm-1',
      sender: 'BRAND',
      recipient_phone: '4915200000001',
      message_content: 'Hello number 1',
    });
    expect(JSON.parse(first?.responseBody ?? '{}').status).toBe(true);
    expect(latest).toMatchObject({ campaignId: null, httpStatus: 504, outcome: 'uncertain' });
    expect(latest?.error).toContain('server error (504)');
    expect(JSON.stringify(harness.audit.list())).not.toContain(TOKEN);
  });

  it('caps bodies at 64 KB and filters by campaign and stream', async () => {
    const harness = await createHarness();
    const long = [
      { internalId: 'big', sender: 'BRAND', phone: '4915200000001', text: 'x'.repeat(70_000) },
    ];
    await sendBatch(harness.stream(), long, harness.deps, { campaignId: 'big' });
    await sendBatch(harness.stream({ id: 'stream-2' }), messages(1), harness.deps, {
      campaignId: 'small',
    });
    const [big] = harness.audit.list({ campaignId: 'big' });
    expect(big?.requestBody.length).toBeLessThan(MAX_AUDIT_BODY_CHARS + 100);
    expect(big?.requestBody).toMatch(/…\[truncated \d+ characters\]$/);
    expect(harness.audit.list({ streamId: 'stream-2' })).toHaveLength(1);
    expect(harness.audit.pruneBefore('9999-01-01T00:00:00.000Z')).toBe(2);
    expect(harness.audit.list()).toEqual([]);
  });

  it('an audit sink that throws does not lose the outcome', async () => {
    const harness = await createHarness();
    const deps = {
      ...harness.deps,
      audit: () => {
        throw new Error('disk full');
      },
    };
    const result = await sendBatch(harness.stream(), messages(1), deps);
    expect(result.outcomes[0]?.status).toBe('accepted');
    expect(result.auditError).toContain('disk full');
  });
});
