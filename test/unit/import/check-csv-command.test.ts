import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countryFromLocale } from '../../../main/cli/cli-country';
import type { CliIo } from '../../../main/cli/cli-command';
import { runCli } from '../../../main/cli/index';
import { tempDir } from '../../support/temp-dir';

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

const fixtures = join(import.meta.dirname, '../../fixtures/csv');

async function run(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env };
  const code = await runCli(['check-csv', ...args], io);
  return { code, stdout, stderr };
}

describe('peaksend check-csv', () => {
  it('prints exactly one JSON object with --json', async () => {
    const { code, stdout, stderr } = await run([
      join(fixtures, 'duplicates.csv'),
      '--country',
      'IL',
      '--json',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'rows',
      'valid',
      'invalid',
      'duplicates',
      'warnings',
      'format',
      'sheet',
      'encoding',
      'delimiter',
      'country',
      'countrySource',
      'phoneColumn',
      'columns',
      'issues',
    ]);
    expect(report).toEqual({
      rows: 6,
      valid: 3,
      invalid: 0,
      duplicates: 3,
      warnings: 0,
      format: 'csv',
      sheet: null,
      encoding: 'utf-8',
      delimiter: ',',
      country: 'IL',
      countrySource: 'chosen',
      phoneColumn: 'phone',
      columns: ['name', 'phone'],
      issues: [
        { row: 2, kind: 'duplicate', detail: 'Same number as row 1 (+972524265248).' },
        { row: 3, kind: 'duplicate', detail: 'Same number as row 1 (+972524265248).' },
        { row: 5, kind: 'duplicate', detail: 'Same number as row 4 (+972524265249).' },
      ],
    });
  });

  it('takes the country from the locale when --country is absent', async () => {
    const il = await run([join(fixtures, 'phones-il-notations.csv'), '--json'], {
      LANG: 'he_IL.UTF-8',
    });
    expect(JSON.parse(il.stdout)).toMatchObject({ rows: 11, valid: 10 });
    const none = await run([join(fixtures, 'phones-il-notations.csv'), '--json'], {
      LANG: 'C.UTF-8',
    });
    // Without a country only +972… and 00972… survive: "972…" could as well be a national
    // number, and a national number is never re-read as an international one.
    expect(JSON.parse(none.stdout)).toMatchObject({ rows: 11, valid: 3, invalid: 8 });
    expect(JSON.parse(il.stdout)).toMatchObject({ country: 'IL', countrySource: 'locale' });
    expect(JSON.parse(none.stdout)).toMatchObject({ country: null, countrySource: 'none' });
    const text = await run([join(fixtures, 'phones-il-notations.csv')], { LANG: 'he_IL.UTF-8' });
    expect(text.stdout).toContain('Country:    IL (from the locale)');
    const flagged = await run([join(fixtures, 'phones-il-notations.csv'), '--country', 'il']);
    expect(flagged.stdout).toContain('Country:    IL (from --country)');
    expect(countryFromLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'he_IL.UTF-8' })).toBe('US');
    expect(countryFromLocale({ LANG: 'de_DE@euro' })).toBe('DE');
    expect(countryFromLocale({ LANG: 'en' })).toBeUndefined();
    expect(countryFromLocale({})).toBeUndefined();
  });

  it('honours --delimiter, --encoding and --phone-column', async () => {
    const path = join(fixtures, 'windows-1252.csv');
    const forced = await run([
      path,
      '--country',
      'il',
      '--delimiter',
      ';',
      '--encoding',
      'windows-1252',
      '--phone-column',
      '1',
      '--json',
    ]);
    expect(JSON.parse(forced.stdout)).toMatchObject({
      delimiter: ';',
      encoding: 'windows-1252',
      phoneColumn: 'prenom_nom_telephone',
      rows: 5,
      valid: 0,
    });
    const tab = await run([
      join(fixtures, 'tab-delimited.tsv'),
      '--country',
      'IL',
      '--delimiter',
      'tab',
      '--phone-column',
      'Phone',
      '--json',
    ]);
    expect(JSON.parse(tab.stdout)).toMatchObject({
      delimiter: '\t',
      phoneColumn: 'phone',
      valid: 2,
    });
    const escaped = await run([
      join(fixtures, 'tab-delimited.tsv'),
      '--country',
      'IL',
      '--delimiter',
      '\\t',
      '--json',
    ]);
    expect(JSON.parse(escaped.stdout)).toMatchObject({ delimiter: '\t' });
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run([join(fixtures, 'invalid-phones.csv'), '--country', 'IL']);
    expect(code).toBe(0);
    expect(stdout).toContain('Rows:       9');
    expect(stdout).toMatch(/valid\s+1/);
    expect(stdout).toMatch(/invalid\s+8/);
    expect(stdout).toContain('row 3       invalid    "call me" is not a phone number.');
  });

  it('exits 1 with one line for unreadable input', async () => {
    for (const [path, message] of [
      [join(fixtures, 'nope.csv'), 'Cannot find the file "nope.csv"'],
      [fixtures, 'is a folder, not a CSV file'],
      [join(fixtures, 'binary.csv'), 'This looks like a binary file, not a CSV'],
    ] as const) {
      const { code, stdout, stderr } = await run([path, '--json']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 2 on bad flags', async () => {
    const file = join(fixtures, 'crlf.csv');
    for (const args of [
      [file, '--bogus'],
      [file, '--country', 'Narnia'],
      [file, '--delimiter', 'x'],
      [file, '--encoding', 'ebcdic'],
      [],
      [file, file],
    ]) {
      const { code, stderr } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^peaksend check-csv: /);
    }
  });

  it('caps the issues list at 1000', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const path = join(dir.path, 'bad.csv');
    writeFileSync(path, `phone\n${Array.from({ length: 1500 }, (_, i) => `bad${i}`).join('\n')}\n`);
    const report = JSON.parse(
      (await run([path, '--country', 'IL', '--json', '--phone-column', 'phone'])).stdout,
    );
    expect(report).toMatchObject({ rows: 1500, invalid: 1500 });
    expect(report.issues).toHaveLength(1000);
    expect(report.issues[999]).toEqual({
      row: 1000,
      kind: 'invalid',
      detail: '"bad999" is not a phone number.',
    });
  });
});

