import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/cli-command';
import { runCli } from '../../../main/cli/index';
import { TEST_TOKEN, testSandbox } from '../../support/test-engine';
import { tempDir } from '../../support/temp-dir';

async function send(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { PEAKSEND_TOKEN: TEST_TOKEN, ...env },
  };
  const code = await runCli(['send', ...args], io);
  return { code, stdout, stderr };
}

describe('peaksend send: one country rule', () => {
  it('never sends a national number to another country, and says which country it used', async () => {
    const sandbox = await testSandbox();
    const dir = tempDir();
    try {
      const csv = join(dir.path, 'us.csv');
      writeFileSync(csv, 'name,phone\nAnn,(646) 280-6906\nBob,+44 7400 100601\n');
      const common = ['--csv', csv, '--message', 'Hi {name}', '--sender', 'Brand'];
      const base = ['--base-url', sandbox.baseUrl, '--rate', '1000'];

      // No --country and a locale without a country: the national number is invalid, never
      // +64 6 280 6906 (New Zealand), which is what `send` used to do.
      const none = await send([...common, ...base, '--data-dir', join(dir.path, 'a')], {
        LANG: 'C.UTF-8',
      });
      expect(none.stderr).toContain(
        'country: none (no default country: numbers must start with + or 00)',
      );
      expect(none.stderr).toMatch(/imported 1 of 2 rows \(1 invalid/);
      expect(sandbox.received().map((m) => m.phone)).toEqual(['447400100601']);

      // The locale says US: "(646) 280-6906" is a New York number.
      const us = await send([...common, ...base, '--data-dir', join(dir.path, 'b')], {
        LANG: 'en_US.UTF-8',
      });
      expect(us.code).toBe(0);
      expect(us.stderr).toContain('country: US (from the locale)');
      expect(sandbox.received().map((m) => m.phone)).toContain('16462806906');

      const flag = await send(
        [...common, ...base, '--country', 'gb', '--data-dir', join(dir.path, 'c')],
        { LANG: 'en_US.UTF-8' },
      );
      expect(flag.stderr).toContain('country: GB (from --country)');
      expect(sandbox.received().some((m) => m.phone.startsWith('64'))).toBe(false);
    } finally {
      dir.cleanup();
    }
  }, 30_000);
});
