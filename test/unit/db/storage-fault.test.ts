import { DatabaseSync } from 'node:sqlite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeMegabytes, storageFaultOf } from '../../../main/engine/db/storage-fault';
import { tempDir } from '../../support/temp-dir';

describe('storage faults are told apart from bugs', () => {
  it('reads SQLite result codes from real errors', () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'garbage.sqlite');
      writeFileSync(file, Buffer.alloc(8192, 7));
      let caught: unknown;
      try {
        new DatabaseSync(file).exec('SELECT * FROM sqlite_master');
      } catch (error) {
        caught = error;
      }
      expect(storageFaultOf(caught)).toEqual({ kind: 'corrupt' });
      expect(storageFaultOf({ errcode: 13 })).toEqual({ kind: 'diskFull' });
      expect(storageFaultOf({ errcode: 13 | (1 << 8) })).toEqual({ kind: 'diskFull' });
      expect(storageFaultOf({ code: 'ENOSPC' })).toEqual({ kind: 'diskFull' });
      expect(storageFaultOf(new Error('UNIQUE constraint failed'))).toBeNull();
      expect(freeMegabytes(dir.path)).toBeGreaterThan(0);
    } finally {
      dir.cleanup();
    }
  });
});
