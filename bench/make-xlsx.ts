import { stat } from 'node:fs/promises';
import { writeXlsx, type Cell } from '../test/support/spreadsheet-writer';
import { cities, firstNames, rng } from './make-csv';

/**
 * The benchmark's recipients as an Excel workbook: the same columns as the CSV benchmark, with
 * the phone stored as a number the way Excel keeps a typed-in phone (4915201500001, half General,
 * half format "0"), a unique last name per row (a million shared strings, as Excel writes text),
 * 2% text that is not a number and 1% repeats of earlier rows. Returns the file's size in bytes.
 */
export async function makeRecipientsXlsx(path: string, rows: number): Promise<number> {
  const next = rng(42);
  function* body(): Generator<Cell[]> {
    yield ['phone', 'first_name', 'last_name', 'city', 'customer_id'];
    for (let i = 1; i <= rows; i++) {
      const r = next();
      const n = r < 0.01 && i > 10 ? Math.max(1, Math.floor(next() * (i - 1))) : i;
      const number = 4915200000000 + 1_500_000 + n;
      const phone: Cell = r > 0.98 ? `call ${n}` : n % 2 === 0 ? { number, formatId: 1 } : number;
      yield [phone, firstNames[n % 10] ?? '', `Muster${n}`, cities[n % 6] ?? '', n];
    }
  }
  await writeXlsx(path, [{ name: 'Recipients', rows: body() }]);
  return (await stat(path)).size;
}
