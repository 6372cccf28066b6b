import { describe, expect, it } from 'vitest';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign, TEST_TOKEN } from '../../support/test-engine';
import { waitFor, waitForStatus } from '../../support/wait';
import { duplicatesIn } from '../../support/peaksend-process';

describe('what a run waits for', () => {
  it('names the obstacle while CommPeak refuses connections, tries only the refused rows, and carries on once it answers', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox();
    await sandbox.setProfile('down');
    const c = testCampaign(engine, seedList(engine.db, 'L', 30), { batchSize: 5 });
    await engine.coordinator.start(c.id, creds);
    await waitFor(() => engine.coordinator.progress(c.id).waiting !== null, 10_000, 'an obstacle');
    const p = engine.coordinator.progress(c.id);
    expect(p.waiting).toMatchObject({ kind: 'connection_refused' });
    expect(p.waiting?.reason).toMatch(/^connection refused at 127\.0\.0\.1:\d+$/);
    expect(p.waiting?.nextTryAt).toBeGreaterThan(p.waiting?.since ?? Infinity);
    // While it is blocked, new rows wait instead of each being refused in turn: at most the
    // batches already in flight (4 requests of 5) were tried.
    await new Promise((r) => setTimeout(r, 1500));
    const counts = engine.coordinator.progress(c.id).byState;
    expect(counts.failed_retryable ?? 0).toBeLessThanOrEqual(4 * 5);
    expect(counts.pending).toBeGreaterThanOrEqual(30 - 4 * 5);
    expect(engine.campaigns.get(c.id).status).toBe('sending');

    await sandbox.setProfile('clean');
    await waitForStatus(engine, c.id, ['done']);
    const done = engine.coordinator.progress(c.id);
    expect(done.waiting).toBeNull();
    expect(done.byGroup.accepted).toBe(30);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  });

  it('pauses as "stalled" with the reason once nothing was handed over for maxWaitMs; resume sends the rest exactly once', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox();
    await sandbox.setProfile('down');
    const c = testCampaign(engine, seedList(engine.db, 'L', 12), { batchSize: 4 });
    const t0 = Date.now();
    await engine.coordinator.start(c.id, creds, { maxWaitMs: 2000 });
    await waitForStatus(engine, c.id, ['paused'], 15_000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
    expect(Date.now() - t0).toBeLessThan(8000);
    const paused = engine.campaigns.get(c.id);
    expect(paused.pauseReason).toMatchObject({ kind: 'stalled' });
    expect(paused.pauseReason?.kind === 'stalled' && paused.pauseReason.reason).toMatch(
      /connection refused/,
    );
    // Nothing was handed over, nothing is uncertain: every row is still to send.
    const p = engine.coordinator.progress(c.id);
    expect(p.byGroup.uncertain).toBe(0);
    expect(p.byGroup.pending).toBe(12);
    expect(p.waiting).toBeNull();

    await sandbox.setProfile('clean');
    await engine.coordinator.resume(c.id, creds, { maxWaitMs: 2000 });
    await waitForStatus(engine, c.id, ['done']);
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(12);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  });

  it('names a 503 and its Retry-After as the obstacle', async () => {
    const { engine, creds } = await engineWithSandbox({
      sandbox: { faults: { status503Before: 1 }, retryAfterSeconds: 4 },
    });
    const c = testCampaign(engine, seedList(engine.db, 'L', 3));
    await engine.coordinator.start(c.id, creds);
    await waitFor(() => engine.coordinator.progress(c.id).waiting !== null, 10_000, 'an obstacle');
    const w = engine.coordinator.progress(c.id).waiting;
    expect(w).toMatchObject({ kind: 'http_503', reason: 'HTTP 503 Service Unavailable' });
    // The next try honours CommPeak's Retry-After.
    expect((w?.nextTryAt ?? 0) - (w?.since ?? 0)).toBeGreaterThanOrEqual(3900);
    await engine.coordinator.pause(c.id);
  });
});

describe('CommPeak refusing this computer’s IP', () => {
  it('pauses with its own kind, so the app can give the allowed-IPs advice', async () => {
    const { engine, creds } = await engineWithSandbox({
      sandbox: { tokens: [{ token: TEST_TOKEN, allowedIps: ['203.0.113.9'] }] },
    });
    const c = testCampaign(engine, seedList(engine.db, 'L', 3));
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['paused']);
    const reason = engine.campaigns.get(c.id).pauseReason;
    expect(reason).toMatchObject({ kind: 'commpeak', failure: 'ip' });
    expect(reason?.kind === 'commpeak' && reason.message).toMatch(/allowed IPs/);
    expect(engine.coordinator.progress(c.id).byGroup.pending).toBe(3);
  });
});
