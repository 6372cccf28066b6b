// `npx tsx bench/backup-bench.ts [--rows N]`: what damage checks and backups cost on a large
// database (default 1M contacts + a 1M-row ledger). Prints numbers; not a test.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writeBackup, writeBackupSync } from '../main/engine/db/database-backups';
import { DATABASE_FILE, openDatabase } from '../main/engine/db/open-database';
import { inTransaction } from '../main/engine/db/transaction';
import { seedList } from '../test/support/seed-contacts';

const { values } = parseArgs({ options: { rows: { type: 'string' } } });
const ROWS = Number(values.rows ?? 1_000_000);
const work = mkdtempSync(join(tmpdir(), 'peaksend-backup-bench-'));
const ms = (start: number) => Math.round(performance.now() - start);
const out: Record<string, unknown> = { rows: ROWS };

try {
  const dir = join(work, 'data');
  let db = openDatabase(dir);
  seedList(db, 'Customers', ROWS);
  const at = new Date().toISOString();
  db.prepare(
    `INSERT INTO campaigns (name, status, created_at, updated_at) VALUES ('c', 'sending', ?, ?)`,
  ).run(at, at);
  const insert = db.prepare(`INSERT INTO ledger (campaign_id, seq, phone, country, fields_json,
    text, parts, state) VALUES (1, ?, ?, 'DE', '{"first_name":"N"}', ?, 1, 'pending')`);
  inTransaction(db, () => {
    for (let i = 1; i <= ROWS; i++) insert.run(i, `+49152${i}`, `Hi N, message number ${i}`);
  });
  db.close();
  const path = join(dir, DATABASE_FILE);
  out.databaseMb = Math.round(statSync(path).size / 1e6);

  let t = performance.now();
  db = openDatabase(dir);
  out.openAfterCleanCloseMs = ms(t); // schema + small tables checked
  db.close();
  // A -wal beside the file (a crash, or another process with it open) makes the open check
  // every page: a copy held open by one connection, opened by a second.
  const copyDir = join(work, 'copy');
  openDatabase(copyDir).close();
  copyFileSync(path, join(copyDir, DATABASE_FILE));
  const holder = openDatabase(copyDir);
  t = performance.now();
  openDatabase(copyDir).close();
  out.openWithWalPresentMs = ms(t);
  holder.close();

  db = openDatabase(dir);
  // Sends meanwhile: a 50-row ledger update committed every 5 ms, as a runner does.
  const update = db.prepare(
    `UPDATE ledger SET state = 'accepted' WHERE campaign_id = 1 AND seq = ?`,
  );
  let seq = 0;
  let writes = 0;
  let slowestWriteMs = 0;
  const writer = setInterval(() => {
    const s = performance.now();
    inTransaction(db, () => {
      for (let i = 0; i < 50; i++) update.run(++seq);
    });
    writes++;
    slowestWriteMs = Math.max(slowestWriteMs, performance.now() - s);
  }, 5);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  t = performance.now();
  const made = await writeBackup(db, dir, 'manual');
  out.backupMs = ms(t);
  delay.disable();
  clearInterval(writer);
  out.backupMb = Math.round(made.bytes / 1e6);
  out.writesDuringBackup = writes;
  out.slowestWriteDuringBackupMs = Math.round(slowestWriteMs * 10) / 10;
  out.eventLoopDelayDuringBackupMs = {
    p50: Math.round(delay.percentile(50) / 1e5) / 10,
    p99: Math.round(delay.percentile(99) / 1e5) / 10,
    max: Math.round(delay.max / 1e5) / 10,
  };
  t = performance.now();
  writeBackupSync(db, dir, 'migration');
  out.blockingBackupBeforeMigrationMs = ms(t);
  db.close();
  console.log(JSON.stringify(out, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
