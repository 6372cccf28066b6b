import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/cli-command';
import { runCli } from '../../../main/cli/index';
import { tempDir } from '../../support/temp-dir';
import { TEST_TOKEN, testSandbox } from '../../support/test-engine';

describe('peaksend send and the sender rules', () => {
  it('refuses a letter sender for US numbers with the reason, and sends nothing', async () => {
    const sandbox = await testSandbox();
    const dir = tempDir();
    try {
      const csv = join(dir.path, 'us.csv');
      writeFileSync(csv, 'name,phone\nAnn,+1 646 280 6906\nBob,+1 646 280 6907\n');
      let stderr = '';
      const io: CliIo = {
        stdout: () => {},
        stderr: (t) => void (stderr += t),
        env: { PEAKSEND_TOKEN: TEST_TOKEN },
      };
      const code = await runCli(
        [
          'send',
          ...['--csv', csv, '--message', 'Hi {name}', '--sender', 'Brand'],
          ...['--base-url', sandbox.baseUrl, '--rate', '1000', '--data-dir', join(dir.path, 'd')],
        ],
        io,
      );
      expect(code).not.toBe(0);
      expect(stderr).toContain(
        '2 recipients in the United States: letter senders such as “Brand” are not accepted there.',
      );
      expect(sandbox.received()).toEqual([]);
    } finally {
      dir.cleanup();
    }
  }, 30_000);
});
