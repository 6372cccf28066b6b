import {
  closeSync,
  fdatasync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  openSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';

/** Makes the database's -wal file durable: `sync` off the main thread, `syncNow` on it. */
export interface WalSync {
  sync(done: (error: Error | null) => void): void;
  syncNow(): void;
  /** Lets the descriptor go (once an fsync still running has returned). */
  close(): void;
}

/**
 * The fsync SQLite's synchronous=FULL would make at a WAL commit, made by us instead so it runs
 * in libuv's thread pool while the engine goes on (see GroupCommit). fdatasync, as SQLite uses
 * on Linux. The WAL lives as long as our connection is open; one descriptor is kept, opened
 * again if the file was ever replaced. SQLite keeps no POSIX locks on the -wal file (they are on
 * the -shm), so our descriptor cannot release one. Null for a database without a file.
 */
export function walSyncer(db: DatabaseSync): WalSync | null {
  const file = db.location();
  if (!file) return null;
  const wal = `${file}-wal`;
  let fd: number | null = null;
  let ino = -1;
  let running = 0;
  let closing = false;
  const release = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  const descriptor = (): number => {
    const now = statSync(wal).ino;
    if (fd !== null && ino === now && fstatSync(fd).ino === now) return fd;
    // Replaced (never while our connection is open, but cheap to notice). An old descriptor
    // still in an fsync is left open rather than closed under it.
    if (fd !== null && running === 0) closeSync(fd);
    fd = openSync(wal, 'r+');
    ino = fstatSync(fd).ino;
    syncDirectory(dirname(wal));
    return fd;
  };
  return {
    sync(done) {
      let target: number;
      try {
        target = descriptor();
      } catch (error) {
        done(error as Error);
        return;
      }
      running += 1;
      fdatasync(target, (error) => {
        running -= 1;
        if (closing && running === 0) release();
        done(error);
      });
    },
    syncNow() {
      fdatasyncSync(descriptor());
    },
    close() {
      closing = true;
      if (running === 0) release();
    },
  };
}

/** A newly made -wal's name must survive power loss too (SQLite does this for a new WAL). */
function syncDirectory(dir: string): void {
  try {
    const d = openSync(dir, 'r');
    try {
      fsyncSync(d);
    } finally {
      closeSync(d);
    }
  } catch {
    // Windows cannot open a folder as a file; NTFS journals the name itself.
  }
}
