import { describe, expect, it } from 'vitest';
import { BATCH_SQL } from '../../../main/engine/ledger/batch-writes';
import { LEDGER_SQL, LedgerStore } from '../../../main/engine/ledger/ledger-store';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testEngine } from '../../support/test-engine';

function ledgerOf(rows: number) {
  const engine = testEngine();
  const listId = seedList(engine.db, 'L', rows);
  const c = testCampaign(engine, listId, { name: 'C' });
  materializeLedger(engine.db, engine.campaigns.get(c.id));
  return { db: engine.db, ledger: new LedgerStore(engine.db), id: c.id };
}

describe('a batch written with one statement', () => {
  it('is planned as a primary-key lookup per row, not a scan of the ledger', () => {
    const { db } = ledgerOf(1);
    for (const sql of [BATCH_SQL.markSubmittingSql(50), BATCH_SQL.outcomesSql(50)]) {
      const params = (sql.match(/\?\d+/g) ?? []).length;
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...Array.from({ length: params }, () => 1))
        .map((r) => String(r.detail));
      expect(plan.join(' | ')).toMatch(
        /^SCAN 50-ROW VALUES CLAUSE \| SEARCH ledger USING PRIMARY KEY \(campaign_id=\? AND seq=\?\)$/,
      );
    }
  });

  it('finds the rows a state-changing UPDATE of a whole campaign touches through an index on its state', () => {
    const { db } = ledgerOf(1);
    const sets = ['interrupted', 'skipOpen', 'retryFailed', 'resendUncertain', 'markUncertainSent'];
    for (const key of sets) {
      const sql = LEDGER_SQL[key as keyof typeof LEDGER_SQL];
      const named = sql.includes(':id');
      const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
      const plan = (named ? stmt.all({ id: 1, seqs: null }) : stmt.all(1)).map((r) =>
        String(r.detail),
      );
      // Not "SEARCH ledger USING PRIMARY KEY (campaign_id=?)": every row of the campaign.
      expect(plan, key).toContain('SEARCH ledger USING PRIMARY KEY (campaign_id=? AND seq=?)');
      expect(plan.join(' | '), key).toMatch(
        /USING COVERING INDEX ledger_(state|summary) \(campaign_id=\? AND state/,
      );
    }
  });

  it('marks rows submitting with their ids and stores each kind of outcome', () => {
    const { db, ledger, id } = ledgerOf(6);
    const seqs = [1, 2, 3, 4, 5];
    ledger.markSubmitting(
      id,
      seqs.map((s) => ({ seq: s, internalId: `id-${s}` })),
      1000,
    );
    const none = { uuid: null, pollAt: null, nextAttemptAt: null, code: null, detail: null };
    ledger.recordOutcomes(
      id,
      [
        { ...none, seq: 1, state: 'accepted', uuid: 'u-1', pollAt: 9000 },
        {
          ...none,
          seq: 2,
          state: 'accepted',
          uuid: '[redacted]',
          code: 'uuid_withheld',
          detail: 'w',
        },
        {
          ...none,
          seq: 3,
          state: 'failed_retryable',
          nextAttemptAt: 5000,
          code: 'rate_limit',
          detail: 'r',
        },
        { ...none, seq: 4, state: 'uncertain', code: 'timeout', detail: 't' },
        { ...none, seq: 5, state: 'failed_permanent', code: 'invalid_number', detail: 'p' },
      ],
      2000,
    );
    const rows = db
      .prepare(
        `SELECT seq, state, attempts, submitted_at, internal_id, message_uuid, accepted_at,
          next_poll_at, next_attempt_at, error_code, error_detail FROM ledger ORDER BY seq`,
      )
      .all()
      .map((r) => ({ ...r }));
    const sent = { attempts: 1, submitted_at: 1000 };
    expect(rows).toEqual([
      {
        seq: 1,
        state: 'accepted',
        ...sent,
        internal_id: 'id-1',
        message_uuid: 'u-1',
        accepted_at: 2000,
        next_poll_at: 9000,
        next_attempt_at: 0,
        error_code: null,
        error_detail: null,
      },
      {
        seq: 2,
        state: 'accepted',
        ...sent,
        internal_id: 'id-2',
        message_uuid: '[redacted]',
        accepted_at: 2000,
        next_poll_at: null,
        next_attempt_at: 0,
        error_code: 'uuid_withheld',
        error_detail: 'w',
      },
      {
        seq: 3,
        state: 'failed_retryable',
        ...sent,
        internal_id: 'id-3',
        message_uuid: null,
        accepted_at: null,
        next_poll_at: null,
        next_attempt_at: 5000,
        error_code: 'rate_limit',
        error_detail: 'r',
      },
      {
        seq: 4,
        state: 'uncertain',
        ...sent,
        internal_id: 'id-4',
        message_uuid: null,
        accepted_at: null,
        next_poll_at: null,
        next_attempt_at: 0,
        error_code: 'timeout',
        error_detail: 't',
      },
      {
        seq: 5,
        state: 'failed_permanent',
        ...sent,
        internal_id: 'id-5',
        message_uuid: null,
        accepted_at: null,
        next_poll_at: null,
        next_attempt_at: 0,
        error_code: 'invalid_number',
        error_detail: 'p',
      },
      {
        seq: 6,
        state: 'pending',
        attempts: 0,
        submitted_at: null,
        internal_id: null,
        message_uuid: null,
        accepted_at: null,
        next_poll_at: null,
        next_attempt_at: 0,
        error_code: null,
        error_detail: null,
      },
    ]);
  });
});
