import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BACKUPS_DIR, type BackupManifest } from '../../../main/engine-contract/data-folder';
import { migrate } from '../../../main/engine/db/migrate';
import { migrations } from '../../../main/engine/db/migrations/index';
import { DATABASE_FILE, openDatabase } from '../../../main/engine/db/open-database';
import { seedList } from '../../support/seed-contacts';
import { testDataDir, testEngine } from '../../support/test-engine';
import { sleep, waitFor } from '../../support/wait';
import { BackupSchedule } from '../../../main/engine/upkeep/backup-schedule';

const ctx = { trusted: true, origin: 'test' };
const posix = process.platform !== 'win32';

function backupFiles(dir: string): string[] {
  const folder = join(dir, BACKUPS_DIR);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

describe('automatic backups', () => {
  it('copy the live database into backups/ with its counts, as one private file', async () => {
    const dir = testDataDir();
    const engine = testEngine({ dataDir: dir });
    seedList(engine.db, 'Customers', 2500);
    const answer = await engine.dispatch('engine:backupNow', undefined, ctx);
    expect(answer.ok).toBe(true);
    const made = (answer as { value: BackupManifest }).value;
    expect(made).toMatchObject({ reason: 'manual', lists: 1, contacts: 2500, ledgerRows: 0 });
    expect(backupFiles(dir)).toEqual([made.file, `${made.file}.json`]);
    const path = join(dir, BACKUPS_DIR, made.file);
    const copy = new DatabaseSync(path, { readOnly: true });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM contacts').get()).toEqual({ n: 2500 });
    copy.close();
    if (posix) {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, BACKUPS_DIR)).mode & 0o777).toBe(0o700);
    }
  });

  it('keep the newest seven', async () => {
    const dir = testDataDir();
    let at = Date.parse('2026-03-01T09:00:00Z');
    const engine = testEngine({ dataDir: dir, now: () => at });
    for (let day = 0; day < 9; day++) {
      at += 24 * 3600_000;
      await engine.dispatch('engine:backupNow', undefined, ctx);
    }
    const kept = backupFiles(dir).filter((f) => f.endsWith('.sqlite'));
    expect(kept).toHaveLength(7);
    expect(kept[0]).toBe('peaksend-2026-03-04T09-00-00-000Z.sqlite');
    expect(kept.at(-1)).toBe('peaksend-2026-03-10T09-00-00-000Z.sqlite');
  });

  it('are taken before migrations run on an existing database', () => {
    const dir = testDataDir();
    const old = new DatabaseSync(join(dir, DATABASE_FILE));
    old.exec('PRAGMA journal_mode = WAL');
    migrate(old, migrations.slice(0, 5));
    seedList(old, 'From the old version', 100);
    old.close();
    const db = openDatabase(dir);
    db.close();
    const manifests = backupFiles(dir).filter((f) => f.endsWith('.json'));
    expect(manifests).toHaveLength(1);
    const newest = openDatabase(dir);
    newest.close();
    // Nothing to migrate the second time: no second backup.
    expect(backupFiles(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  });

  it('are written daily while the engine runs, not again within the day', async () => {
    const dir = testDataDir();
    let at = Date.parse('2026-03-01T09:00:00Z');
    const first = testEngine({ dataDir: dir, now: () => at, backups: { firstCheckMs: 5 } });
    await waitFor(() => backupFiles(dir).length === 2, 5000);
    await first.close();
    at += 3600_000;
    const again = testEngine({
      dataDir: dir,
      now: () => at,
      backups: { firstCheckMs: 5, checkEveryMs: 5 },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(backupFiles(dir)).toHaveLength(2);
    at += 24 * 3600_000;
    await waitFor(() => backupFiles(dir).length === 4, 5000);
    await again.close();
  });
});

describe('the daily backup and sends', () => {
  it('waits while a campaign sends, unless the newest backup is three days old', async () => {
    const dir = testDataDir();
    let at = Date.parse('2026-03-01T09:00:00Z');
    const engine = testEngine({ dataDir: dir, now: () => at });
    await engine.dispatch('engine:backupNow', undefined, ctx);
    const schedule = new BackupSchedule({
      db: engine.db,
      dataDir: dir,
      now: () => at,
      sending: () => true,
    });
    onTestFinished(() => schedule.close());
    schedule.start({ firstCheckMs: 1, checkEveryMs: 5 });
    at += 2 * 24 * 3600_000;
    await sleep(100);
    expect(backupFiles(dir)).toHaveLength(2);
    at += 2 * 24 * 3600_000;
    await waitFor(() => backupFiles(dir).length === 4, 5000);
  });
});
