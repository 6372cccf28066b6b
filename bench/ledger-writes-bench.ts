// `npx tsx bench/ledger-writes-bench.ts [--rows 100000] [--runs 3]`: the ledger writer's cost
// per batch for a send — mark 50 rows submitting, then store their outcomes — with the
// per-campaign counters (today: a delta statement before each UPDATE, no `ledger_summary`)
// against the same UPDATEs alone with `ledger_summary` (before migration 0013). CPU only
// (synchronous=OFF on both), alternating the two, medians of the runs; prints µs per row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { CampaignStore } from '../main/engine/campaigns/campaign-store';
import { openDatabase } from '../main/engine/db/open-database';
import { statement } from '../main/engine/db/statement-cache';
import { inTransaction } from '../main/engine/db/transaction';
import { BATCH_SQL, outcomeValues, type RowOutcome } from '../main/engine/ledger/batch-writes';
import { LedgerStore } from '../main/engine/ledger/ledger-store';
import { materializeLedger } from '../main/engine/sending/materialize-ledger';
import { seedList } from '../test/support/seed-contacts';
import { percentile } from './stats';

const median = (v: readonly number[]) => percentile(v, 50);

const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' } } });
const ROWS = Number(values.rows ?? 100_000);
const RUNS = Number(values.runs ?? 3);
const BATCH = 50;

function freshLedger(dir: string, withSummaryIndex: boolean): { db: DatabaseSync; id: number } {
  const db = openDatabase(dir);
  const listId = seedList(db, 'L', ROWS);
  const c = new CampaignStore(db).create('Bench', {
    listIds: [listId],
    template: 'Hi {first_name}',
  });
  materializeLedger(db, new CampaignStore(db).get(c.id));
  if (withSummaryIndex) {
    db.exec('CREATE INDEX ledger_summary ON ledger (campaign_id, state, country, parts, variant)');
  }
  db.exec('PRAGMA synchronous = OFF');
  return { db, id: c.id };
}

const outcomes = (seqs: number[]): RowOutcome[] =>
  seqs.map((seq) => ({
    seq,
    state: 'accepted',
    uuid: `u-${seq}`,
    pollAt: null,
    nextAttemptAt: null,
    code: null,
    detail: null,
  }));

/** The whole ledger sent in batches; ms. */
function send(db: DatabaseSync, id: number, counted: boolean): number {
  const ledger = new LedgerStore(db);
  const t0 = performance.now();
  for (let first = 1; first <= ROWS; first += BATCH) {
    const seqs = Array.from({ length: Math.min(BATCH, ROWS - first + 1) }, (_, i) => first + i);
    const marks = seqs.map((seq) => ({ seq, internalId: `x-${seq}` }));
    inTransaction(db, () => {
      if (counted) ledger.markSubmitting(id, marks, 1);
      else {
        const args = marks.flatMap((m) => [m.seq, m.internalId]);
        statement(db, BATCH_SQL.markSubmittingSql(seqs.length)).run(1, id, ...args);
      }
    });
    inTransaction(db, () => {
      if (counted) ledger.recordOutcomes(id, outcomes(seqs), 2);
      else {
        statement(db, BATCH_SQL.outcomesSql(seqs.length)).run(
          2,
          id,
          ...outcomeValues(outcomes(seqs)),
        );
      }
    });
  }
  return performance.now() - t0;
}

const times = { counters: [] as number[], summaryIndex: [] as number[] };
for (let run = 0; run < RUNS; run++) {
  // Alternating which goes first, so a load that comes and goes favours neither.
  const order = ['counters', 'summaryIndex'] as const;
  for (const kind of run % 2 === 0 ? order : [...order].reverse()) {
    const dir = mkdtempSync(join(tmpdir(), 'peaksend-bench-ledger-'));
    try {
      const { db, id } = freshLedger(dir, kind === 'summaryIndex');
      times[kind].push(send(db, id, kind === 'counters'));
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
const perRow = (ms: number) => ((ms * 1000) / ROWS).toFixed(2);
for (const kind of ['counters', 'summaryIndex'] as const) {
  const m = median(times[kind]);
  console.log(`${kind}: ${m.toFixed(0)} ms for ${ROWS} rows (mark + outcome), ${perRow(m)} µs/row`);
}
console.log(
  `ratio counters / summary index: ${(median(times.counters) / median(times.summaryIndex)).toFixed(2)}`,
);
