import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/engine/db/migrate';
import { DATABASE_FILE, openDatabase } from '../../../main/engine/db/open-database';
import { migrations } from '../../../main/engine/db/migrations/index';
import { tempDir } from '../../support/temp-dir';

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));
function freshDir(): string {
  const d = tempDir();
  dirs.push(d);
  return d.path;
}

describe('migrations', () => {
  it('opens a WAL database and applies every migration once', () => {
    const dir = freshDir();
    const db = openDatabase(dir);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    const applied = db
      .prepare('SELECT id FROM _migrations ORDER BY id')
      .all()
      .map((r) => r.id);
    expect(applied).toEqual(migrations.map((m) => m.id));
    db.close();
    // Re-opening runs nothing new.
    const again = new DatabaseSync(join(dir, DATABASE_FILE));
    expect(migrate(again, migrations)).toEqual([]);
    again.close();
  });

  it('refuses a migration whose SQL changed after it was applied', () => {
    const db = new DatabaseSync(join(freshDir(), 'x.sqlite'));
    migrate(db, [{ id: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER)' }]);
    expect(() => migrate(db, [{ id: 1, name: 'one', sql: 'CREATE TABLE a (y INTEGER)' }])).toThrow(
      /changed after it was applied/,
    );
  });

  it('rolls back a failing migration and refuses gaps in ids', () => {
    const db = new DatabaseSync(join(freshDir(), 'x.sqlite'));
    expect(() =>
      migrate(db, [{ id: 1, name: 'bad', sql: 'CREATE TABLE a (x); CREATE TABLE a (x);' }]),
    ).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'a'").all()).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM _migrations').get()).toEqual({ n: 0 });
    expect(() => migrate(db, [{ id: 2, name: 'gap', sql: 'SELECT 1' }])).toThrow(/without gaps/);
  });
});
