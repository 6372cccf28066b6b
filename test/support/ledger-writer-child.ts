// A process that writes one campaign's ledger through the ledger writer until it is killed
// (test/unit/ledger/campaign-counts-crash.test.ts). Run with the project's Node:
//   node --import tsx test/support/ledger-writer-child.ts <dataDir> <campaignId> hold|loop
// hold: one transaction with every kind of batch write, then "IN_TRANSACTION" on stdout, then
//   it blocks inside that transaction (never commits) until it is killed.
// loop: batch after batch, committed one by one ("ROUND n" after each), until it is killed.
import { openDatabase } from '../../main/engine/db/open-database';
import { inTransaction } from '../../main/engine/db/transaction';
import type { RowOutcome } from '../../main/engine/ledger/batch-writes';
import { LedgerStore } from '../../main/engine/ledger/ledger-store';

const [dataDir = '', idArg = '', mode = 'loop'] = process.argv.slice(2);
const campaignId = Number(idArg);
const db = openDatabase(dataDir);
const ledger = new LedgerStore(db);
const kinds: RowOutcome['state'][] = [
  'accepted',
  'failed_retryable',
  'uncertain',
  'failed_permanent',
];

/** Marks up to 50 pending rows submitting and stores an outcome of each kind among them. */
function oneBatch(round: number): void {
  const rows = ledger.pendingPage(campaignId, 0, 50);
  if (rows.length === 0) {
    ledger.resetFailedForRetry(campaignId);
    ledger.resendUncertain(campaignId);
    return;
  }
  ledger.markSubmitting(
    campaignId,
    rows.map((r) => ({ seq: r.seq, internalId: `x-${r.seq}-${round}` })),
    round,
  );
  const outcomes = rows.map((r, i) => ({
    seq: r.seq,
    state: kinds[(i + round) % kinds.length] ?? 'accepted',
    uuid: `u-${r.seq}`,
    pollAt: null,
    nextAttemptAt: 0,
    code: null,
    detail: null,
  }));
  // Every fifth batch was not taken at all: back to pending.
  if (round % 5 === 4)
    ledger.backToPendingRows(
      campaignId,
      rows.map((r) => r.seq),
    );
  else ledger.recordOutcomes(campaignId, outcomes, round);
  if (round % 7 === 6) ledger.markInterruptedUncertain(campaignId);
}

if (mode === 'hold') {
  db.exec('BEGIN IMMEDIATE');
  for (let round = 0; round < 8; round++) oneBatch(round);
  ledger.skipOpenRows(campaignId);
  process.stdout.write('IN_TRANSACTION\n', () => {
    // Blocks this thread inside the open transaction: only a signal ends it.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  });
} else {
  for (let round = 0; ; round++) {
    inTransaction(db, () => oneBatch(round));
    process.stdout.write(`ROUND ${round}\n`);
    // Lets the write above reach the pipe now and then.
    if (round % 20 === 19) await new Promise((r) => setImmediate(r));
  }
}
