import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why a real tmpfs cannot be mounted here (not Linux, not root); null when it can. */
export function tmpfsUnavailable(): string | null {
  if (process.platform !== 'linux')
    return `needs Linux to mount a tmpfs (this is ${process.platform})`;
  if (process.getuid?.() !== 0)
    return 'needs root to mount a tmpfs (run the tests as root to include it)';
  return null;
}

export interface Tmpfs {
  readonly path: string;
  /** Writes a filler file until the file system refuses (ENOSPC); answers its size. */
  fill(): number;
  /** Deletes the filler file. */
  free(): void;
  unmount(): void;
}

/** A real, small file system: writes beyond `sizeMb` fail with ENOSPC / SQLITE_FULL. */
export function mountTmpfs(sizeMb: number): Tmpfs {
  const path = mkdtempSync(join(tmpdir(), 'peaksend-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0755`, 'tmpfs', path]);
  const filler = join(path, 'filler.bin');
  return {
    path,
    fill: () => {
      const fd = openSync(filler, 'a');
      let written = 0;
      try {
        for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9]) {
          const chunk = Buffer.alloc(size, 0x66);
          for (;;) {
            try {
              written += writeSync(fd, chunk);
            } catch {
              break;
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
      execFileSync('umount', [path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
