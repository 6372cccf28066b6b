import { rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESERVE_FILE = 'peaksend.reserve';
const RESERVE_BYTES = 2 * 1024 * 1024;

/**
 * A few megabytes kept in the data folder so that a full disk cannot stop Peaksend from saving
 * what it already knows. When a send hits a full disk, the reserve is deleted and the space is
 * used for the answers CommPeak gave to the requests in flight and for the pause itself; without
 * it those rows would end up "uncertain" and the pause would read "Peaksend was closed…".
 * It is made again before the next send, when there is room.
 */
export class DiskReserve {
  private readonly path: string;

  constructor(
    dir: string,
    private readonly bytes = RESERVE_BYTES,
  ) {
    this.path = join(dir, RESERVE_FILE);
  }

  /** Makes sure the reserve is there; false when the disk has no room for it now. */
  ensure(): boolean {
    try {
      if (statSync(this.path).size >= this.bytes) return true;
    } catch {
      // Not there yet.
    }
    try {
      writeFileSync(this.path, Buffer.alloc(this.bytes), { mode: 0o600 });
      return true;
    } catch {
      // A partial file would only take space the database needs more.
      try {
        rmSync(this.path, { force: true });
      } catch {
        // A read-only folder: nothing was written either.
      }
      return false;
    }
  }

  /** Frees the reserve's space; false when there was none to free. */
  release(): boolean {
    try {
      unlinkSync(this.path);
      return true;
    } catch {
      return false;
    }
  }
}
