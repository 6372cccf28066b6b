import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../main/engine/import/import-csv';
import { tempDatabase } from '../../support/temp-database';

// Lets the test measure live heap rather than garbage waiting for the collector.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROWS = 200_000;
const NOTE = 'x'.repeat(1000);

async function writeBigCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('name,phone,notes\n');
  for (let i = 0; i < ROWS; i++) {
    if (!out.write(`Person ${i},+97252${1_000_000 + i},"${NOTE}"\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('import memory', () => {
  it('stays flat while a 200,000-row (~200 MB) file streams through', async () => {
    const { db, dir } = tempDatabase();
    const path = join(dir, 'big.csv');
    await writeBigCsv(path);
    const fileBytes = statSync(path).size;

    const samples: { rows: number; heap: number; rss: number }[] = [];
    const report = await importCsv(
      db,
      // Only the name is kept, so the database stays small next to the file.
      { path, newListName: 'Big', defaultCountry: 'IL', fieldColumns: { '0': 'name' } },
      {
        progressIntervalMs: 0,
        onProgress: (p) => {
          // One sample per ~10k rows: a full collection per read chunk would be slow.
          if (samples.length > 0 && p.rowsRead - (samples.at(-1)?.rows ?? 0) < 10_000) return;
          gc();
          const memory = process.memoryUsage();
          samples.push({ rows: p.rowsRead, heap: memory.heapUsed, rss: memory.rss });
        },
      },
    );
    expect(report.imported).toBe(ROWS);
    if (process.env.SHOW_MEMORY)
      console.log(
        fileBytes,
        samples.map((s) => [s.rows, s.heap >> 20, s.rss >> 20]),
      );

    const quarter = samples.find((s) => s.rows >= ROWS / 4);
    if (!quarter) throw new Error('no progress sample after a quarter of the rows');
    const later = samples.filter((s) => s.rows >= quarter.rows);
    const heapGrowth = Math.max(...later.map((s) => s.heap)) - quarter.heap;
    const rssGrowth = Math.max(...later.map((s) => s.rss)) - quarter.rss;
    // Reading the remaining three quarters (~75 MB) must not keep them: live heap stays within a
    // batch's worth, and RSS (which also holds SQLite's bounded page cache) grows far less than
    // the data read.
    expect(heapGrowth).toBeLessThan(16 * 1024 * 1024);
    expect(rssGrowth).toBeLessThan(fileBytes * 0.75 * 0.5);
  }, 120_000);
});
