import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../main/engine/import/classified-blocks';
import type { ContactBlock } from '../../../main/engine/import/contact-block';
import { resolveCsv } from '../../../main/engine/import/csv-settings';
import {
  runImportPipeline,
  type ContactFate,
  type PipelineSettings,
} from '../../../main/engine/import/import-pipeline';
import { blocksFromWorkers } from '../../../main/engine/import/import-workers';
import { tempDir } from '../../support/temp-dir';

const fixtures = join(import.meta.dirname, '../../fixtures/csv');
const SPREAD = [
  'big5.csv',
  'duplicates.csv',
  'excel-unicode-text.txt',
  'huge-cell.csv',
  'invalid-phones.csv',
  'quoted-multiline.csv',
  'ragged-rows.csv',
  'unclosed-quote.csv',
  'utf16be-bom.csv',
  'windows-1251.csv',
];

/** Everything the pipeline told the sink, in order, with in-file repeats found by number. */
async function record(path: string, workers: PipelineSettings['workers']) {
  const csv = await resolveCsv({ path, defaultCountry: 'IL' });
  const seen = new Map<string, number>();
  const log: unknown[] = [];
  const result = await runImportPipeline(
    { path, csv, workers, batchRows: 3_000 },
    {
      wants: { fields: true, searchColumns: null },
      batch: (work) => work(),
      place(block: ContactBlock) {
        const fates = new Map<number, ContactFate>();
        block.phones.forEach((phone, i) => {
          log.push(['contact', block.rows[i], phone, block.fieldsJson[i], block.warningCodes[i]]);
          const first = seen.get(phone);
          if (first === undefined) seen.set(phone, block.rows[i] as number);
          else fates.set(i, { kind: 'duplicate', reason: 'duplicate_in_file', detail: `${first}` });
        });
        return fates;
      },
      report: (issue) => log.push(['issue', issue]),
    },
  );
  return { counts: result.counts, log };
}

/** Rows with repeats, invalid numbers, warnings and quoted line breaks, across many blocks. */
function writeMixedCsv(path: string, rows: number): void {
  const lines = ['name,phone,notes'];
  for (let i = 0; i < rows; i++) {
    const phone =
      i % 17 === 0
        ? 'not a number'
        : i % 11 === 0
          ? `05${2_000_000 + (i % 500)}`
          : `+9725${3_000_000 + i}`;
    const notes = i % 13 === 0 ? `"line one\nline ""two"""` : `note ${i}`;
    lines.push(`Person ${i},${phone},${notes}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe('import workers', () => {
  it('report exactly what classifying on the engine thread reports, row for row', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'mixed.csv');
    writeMixedCsv(path, 25_000);
    const here = await record(path, 'never');
    const there = await record(path, 'always');
    expect(there.counts).toEqual(here.counts);
    expect(here.counts.total).toBe(25_000);
    expect(here.counts.invalid).toBeGreaterThan(1_000);
    expect(here.counts.duplicates).toBeGreaterThan(1_000);
    expect(there.log).toEqual(here.log);
    dir.cleanup();
  }, 60_000);

  it('give the fixture files the same reports as the engine thread', async () => {
    let compared = 0;
    // A worker's start under tsx costs about a second: a spread of the fixtures, not all of them.
    for (const name of SPREAD) {
      const path = join(fixtures, name);
      compared++;
      const here = await record(path, 'never');
      const there = await record(path, 'always');
      expect(there, name).toEqual(here);
    }
    expect(compared).toBe(SPREAD.length);
  }, 60_000);

  it('fall back to the engine thread when a worker cannot start, losing no row', async () => {
    const dir = tempDir();
    const path = join(dir.path, 'mixed.csv');
    writeMixedCsv(path, 5_000);
    const csv = layoutOf(await resolveCsv({ path, defaultCountry: 'IL' }));
    const plan = { path, csv, wants: { fields: false, searchColumns: null } };
    const missing = { file: join(dir.path, 'no-such-worker.mjs'), execArgv: [] };
    let rows = 0;
    for await (const block of blocksFromWorkers(plan, missing)) {
      rows += block.rows.length + block.invalid.length;
    }
    expect(rows).toBe(5_000);
    dir.cleanup();
  }, 60_000);
});
