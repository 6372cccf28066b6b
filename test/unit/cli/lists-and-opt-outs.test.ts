import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSnapshot, peaksend, writeCsv } from '../../support/cli-runs';
import { testDataDir, testSandbox } from '../../support/test-engine';

describe('lists and opt-outs from the command line', () => {
  it('reading commands on a folder that does not exist exit 1 and create nothing', async () => {
    const missing = join(testDataDir(), 'nothing-here');
    for (const args of [['lists'], ['opt-outs', 'list'], ['export', '1'], ['uncertain', '1']]) {
      const r = await peaksend([...args, '--data-dir', missing]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/no Peaksend data/i);
      expect(existsSync(missing)).toBe(false);
    }
  }, 60_000);

  it('imports into a named list, lists it, skips its opted-out numbers when sending to it', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const contacts = writeCsv(join(dir, 'contacts.csv'), [
      'phone,first_name',
      '+4915200000001,Anna',
      '+4915200000002,Ben',
      '030 12345678,Carla',
      '+4915200000004,Dora',
      'not a number,Eve',
    ]);
    const imported = await peaksend([
      'import',
      contacts,
      '--list',
      'Customers',
      '--country',
      'DE',
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      list: 'Customers',
      created: true,
      rows: 5,
      imported: 4,
      invalid: 1,
      country: 'DE',
    });
    // Again into the same list: nothing new, nothing twice.
    const again = await peaksend([
      'import',
      contacts,
      '--list',
      'Customers',
      '--data-dir',
      dataDir,
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/imported 0, invalid 1, duplicates 4/);

    const lists = await peaksend(['lists', '--data-dir', dataDir, '--json']);
    expect(JSON.parse(lists.stdout).lists).toEqual([
      expect.objectContaining({ name: 'Customers', contacts: 4, defaultCountry: 'DE' }),
    ]);
    expect((await peaksend(['lists', '--data-dir', dataDir])).stdout).toMatch(
      /^id\s+contacts\s+country\s+name\n\d+\s+4\s+DE\s+Customers\n$/,
    );

    // Opt-outs: one national number read with --country, one that is no number at all.
    const add = await peaksend([
      'opt-outs',
      'add',
      '030 12345678',
      'call me',
      '--country',
      'DE',
      '--data-dir',
      dataDir,
    ]);
    expect(add.code).toBe(1);
    expect(add.stderr).toMatch(/not added: "call me"/);
    expect(add.stdout).toMatch(/added 1, already on the list 0, not a phone number 1/);
    const optOutFile = writeCsv(join(dir, 'stop.csv'), [
      'number',
      '+4915200000004',
      '+4915200000004',
    ]);
    const fromFile = await peaksend([
      'opt-outs',
      'import',
      optOutFile,
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ rows: 2, added: 1, alreadySuppressed: 1 });
    const before = folderSnapshot(dataDir);
    const listed = await peaksend(['opt-outs', 'list', '--data-dir', dataDir, '--json']);
    expect(JSON.parse(listed.stdout)).toMatchObject({ total: 2 });
    expect(
      JSON.parse(listed.stdout)
        .optOuts.map((o: { phone: string }) => o.phone)
        .sort(),
    ).toEqual(['+4915200000004', '+493012345678']);
    expect(folderSnapshot(dataDir)).toEqual(before);

    const sandbox = await testSandbox();
    const send = await peaksend([
      'send',
      '--list',
      'Customers',
      '--message',
      'Hi {first_name}',
      '--sender',
      'Brand',
      '--base-url',
      sandbox.baseUrl,
      '--data-dir',
      dataDir,
    ]);
    expect(send.code).toBe(0);
    expect(JSON.parse(send.stdout)).toMatchObject({
      recipients: 4,
      accepted: 2,
      skipped: 2,
      uncertain: 0,
      errors: { suppressed: 2 },
    });
    expect(
      sandbox
        .received()
        .map((m) => m.phone)
        .sort(),
    ).toEqual(['4915200000001', '4915200000002']);
  }, 90_000);

  it('send refuses --csv with --list, and --country with --list', async () => {
    const dataDir = join(testDataDir(), 'data');
    const base = ['--message', 'Hi', '--sender', 'Brand', '--base-url', 'http://127.0.0.1:1'];
    const both = await peaksend([
      'send',
      '--csv',
      'a.csv',
      '--list',
      'L',
      ...base,
      '--data-dir',
      dataDir,
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/either --csv FILE or --list NAME/);
    const country = await peaksend(['send', '--list', 'L', '--country', 'DE', ...base]);
    expect(country.code).toBe(2);
    const missing = await peaksend(['send', '--list', 'Nope', ...base, '--data-dir', dataDir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/there is no list "Nope"/);
  }, 60_000);
});
