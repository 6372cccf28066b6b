import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { classifiedBlocks, layoutOf } from '../../main/engine/import/classified-blocks';
import type { ContactBlock } from '../../main/engine/import/contact-block';
import { resolveCsv } from '../../main/engine/import/csv-settings';
import { importWorkerEntry } from '../../main/engine/import/import-workers';
import type { FromImportWorker, ReaderData } from '../../main/engine/import/worker-messages';
import { tempDir } from '../support/temp-dir';

const dir = tempDir();
afterAll(() => dir.cleanup());

// The built bundles (npm run build) must carry the import worker beside the engine, and it must
// run without tsx: the fallback to the engine thread would otherwise hide a missing worker.
describe.each(['dist/preview/engine.mjs', 'dist/electron/engine.cjs'])('%s', (bundle) => {
  it('finds its bundled import worker, which reads and classifies like the engine thread', async () => {
    const entry = importWorkerEntry(pathToFileURL(join(process.cwd(), bundle)).href);
    expect(entry?.file).toMatch(/import-worker\.(mjs|cjs)$/);
    expect(entry?.execArgv).toEqual([]);
    const path = join(dir.path, 'people.csv');
    const rows = Array.from({ length: 5_000 }, (_, i) =>
      i % 9 === 0 ? `Person ${i},nope` : `Person ${i},+9725${3_000_000 + i}`,
    );
    writeFileSync(path, `name,phone\n${rows.join('\n')}\n`);
    const csv = layoutOf(await resolveCsv({ path, defaultCountry: 'IL' }));
    const plan = { path, csv, wants: { fields: true, searchColumns: ['name'] } };
    const data: ReaderData = { role: 'reader', plan, classifiers: [], window: 1_000 };
    const worker = new Worker(entry?.file ?? '', { workerData: data });
    const blocks: ContactBlock[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (m: FromImportWorker) => {
        if (m.type === 'block') blocks[m.seq] = m.block;
        else if (m.type === 'done') resolve();
        else reject(new Error(m.error.message));
      });
      worker.on('error', reject);
    });
    await worker.terminate();
    const here: ContactBlock[] = [];
    for await (const block of classifiedBlocks(plan)) here.push(block);
    expect(blocks).toEqual(here);
    expect(here.reduce((n, b) => n + b.invalid.length, 0)).toBe(556);
  });
});
