import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CampaignStore } from '../../../main/engine/campaigns/campaign-store';
import { migrate } from '../../../main/engine/db/migrate';
import { migrations } from '../../../main/engine/db/migrations/index';
import { registerSqlFunctions } from '../../../main/engine/db/sql-functions';
import { LedgerVariants } from '../../../main/engine/ledger/ledger-variants';
import { testDataDir } from '../../support/test-engine';

describe('the variants migration', () => {
  it('reads campaigns and ledgers from before it as one message, variant A', () => {
    const db = new DatabaseSync(join(testDataDir(), 'old.sqlite'));
    registerSqlFunctions(db);
    // A data folder from before it: every migration up to this one.
    const before = migrations.slice(
      0,
      migrations.findIndex((m) => m.name === 'variants-and-templates'),
    );
    expect(before.length).toBeGreaterThan(0);
    migrate(db, before);
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO campaigns (id, name, status, template, opt_out_footer, created_at, updated_at)
       VALUES (1, 'Old', 'done', 'Hello {first_name}', 'STOP to end', ?, ?)`,
    ).run(at, at);
    const row = db.prepare(
      `INSERT INTO ledger (campaign_id, seq, phone, country, fields_json, text, parts, state)
       VALUES (1, ?, ?, 'DE', '{}', 'Hello', 1, ?)`,
    );
    row.run(1, '+491', 'delivered');
    row.run(2, '+492', 'accepted');

    migrate(db, migrations);
    const c = new CampaignStore(db).get(1);
    expect(c.variants).toEqual([{ name: '', template: 'Hello {first_name}' }]);
    expect(c.split).toEqual({ kind: 'equal' });
    expect(c.utm.enabled).toBe(false);
    expect(c.winner).toBeNull();
    expect(new LedgerVariants(db).counts(1)).toEqual([
      { variant: 'A', state: 'accepted', n: 1 },
      { variant: 'A', state: 'delivered', n: 1 },
    ]);
    // Those counts come from the counters migration 0013 backfilled from these rows
    // (test/unit/ledger/campaign-counts-migration.test.ts checks what reads them).
    db.close();
  });
});
