import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportResults } from '../../../main/engine/campaigns/campaign-results';
import { internalIdsOf, startEchoServer, uuidsOf } from '../../support/echo-server';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testDataDir, testEngine, TEST_STREAM_ID } from '../../support/test-engine';
import { filesUnder } from '../../support/files-under';
import { findTokenTrace, tokenForms } from '../../support/token-forms';
import { waitForStatus } from '../../support/wait';

const TOKEN = 'Cp7xQ9/Lm+Zr4TkW2vNsE8hYjB5';
const forms = tokenForms(TOKEN)
  .filter((f) => !f.needsSpace)
  .map((f) => f.text);
const form = (i: number) => forms[i % forms.length] ?? TOKEN;

function expectNoTrace(what: string, text: string): void {
  expect(findTokenTrace(text, TOKEN), what).toBeNull();
}

describe('a server that echoes the token in every reply field', () => {
  it('leaves no form of it in the ledger, pause reason, audit, events, logs, export or files', async () => {
    let sends = 0;
    let statusAsks = 0;
    const echo = await startEchoServer((call) => {
      if (call.path === '/messages_status/') {
        statusAsks += 1;
        return {
          status: 200,
          body: {
            status: true,
            messages: uuidsOf(call.body).map((u, i) => ({
              message_uuid: u,
              status: form(statusAsks * 7 + i),
            })),
          },
        };
      }
      sends += 1;
      if (sends > 3) return { status: 403, body: { detail: `token ${form(sends)} refused` } };
      return {
        status: 200,
        body: {
          status: true,
          task_id: form(sends),
          details: form(sends + 1),
          messages: internalIdsOf(call.body).map((id, i, all) =>
            // A test send (one message) gets an echoed uuid; a batch's first row a real one.
            i === 0 && all.length > 1
              ? { internal_id: id, message_uuid: `real-${sends}`, error: null }
              : i === 1
                ? { internal_id: id, message_uuid: null, error: form(i + sends), details: form(i) }
                : { internal_id: id, message_uuid: form(sends * 5 + i), error: null },
          ),
        },
      };
    });
    const clock = { t: Date.now() };
    const logs: string[] = [];
    const dataDir = testDataDir();
    const engine = testEngine({
      dataDir,
      now: () => clock.t,
      log: (level, message) => logs.push(`${level} ${message}`),
    });
    const events: unknown[] = [];
    engine.onEvent((name, payload) => events.push({ name, payload }));
    const creds = {
      id: TEST_STREAM_ID,
      name: 'Echo',
      sandbox: false,
      baseUrl: echo.baseUrl,
      origin: new URL(echo.baseUrl).origin,
      token: TOKEN,
      rateLimit: 1000,
      defaultSender: 'Brand',
    };
    const listId = seedList(engine.db, 'L', 40);
    const c = testCampaign(engine, listId, { batchSize: 5, concurrency: 1 });
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['paused']);
    clock.t += 6000;
    expect(await engine.coordinator.pollNow()).toBe(3);

    const rows = engine.db
      .prepare('SELECT * FROM ledger WHERE campaign_id = ? AND state <> ? ORDER BY seq')
      .all(c.id, 'pending');
    expect(rows).toHaveLength(15);
    // Accepted with an echoed uuid: withheld, marked, never polled.
    const withheld = rows.filter((r) => r.error_code === 'uuid_withheld');
    expect(withheld).toHaveLength(9);
    for (const r of withheld) {
      expect(r).toMatchObject({
        state: 'accepted',
        message_uuid: '[redacted]',
        next_poll_at: null,
      });
    }
    // Only the real uuids were asked about; their echoed statuses are stored redacted.
    expect(
      echo.calls.filter((x) => x.path === '/messages_status/').flatMap((x) => uuidsOf(x.body)),
    ).toEqual(['real-1', 'real-2', 'real-3']);
    expect(
      rows.filter((r) => String(r.message_uuid).startsWith('real-')).map((r) => r.delivery_status),
    ).toEqual(['[redacted]', '[redacted]', '[redacted]']);
    const failed = rows.filter((r) => r.state === 'failed_permanent');
    expect(failed.map((r) => [r.error_code, r.error_detail])).toEqual(
      Array(3).fill(['[redacted]', 'CommPeak rejected this message: [redacted] ([redacted]).']),
    );
    const campaign = engine.campaigns.get(c.id);
    expect(campaign.pauseReason).toMatchObject({ kind: 'commpeak', failure: 'auth' });
    expect(JSON.stringify(campaign.pauseReason)).toContain('[redacted]');

    const test = await engine.dispatch(
      'streams:sendTest',
      { stream: creds, phone: '+4915200000001', text: 'Hi', sender: 'Brand' },
      { trusted: true, origin: 'main' },
    );
    expect(test).toMatchObject({ ok: true, value: { accepted: false } });
    sends = 0;
    const accepted = await engine.dispatch(
      'streams:sendTest',
      { stream: creds, phone: '+4915200000001', text: 'Hi', sender: 'Brand' },
      { trusted: true, origin: 'main' },
    );
    expect(accepted).toMatchObject({
      ok: true,
      value: {
        accepted: true,
        messageUuid: null,
        message: 'Accepted by CommPeak (message [redacted]).',
      },
    });

    const exported = join(dataDir, 'results.csv');
    await exportResults(engine.db, c.id, exported);
    const audit = engine.db.prepare('SELECT * FROM api_audit').all();
    expect(audit.length).toBeGreaterThanOrEqual(6);
    await engine.close();
    await echo.close();

    expectNoTrace('ledger', JSON.stringify(rows));
    expectNoTrace('audit', JSON.stringify(audit));
    expectNoTrace('campaign', JSON.stringify(campaign));
    expectNoTrace('test send', JSON.stringify([test, accepted]));
    expectNoTrace('events', JSON.stringify(events));
    expectNoTrace('logs', logs.join('\n'));
    expect(readFileSync(exported, 'utf8')).toContain('[redacted]');
    for (const file of filesUnder(dataDir)) {
      expectNoTrace(file, readFileSync(file).toString('latin1'));
      expectNoTrace(`${file} (utf16)`, readFileSync(file).toString('utf16le'));
    }
  });
});
