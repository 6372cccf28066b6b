import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../main/engine/db/open-database';
import { importCsv } from '../../../main/engine/import/import-csv';
import { openConfSettingsFile } from '../../../main/preview/conf-settings-file';
import { seedList } from '../../support/seed-contacts';
import { testDataDir, testEngine } from '../../support/test-engine';

const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('privacy at rest (POSIX modes)', () => {
  it('a new data folder is 0700 and the database, its -wal and -shm are 0600', () => {
    const dir = join(testDataDir(), 'new-folder');
    const engine = testEngine({ dataDir: dir });
    seedList(engine.db, 'L', 10);
    expect(mode(dir)).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) {
      expect(mode(join(dir, `${DATABASE_FILE}${suffix}`)), suffix || 'database').toBe(0o600);
    }
  });

  it('a folder an older version left readable by everyone is fixed at start', () => {
    const dir = testDataDir();
    chmodSync(dir, 0o755);
    for (const sub of ['exports', 'uploads/ab12']) mkdirSync(join(dir, sub), { recursive: true });
    const files = ['config.json', 'exports/results.csv', 'uploads/ab12/list.csv'];
    for (const f of files) writeFileSync(join(dir, f), 'x', { mode: 0o644 });
    chmodSync(join(dir, 'uploads'), 0o755);
    // Not Peaksend's: PEAKSEND_DATA_DIR may be a folder that holds other things too.
    writeFileSync(join(dir, 'notes.txt'), 'mine', { mode: 0o644 });
    testEngine({ dataDir: dir });
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'uploads'))).toBe(0o700);
    for (const f of files) expect(mode(join(dir, f)), f).toBe(0o600);
    expect(mode(join(dir, 'notes.txt'))).toBe(0o644);
  });

  it('config.json and its copies are written 0600', () => {
    const dir = testDataDir();
    const store = openConfSettingsFile(dir);
    store.set('sandbox', { profile: 'clean' });
    store.set('sandbox', { profile: 'flaky' });
    expect(mode(join(dir, 'config.json'))).toBe(0o600);
    expect(mode(join(dir, 'config.json.last-good'))).toBe(0o600);
  });

  it('an exported import report is 0600', async () => {
    const dir = testDataDir();
    const engine = testEngine({ dataDir: dir });
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, 'phone\n+4915200000001\nnot a phone\n');
    const report = await importCsv(engine.db, {
      path: csv,
      newListName: 'L',
      defaultCountry: 'DE',
    });
    const out = join(dir, 'exports', 'report.csv');
    mkdirSync(join(dir, 'exports'), { recursive: true });
    const answer = await engine.dispatch(
      'contacts:exportIssuesTo',
      { runId: report.runId, path: out },
      { trusted: true, origin: 'test' },
    );
    expect(answer.ok).toBe(true);
    expect(mode(out)).toBe(0o600);
  });
});
