import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseDamaged } from '../../../main/engine/db/database-damage';
import { DATABASE_FILE, openDatabase } from '../../../main/engine/db/open-database';
import { createEngine } from '../../../main/engine/engine';
import { engineFailureOf } from '../../../main/engine/engine-failure';
import { garbageWal, scribbleBtreePage, truncateHalf } from '../../support/damage-file';
import { seedList } from '../../support/seed-contacts';
import { testDataDir, testEngine } from '../../support/test-engine';

/** A data folder whose database holds one list of `rows` contacts, closed cleanly. */
function folderWithData(rows = 20_000): { dir: string; file: string } {
  const dir = testDataDir();
  const db = openDatabase(dir);
  seedList(db, 'Customers', rows);
  db.close();
  return { dir, file: join(dir, DATABASE_FILE) };
}

function openFailure(dir: string) {
  try {
    createEngine({ dataDir: dir }).close();
  } catch (error) {
    return { error, failure: engineFailureOf(error, dir) };
  }
  throw new Error('the engine opened a damaged database');
}

describe('a damaged database is reported at open, never served', () => {
  it('a truncated file', () => {
    const { dir, file } = folderWithData();
    truncateHalf(file);
    const { error, failure } = openFailure(dir);
    expect(error).toBeInstanceOf(DatabaseDamaged);
    expect(failure).toMatchObject({ reason: 'databaseDamaged' });
    expect(failure.detail).toMatch(/cut off/);
  });

  it('random bytes written into a b-tree page in the middle of the file', () => {
    const { dir, file } = folderWithData();
    scribbleBtreePage(file);
    const { failure } = openFailure(dir);
    expect(failure.reason).toBe('databaseDamaged');
    expect(failure.detail.length).toBeGreaterThan(0);
  });

  it('a header that is not a database header', () => {
    const { dir, file } = folderWithData();
    const bytes = readFileSync(file);
    bytes.fill(0x41, 0, 100);
    writeFileSync(file, bytes);
    expect(openFailure(dir).failure).toMatchObject({ reason: 'databaseDamaged' });
  });

  it('damage the bounded check at open does not read is reported by the first read of it', async () => {
    const { dir, file } = folderWithData();
    scribbleBtreePage(file);
    const failures: unknown[] = [];
    // As for a large database after a clean close: only the schema and small tables are read.
    const engine = testEngine({
      dataDir: dir,
      database: { fullCheckBelowBytes: 0 },
      onFailure: (f) => failures.push(f),
    });
    // Page through the whole list, as the contacts table does when the user scrolls.
    const answers = [];
    for (let offset = 0; offset < 20_000; offset += 1000) {
      answers.push(
        await engine.dispatch(
          'contacts:query',
          { listId: 1, search: '', offset, limit: 1000 },
          { trusted: true, origin: 'test' },
        ),
      );
    }
    expect(answers.some((a) => !a.ok)).toBe(true);
    expect(failures[0]).toMatchObject({ reason: 'databaseDamaged' });
  });
});

describe('a -wal of garbage', () => {
  it('is kept aside, and the database opens with what its main file holds', () => {
    const { dir, file } = folderWithData(500);
    const garbage = garbageWal(file);
    const engine = testEngine({ dataDir: dir });
    const count = engine.db.prepare('SELECT COUNT(*) AS n FROM contacts').get();
    expect(count).toEqual({ n: 500 });
    const kept = readdirSync(dir).filter((f) => f.startsWith(`${DATABASE_FILE}-wal.damaged-`));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0] ?? '')).equals(garbage)).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
