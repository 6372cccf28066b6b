import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CampaignStore } from '../../../main/engine/campaigns/campaign-store';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import { migrate } from '../../../main/engine/db/migrate';
import { migrations } from '../../../main/engine/db/migrations/index';
import { registerSqlFunctions } from '../../../main/engine/db/sql-functions';
import { BATCH_SQL } from '../../../main/engine/ledger/batch-writes';
import {
  acceptedPartsOf,
  allCounters,
  awaitingWinnerCount,
  countersFromLedger,
  countsByState,
  countsByVariant,
} from '../../../main/engine/ledger/campaign-counts';
import { LEDGER_SQL } from '../../../main/engine/ledger/ledger-store';
import { COUNT_DELTA_SQL } from '../../../main/engine/ledger/ledger-row-sets';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testDataDir, testEngine } from '../../support/test-engine';

const planOf = (db: DatabaseSync, sql: string): string => {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const named = /:id\b/.test(sql);
  const count = Math.max(0, ...(sql.match(/\?(\d+)/g) ?? []).map((p) => Number(p.slice(1))));
  const positional = count || (sql.match(/\?/g) ?? []).length;
  const rows = named
    ? stmt.all({ id: 1, seqs: null })
    : stmt.all(...Array.from({ length: positional }, () => 1));
  return rows.map((r) => String(r.detail)).join(' | ');
};

describe('the campaign counters migration', () => {
  it('counts every ledger from before it, and drops the summary index', () => {
    const db = new DatabaseSync(join(testDataDir(), 'old.sqlite'));
    registerSqlFunctions(db);
    migrate(
      db,
      migrations.filter((m) => m.name !== 'campaign-counts'),
    );
    const at = '2026-01-01T00:00:00.000Z';
    for (const id of [1, 2]) {
      db.prepare(
        `INSERT INTO campaigns (id, name, status, template, created_at, updated_at)
         VALUES (?, 'Old', 'done', 'Hello', ?, ?)`,
      ).run(id, at, at);
    }
    const row = db.prepare(
      `INSERT INTO ledger (campaign_id, seq, phone, country, fields_json, text, parts, state, variant)
       VALUES (?, ?, '+49', ?, '{}', 'Hello', ?, ?, ?)`,
    );
    const states = ['pending', 'accepted', 'delivered', 'uncertain', 'failed_permanent'];
    for (let seq = 1; seq <= 60; seq++) {
      const country = seq % 7 === 0 ? null : seq % 2 === 0 ? 'DE' : 'FR';
      const variant = seq % 10 === 0 ? AWAITING_WINNER : seq % 3 === 0 ? 'B' : 'A';
      row.run(1 + (seq % 2), seq, country, 1 + (seq % 3), states[seq % 5] ?? 'pending', variant);
    }
    // `peaksend status` opens a folder read-only, unmigrated: its counts come from the ledger.
    const unmigrated = countsByState(db, 1);
    expect([...unmigrated.values()].reduce((t, c) => t + c.n, 0)).toBe(30);
    migrate(db, migrations);
    expect(countsByState(db, 1)).toEqual(unmigrated);
    expect(allCounters(db)).toEqual(countersFromLedger(db));
    expect(allCounters(db).length).toBeGreaterThan(10);
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'ledger'")
      .all()
      .map((r) => String(r.name));
    expect(indexes).not.toContain('ledger_summary');
    // The readers agree with the ledger.
    expect(awaitingWinnerCount(db, 1) + awaitingWinnerCount(db, 2)).toBeGreaterThan(0);
    expect(awaitingWinnerCount(db, 1) + awaitingWinnerCount(db, 2)).toBe(
      Number(
        db
          .prepare("SELECT COUNT(*) AS n FROM ledger WHERE variant = ? AND state = 'pending'")
          .get(AWAITING_WINNER)?.n,
      ),
    );
    expect(countsByVariant(db, 1).reduce((a, r) => a + r.n, 0)).toBe(30);
    expect(acceptedPartsOf(db, 2).length).toBeGreaterThan(0);
    expect(new CampaignStore(db).get(1).name).toBe('Old');
    db.close();
  });

  it('the figures read only the counters, and each delta finds its rows without a scan', () => {
    const engine = testEngine();
    const c = testCampaign(engine, seedList(engine.db, 'L', 3));
    materializeLedger(engine.db, engine.campaigns.get(c.id));
    const { db } = engine;
    for (const read of [
      `SELECT variant, state, SUM(n) FROM campaign_counts WHERE campaign_id = 1 GROUP BY 1, 2`,
    ]) {
      expect(planOf(db, read)).toMatch(
        /^SEARCH campaign_counts USING PRIMARY KEY \(campaign_id=\?\)/,
      );
    }
    // Nothing the engine runs asks for the dropped index, and no delta scans a campaign's rows.
    const all = [
      ...Object.values(LEDGER_SQL),
      ...Object.values(COUNT_DELTA_SQL),
      ...Object.values(BATCH_SQL).map((f) => f(50)),
    ];
    for (const sql of all) {
      const plan = planOf(db, sql);
      expect(plan, sql).not.toMatch(/ledger_summary/);
    }
    // A batch's rows before they change, read for the counters: a primary-key lookup each.
    const before = planOf(db, BATCH_SQL.rowsBeforeSql(50));
    expect(before).toMatch(
      /^(SCAN 50-ROW VALUES CLAUSE|CO-ROUTINE v \| SCAN 50 CONSTANT ROWS \| SCAN v) \| SEARCH l USING PRIMARY KEY \(campaign_id=\? AND seq=\?\) \| USE TEMP B-TREE FOR GROUP BY$/,
    );
    for (const [key, sql] of Object.entries(COUNT_DELTA_SQL)) {
      const plan = planOf(db, sql);
      expect(plan, key).not.toMatch(/SCAN (l|ledger)\b/);
      expect(plan, key).not.toMatch(/SEARCH l USING PRIMARY KEY \(campaign_id=\?\)( |$)/);
    }
  });
});
