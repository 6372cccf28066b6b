import { describe, expect, it } from 'vitest';
import type { PreflightReport } from '../../../shared/campaigns/campaign-types';
import type { EngineSettingsView } from '../../../main/engine-contract/engine-settings-contract';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

const ctx = { trusted: true, origin: 'test' };

/** A US and a French list, 3 and 2 recipients; the stream's default sender is the name "Brand". */
async function setup() {
  const env = await engineWithSandbox();
  const us = seedList(env.engine.db, 'US', 3, { country: 'US', prefix: '+1202555' });
  const fr = seedList(env.engine.db, 'FR', 2, { country: 'FR', prefix: '+33612' });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await env.engine.dispatch(channel, input, ctx);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const preflight = (id: number) =>
    call<PreflightReport>('campaigns:preflightFor', {
      id,
      streamType: 'transactional',
      defaultSender: 'Brand',
    });
  return { ...env, us, fr, call, preflight };
}

describe('sender rules in the engine', () => {
  it('the pre-flight warns per country and the start is refused with the reason', async () => {
    const { engine, sandbox, creds, us, fr, preflight } = await setup();
    const c = testCampaign(engine, us, { listIds: [us, fr] });
    const report = await preflight(c.id);
    const senderIssues = report.compliance.filter((i) => i.rule === 'sender_country');
    expect(senderIssues).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^3 recipients in the United States: letter senders/),
      }),
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/^2 recipients in France: sender names must be registered/),
      }),
    ]);

    await expect(engine.coordinator.start(c.id, creds)).rejects.toThrow(
      /Not sent: 3 recipients in the United States: letter senders such as “Brand”/,
    );
    expect(engine.campaigns.get(c.id).status).toBe(c.status);
    expect(engine.coordinator.ledger.rowCount(c.id)).toBe(0);
    expect(sandbox.received()).toHaveLength(0);
  });

  it('a number as sender reaches the same audience', async () => {
    const { engine, sandbox, creds, us, fr, preflight } = await setup();
    const c = testCampaign(engine, us, { listIds: [us, fr], sender: '12025550100' });
    const report = await preflight(c.id);
    expect(report.compliance.filter((i) => i.severity === 'error')).toEqual([]);
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done']);
    expect(sandbox.received()).toHaveLength(5);
  });

  it('leaving the refusing country out (an exclusion or the opt-out list) lets it start', async () => {
    const { engine, sandbox, creds, us, fr } = await setup();
    const c = testCampaign(engine, fr, { listIds: [fr, us], excludeListIds: [us] });
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done']);
    expect(sandbox.received()).toHaveLength(2);

    const at = new Date().toISOString();
    for (let i = 1; i <= 3; i++) {
      engine.db
        .prepare(`INSERT INTO suppressions (phone, source, created_at) VALUES (?, 'manual', ?)`)
        .run(`+1202555${String(i).padStart(8, '0')}`, at);
    }
    const optedOut = testCampaign(engine, us, { name: 'All opted out' });
    await engine.coordinator.start(optedOut.id, creds);
    await waitForStatus(engine, optedOut.id, ['done']);
    expect(sandbox.received()).toHaveLength(2);
  });

  it('an edited rule is kept, used by the pre-flight and the start, and a reset undoes it', async () => {
    const { engine, sandbox, creds, us, call, preflight } = await setup();
    const edited = await call<EngineSettingsView>('settings:setSenderRule', {
      country: 'US',
      rule: { alphanumeric: true, registration: false, maxLength: 11, note: 'Our own route' },
    });
    expect(edited.senderRules.find((r) => r.country === 'US')).toMatchObject({
      origin: 'edited',
      rule: { alphanumeric: true, note: 'Our own route' },
    });
    const c = testCampaign(engine, us);
    expect((await preflight(c.id)).compliance.map((i) => i.rule)).not.toContain('sender_country');

    const reset = await call<EngineSettingsView>('settings:resetSenderRule', { country: 'US' });
    expect(reset.senderRules.find((r) => r.country === 'US')?.origin).toBe('default');
    await expect(engine.coordinator.start(c.id, creds)).rejects.toThrow(/United States/);

    await call('settings:setSenderRule', {
      country: 'US',
      rule: { alphanumeric: true, registration: false, maxLength: 11, note: '' },
    });
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done']);
    expect(sandbox.received()).toHaveLength(3);
  });

  it('a scheduled campaign is checked again when its time comes', async () => {
    const { engine, sandbox, creds, us, call } = await setup();
    await call('settings:setSenderRule', {
      country: 'US',
      rule: { alphanumeric: true, registration: false, maxLength: 11, note: '' },
    });
    const at = new Date(Date.now() + 800).toISOString();
    const c = testCampaign(engine, us, { scheduleAt: at });
    expect((await engine.coordinator.start(c.id, creds)).status).toBe('scheduled');
    await call('settings:resetSenderRule', { country: 'US' });
    await waitForStatus(engine, c.id, ['paused'], 5000);
    const paused = engine.campaigns.get(c.id);
    expect(paused.pauseReason).toMatchObject({
      kind: 'startFailed',
      message: expect.stringMatching(/3 recipients in the United States/),
    });
    expect(sandbox.received()).toHaveLength(0);
  });

  it('refuses a rule that does not parse', async () => {
    const { engine } = await setup();
    const r = await engine.dispatch(
      'settings:setSenderRule',
      {
        country: 'usa',
        rule: { alphanumeric: true, registration: false, maxLength: 40, note: '' },
      },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
