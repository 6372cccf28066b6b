import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real small file system (tmpfs) to fill up; null with the reason when it cannot be had. */
export interface SmallDisk {
  readonly path: string;
  /** Writes a filler file until the disk refuses (ENOSPC); returns the bytes written. */
  fill(): number;
  /** Deletes the filler: the space is back. */
  free(): void;
  unmount(): void;
}

export function mountSmallDisk(megabytes: number): SmallDisk | { skipped: string } {
  if (process.platform !== 'linux')
    return { skipped: `tmpfs needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { skipped: 'mounting a tmpfs needs root' };
  const path = mkdtempSync(join(tmpdir(), 'peaksend-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', path]);
  } catch (error) {
    rmSync(path, { recursive: true, force: true });
    return { skipped: `mount -t tmpfs failed: ${String(error).split('\n')[0]}` };
  }
  const filler = join(path, 'filler.bin');
  return {
    path,
    fill: () => {
      const fd = openSync(filler, 'a');
      let written = 0;
      try {
        for (const size of [1 << 20, 1 << 12, 1 << 9]) {
          const chunk = Buffer.alloc(size, 1);
          for (;;) {
            try {
              written += writeSync(fd, chunk);
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
              throw error;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
      return written;
    },
    free: () => rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
