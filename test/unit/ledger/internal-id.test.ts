import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CampaignStore } from '../../../main/engine/campaigns/campaign-store';
import { migrate } from '../../../main/engine/db/migrate';
import { DATABASE_FILE, openDatabase } from '../../../main/engine/db/open-database';
import { migrations } from '../../../main/engine/db/migrations/index';
import { registerSqlFunctions } from '../../../main/engine/db/sql-functions';
import {
  internalIdOf,
  parseInternalId,
  readInternalIdPrefix,
} from '../../../main/engine/ledger/internal-id';
import { runPeaksend, sendArgs, writeRecipientsCsv } from '../../support/peaksend-process';
import { seedList } from '../../support/seed-contacts';
import {
  streamTo,
  testDataDir,
  testEngine,
  testSandbox,
  TEST_STREAM_ID,
  TEST_TOKEN,
} from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

describe('internal_id', () => {
  it('is unique per data folder: two folders sending to one sandbox never send the same id', async () => {
    const dir = testDataDir();
    const sandbox = await testSandbox();
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 60);
    const env = { PEAKSEND_TOKEN: TEST_TOKEN };
    // Both folders' first campaign is campaign 1 with rows 1..60.
    const runs = ['a', 'b'].map((name) =>
      runPeaksend(sendArgs(csv, sandbox.baseUrl, join(dir, name), ['--batch', '7']), env),
    );
    expect(await Promise.all(runs.map((r) => r.exited))).toEqual([0, 0]);
    const ids = sandbox.received().map((m) => m.internalId);
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    const prefixes = ['a', 'b'].map((name) => {
      const db = new DatabaseSync(join(dir, name, DATABASE_FILE), { readOnly: true });
      try {
        return readInternalIdPrefix(db);
      } finally {
        db.close();
      }
    });
    expect(prefixes[0]).toMatch(/^[a-z2-7]{8}$/);
    expect(prefixes[0]).not.toBe(prefixes[1]);
    for (const id of ids) {
      const parsed = parseInternalId(id);
      expect(parsed?.campaignId).toBe(1);
      expect(prefixes).toContain(parsed?.prefix);
    }
  }, 60_000);

  it('is made once per database and kept when it is opened again', () => {
    const dataDir = testDataDir();
    const first = openDatabase(dataDir);
    const prefix = readInternalIdPrefix(first);
    first.close();
    const again = openDatabase(dataDir);
    expect(readInternalIdPrefix(again)).toBe(prefix);
    again.close();
    expect(internalIdOf(prefix, 7, 42, 0)).toBe(`${prefix}-c7-000042`);
    expect(internalIdOf(prefix, 7, 42, 2)).toBe(`${prefix}-c7-000042-r2`);
    expect(parseInternalId(`${prefix}-c7-000042-r2`)).toEqual({
      prefix,
      campaignId: 7,
      seq: 42,
      resends: 2,
    });
    expect(parseInternalId('c7-000042')).toEqual({
      prefix: null,
      campaignId: 7,
      seq: 42,
      resends: 0,
    });
  });

  it('keeps the ids rows were sent with before the upgrade; rows not sent yet get the prefixed form', async () => {
    const dataDir = testDataDir();
    // A data folder from before prefixes: the migrations before the ledger-identity one.
    const old = new DatabaseSync(join(dataDir, DATABASE_FILE));
    registerSqlFunctions(old);
    const identity = migrations.find((m) => m.name === 'ledger-identity')?.id ?? 0;
    migrate(
      old,
      migrations.filter((m) => m.id < identity),
    );
    const listId = seedList(old, 'L', 4);
    const campaign = new CampaignStore(old).create('Old', {
      streamId: TEST_STREAM_ID,
      template: 'Hi',
      listIds: [listId],
      quietHours: false,
    });
    // Rows as that version wrote them (today's materializeLedger writes later columns too).
    for (let seq = 1; seq <= 4; seq++)
      old
        .prepare(
          `INSERT INTO ledger (campaign_id, seq, phone, country, fields_json, text, parts, state)
           VALUES (?, ?, ?, 'DE', '{}', 'Hi', 1, 'pending')`,
        )
        .run(campaign.id, seq, `+49152${String(seq).padStart(8, '0')}`);
    // Row 1 was refused with "come back later", row 2 is uncertain, rows 3-4 never went out.
    old.exec(`UPDATE ledger SET state = 'failed_retryable', attempts = 1 WHERE seq = 1;
      UPDATE ledger SET state = 'uncertain', attempts = 1 WHERE seq = 2;`);
    new CampaignStore(old).setStatus(campaign.id, 'paused', { pauseReason: { kind: 'user' } });
    old.close();

    const engine = testEngine({ dataDir });
    const stored = engine.db
      .prepare('SELECT seq, internal_id AS id FROM ledger ORDER BY seq')
      .all()
      .map((r) => r.id);
    expect(stored).toEqual([`c${campaign.id}-000001`, `c${campaign.id}-000002`, null, null]);

    const sandbox = await testSandbox();
    const creds = streamTo(sandbox);
    await engine.coordinator.resume(campaign.id, creds);
    await waitForStatus(engine, campaign.id, ['done']);
    const prefix = readInternalIdPrefix(engine.db);
    expect(
      sandbox
        .received()
        .map((m) => m.internalId)
        .sort(),
    ).toEqual(
      [
        `c${campaign.id}-000001`,
        `${prefix}-c${campaign.id}-000003`,
        `${prefix}-c${campaign.id}-000004`,
      ].sort(),
    );
    // The user's resend of the uncertain row is a new message, with the new form and -r1.
    await engine.coordinator.resendUncertain(campaign.id, creds);
    await waitForStatus(engine, campaign.id, ['done']);
    expect(sandbox.received().at(-1)?.internalId).toBe(`${prefix}-c${campaign.id}-000002-r1`);
  });
});
