import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import {
  GROUP_AUTOCHECKPOINT_FRAMES,
  GroupCommit,
} from '../../../main/engine/sending/group-commit';
import { walSyncer, type WalSync } from '../../../main/engine/sending/wal-sync';
import { tempDatabase } from '../../support/temp-database';

/** The real WAL fsync, held until the test lets each one return. */
function heldSync(db: DatabaseSync) {
  const real = walSyncer(db);
  if (!real) throw new Error('expected a database file');
  const held: ((error?: Error) => void)[] = [];
  let started = 0;
  const wal: WalSync = {
    sync(done) {
      started += 1;
      real.sync((error) => {
        if (error) return done(error);
        held.push((injected) => done(injected ?? null));
      });
    },
    syncNow: () => real.syncNow(),
    close: () => real.close(),
  };
  const releaseNext = async (error?: Error) => {
    for (let i = 0; i < 200 && held.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    const next = held.shift();
    if (!next) throw new Error('no fsync is running');
    next(error);
    await new Promise((r) => setImmediate(r));
  };
  return { wal, releaseNext, started: () => started };
}

function table(db: DatabaseSync) {
  db.exec('CREATE TABLE marks (n INTEGER NOT NULL)');
  return {
    add: (n: number) => () => void db.prepare('INSERT INTO marks (n) VALUES (?)').run(n),
    rows: () =>
      db
        .prepare('SELECT n FROM marks ORDER BY n')
        .all()
        .map((r) => Number(r.n)),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('group commit on a database file', () => {
  it('answers a write only once an fsync that began after its commit has returned', async () => {
    const { db } = tempDatabase();
    const marks = table(db);
    const sync = heldSync(db);
    const commit = new GroupCommit(db, null, sync.wal);
    let done = false;
    void commit.run(marks.add(1)).then(() => (done = true));
    await tick();
    // Committed (readable), but not yet known to be on disk: the caller still waits.
    expect(marks.rows()).toEqual([1]);
    expect(sync.started()).toBe(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    await sync.releaseNext();
    expect(done).toBe(true);
    commit.close();
  });

  it('lets writes that arrive while an fsync runs share the next one', async () => {
    const { db } = tempDatabase();
    const marks = table(db);
    const sync = heldSync(db);
    const commit = new GroupCommit(db, null, sync.wal);
    const answered: number[] = [];
    const write = (n: number) => void commit.run(marks.add(n)).then(() => answered.push(n));
    write(1);
    await tick();
    // Five writes in three later ticks, all while the first fsync is still running.
    write(2);
    write(3);
    await tick();
    write(4);
    await tick();
    write(5);
    write(6);
    await tick();
    expect(marks.rows()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sync.started()).toBe(1);
    await sync.releaseNext();
    expect(answered).toEqual([1]);
    // One fsync for the five, started only after the first returned (it covers all five).
    expect(sync.started()).toBe(2);
    await sync.releaseNext();
    expect(answered).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sync.started()).toBe(2);
    commit.close();
  });

  it('fails the writes an fsync could not make durable', async () => {
    const { db } = tempDatabase();
    const marks = table(db);
    const sync = heldSync(db);
    const commit = new GroupCommit(db, null, sync.wal);
    const result = commit.run(marks.add(1)).then(
      () => 'written',
      (e: unknown) => (e as NodeJS.ErrnoException).code,
    );
    await tick();
    await sync.releaseNext(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    expect(await result).toBe('EIO');
    commit.close();
  });

  it('on close, makes what is committed durable at once and answers it', async () => {
    const { db } = tempDatabase();
    const marks = table(db);
    const sync = heldSync(db);
    const commit = new GroupCommit(db, null, sync.wal);
    const first = commit.run(marks.add(1));
    await tick();
    const second = commit.run(marks.add(2));
    await tick();
    // 2 is committed and waits for the next fsync; close() syncs on the spot.
    commit.close();
    await second;
    await sync.releaseNext();
    await first;
    expect(marks.rows()).toEqual([1, 2]);
    await expect(commit.run(marks.add(3))).rejects.toThrow('closed');
  });

  it('keeps synchronous=FULL for every other writer of the connection', async () => {
    const { db } = tempDatabase();
    const marks = table(db);
    const commit = new GroupCommit(db);
    await commit.run(marks.add(1));
    // 2 = FULL: only the group's own commits skip SQLite's fsync (and make their own).
    expect(db.prepare('PRAGMA synchronous').get()?.synchronous).toBe(2);
    commit.close();
  });

  it('checkpoints only every 4,000 WAL frames in its own commits; other writers keep 1,000', async () => {
    const { db } = tempDatabase();
    db.exec('CREATE TABLE blobs (b BLOB NOT NULL)');
    const wal = `${db.location()}-wal`;
    const commit = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO blobs (b) VALUES (?)');
    // 60 commits of ≈50 new pages each: ≈3,000 frames, past SQLite's default of 1,000.
    for (let i = 0; i < 60; i++) {
      await commit.run(() => {
        for (let k = 0; k < 50; k++) insert.run(new Uint8Array(3500));
      });
    }
    const pageSize = Number(db.prepare('PRAGMA page_size').get()?.page_size);
    // Not checkpointed at 1,000 frames (the WAL would have restarted from its beginning).
    expect(statSync(wal).size).toBeGreaterThan(2500 * pageSize);
    expect(statSync(wal).size).toBeLessThan(GROUP_AUTOCHECKPOINT_FRAMES * pageSize);
    expect(db.prepare('PRAGMA wal_autocheckpoint').get()?.wal_autocheckpoint).toBe(1000);
    commit.close();
  });
});