describe('peaksend check-csv on spreadsheets', () => {
  const sheets = join(import.meta.dirname, '../../fixtures/sheets');

  it('reads an .xlsx like the same data as CSV, and --sheet picks a sheet by name or number', async () => {
    const xlsx = JSON.parse(
      (await run([join(sheets, 'contacts-numbers.xlsx'), '--country', 'GB', '--json'])).stdout,
    );
    const csv = JSON.parse(
      (await run([join(sheets, 'contacts-numbers.csv'), '--country', 'GB', '--json'])).stdout,
    );
    expect(xlsx).toMatchObject({ format: 'xlsx', sheet: 'Contacts', rows: 40, valid: 36 });
    expect({ ...xlsx, format: 'csv', sheet: null, encoding: 'utf-8-bom' }).toEqual(csv);
    const byName = await run([
      join(sheets, 'multi-sheet.xlsx'),
      '--sheet',
      'guests',
      '--country',
      'GB',
    ]);
    expect(byName.stdout).toContain('Sheet:      Guests');
    expect(byName.stdout).toMatch(/valid\s+3/);
    const byNumber = await run([join(sheets, 'multi-sheet.xlsx'), '--sheet', '3', '--json']);
    expect(JSON.parse(byNumber.stdout)).toMatchObject({ sheet: 'Guests', rows: 3 });
    const wrong = await run([join(sheets, 'multi-sheet.xlsx'), '--sheet', 'Nope']);
    expect(wrong).toMatchObject({ code: 2 });
    expect(wrong.stderr).toContain('Sheets: Read me, Old list, Guests');
  });
});
