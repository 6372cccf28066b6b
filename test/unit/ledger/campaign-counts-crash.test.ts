import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/db/open-database';
import { countersFromLedger } from '../../../main/engine/ledger/campaign-counts';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { expectCountersMatchLedger, ledgerStates } from '../../support/counters';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testDataDir, testEngine } from '../../support/test-engine';

const CHILD = new URL('../../support/ledger-writer-child.ts', import.meta.url).pathname;

/** A data folder with one campaign's ledger of `rows` pending rows (engine closed). */
async function ledgerFolder(rows: number): Promise<{ dataDir: string; id: number }> {
  const dataDir = testDataDir();
  const engine = testEngine({ dataDir });
  const c = testCampaign(engine, seedList(engine.db, 'L', rows));
  materializeLedger(engine.db, engine.campaigns.get(c.id));
  await engine.close();
  return { dataDir, id: c.id };
}

/** Runs the writer child until its stdout matches `until`, then SIGKILLs it. */
async function killWhen(dataDir: string, id: number, mode: string, until: RegExp): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(id), mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (until.test(out)) resolve();
    });
    void exited.then(() => reject(new Error(`the writer exited early:\n${err}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return out;
}

describe('per-campaign counters after a crash', () => {
  it('a process killed inside its transaction leaves rows and counters as they were', async () => {
    const { dataDir, id } = await ledgerFolder(1000);
    await killWhen(dataDir, id, 'hold', /IN_TRANSACTION/);
    const db = openDatabase(dataDir);
    try {
      // Nothing of the open transaction is there: neither the rows' changes nor the counters'.
      expect(ledgerStates(db, id)).toEqual({ pending: 1000 });
      expectCountersMatchLedger(db, 'after a kill inside a transaction');
    } finally {
      db.close();
    }
  });

  it('a process killed at any moment of a run of committed batches leaves them equal', async () => {
    const { dataDir, id } = await ledgerFolder(3000);
    const before = (() => {
      const db = openDatabase(dataDir);
      const out = countersFromLedger(db);
      db.close();
      return out;
    })();
    // A kill somewhere in the 40th..70th round: often in a transaction or its commit.
    const at = 40 + Math.floor(Math.random() * 30);
    await killWhen(dataDir, id, 'loop', new RegExp(`ROUND ${at}\\n`));
    const db = openDatabase(dataDir);
    try {
      expectCountersMatchLedger(db, `after a kill near round ${at}`);
      // The rounds did write: the kill did not land before the first one.
      expect(countersFromLedger(db)).not.toEqual(before);
    } finally {
      db.close();
    }
  });
});
