import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/index';
import { DATABASE_FILE, openDatabase } from '../../../main/engine/db/open-database';
import { truncateHalf } from '../../support/damage-file';
import { seedList } from '../../support/seed-contacts';
import { testDataDir } from '../../support/test-engine';

describe('the CLI on a damaged database', () => {
  it('prints the reason the app shows, says where the backups are, and exits 1', async () => {
    const dir = testDataDir();
    const db = openDatabase(dir);
    seedList(db, 'L', 5000);
    db.close();
    truncateHalf(join(dir, DATABASE_FILE));
    let stderr = '';
    const code = await runCli(['status', '1', '--data-dir', dir], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      env: {},
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^peaksend status: The Peaksend database is damaged: the file was cut off: .*\. Automatic backups are in .*backups\. Restore one in the app, or move the file aside\.$/m,
    );
  });
});
