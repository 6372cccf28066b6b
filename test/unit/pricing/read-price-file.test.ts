import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readPriceFile } from '../../../main/engine/import/read-price-file';
import { tempDir } from '../../support/temp-dir';

const fixtures = join(import.meta.dirname, '../../fixtures');

describe('readPriceFile', () => {
  it('reads a price table from an Excel workbook, prices as the cells show them', async () => {
    const result = await readPriceFile(join(fixtures, 'sheets/prices.xlsx'));
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      { country: 'DE', pricePerPart: 0.045, currency: 'EUR' },
      { country: 'FR', pricePerPart: 0.052, currency: 'EUR' },
      { country: 'US', pricePerPart: 0.011, currency: 'EUR' },
    ]);
  });

  it('decodes a price CSV in the encoding it was saved in (UTF-16 from Excel, Windows-1252)', async () => {
    const dir = tempDir();
    onTestFinished(() => dir.cleanup());
    const utf16 = join(dir.path, 'rates.txt');
    writeFileSync(
      utf16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Country\tPrice (EUR)\r\nDE\t0,045\r\n', 'utf16le'),
      ]),
    );
    expect((await readPriceFile(utf16)).entries).toEqual([
      { country: 'DE', pricePerPart: 0.045, currency: 'EUR' },
    ]);
    const legacy = join(dir.path, 'rates.csv');
    writeFileSync(
      legacy,
      iconv.encode('country;price;currency\nFrance;0,05;EUR\nRéunion;0,07;EUR\n', 'windows-1252'),
    );
    const result = await readPriceFile(legacy);
    expect(result.entries.map((e) => e.country)).toEqual(['FR', 'RE']);
  });

  it('still reads the existing CSV fixtures', async () => {
    const result = await readPriceFile(join(fixtures, 'prices/prices.csv'));
    expect(result.entries.length).toBeGreaterThan(0);
  });
});
