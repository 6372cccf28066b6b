// `npx tsx bench/contacts-bench.ts [rows]`: contact search, segment counts and list export on a
// big list (1,000,000 rows by default), imported through the real pipeline. Prints figures in
// milliseconds (search, counts; median of 5 after one warm-up) and seconds (import, export).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SegmentFilter } from '../shared/contacts/segment-types';
import { getList } from '../main/engine/contacts/contact-list';
import { queryContacts } from '../main/engine/contacts/contact-query';
import { openDatabase } from '../main/engine/db/open-database';
import { importCsv } from '../main/engine/import/import-csv';
import { countSegment } from '../main/engine/segments/segment-contacts';
import { runWorker } from './child';
import { makeRecipientsCsv } from './make-csv';
import { figure } from './stats';

const rows = Number(process.argv[2] ?? 1_000_000);
const work = mkdtempSync(join(tmpdir(), 'peaksend-contacts-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);
const timed = (fn: () => unknown) => {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return figure(runs);
};

try {
  const csv = join(work, 'recipients.csv');
  await makeRecipientsCsv(csv, rows);
  const dataDir = join(work, 'data');
  const db = openDatabase(dataDir);
  log(`importing ${rows} rows…`);
  const t0 = performance.now();
  const report = await importCsv(db, {
    path: csv,
    newListName: 'Bench list',
    phoneColumn: 0,
    fieldColumns: { '1': 'first_name', '2': 'last_name', '3': 'city', '4': 'customer_id' },
    defaultCountry: 'DE',
  });
  const importSeconds = (performance.now() - t0) / 1000;
  const listId = report.listId ?? 0;
  const list = getList(db, listId);
  db.exec('ANALYZE');

  const search =
    (text: string, offset = 0) =>
    () =>
      queryContacts(db, listId, { search: text, offset, limit: 200 });
  const found = (text: string) => queryContacts(db, listId, { search: text, limit: 1 }).total;
  const figures: Record<string, unknown> = {
    contacts: list.contactCount,
    import_seconds: Math.round(importSeconds * 100) / 100,
    search_ms: {
      'chloe (accent-folded, 10% match)': { matches: found('chloe'), ...timed(search('chloe')) },
      'CHLOÉ deep page (offset 50,000)': timed(search('CHLOÉ', 50_000)),
      'rare text "Muster123456"': {
        matches: found('Muster123456'),
        ...timed(search('Muster123456')),
      },
      'no match': { matches: found('zzzz'), ...timed(search('zzzz')) },
      'phone digits "0152 1500 12"': {
        matches: found('0152 1500 12'),
        ...timed(search('0152 1500 12')),
      },
      'no search (first page)': timed(search('')),
    },
  };
  const segment = (f: Omit<SegmentFilter, 'listId'>) => {
    const filter = { ...f, listId };
    return { count: countSegment(db, filter).count, ...timed(() => countSegment(db, filter)) };
  };
  figures.segment_count_ms = {
    'city equals münchen': segment({
      match: 'all',
      conditions: [{ op: 'equals', field: 'city', value: 'münchen' }],
    }),
    'city is one of berlin, köln': segment({
      match: 'all',
      conditions: [{ op: 'isOneOf', field: 'city', values: ['berlin', 'köln'] }],
    }),
    'last_name contains "er"': segment({
      match: 'all',
      conditions: [{ op: 'contains', field: 'last_name', value: 'er' }],
    }),
    'all: city = berlin and first_name not empty': segment({
      match: 'all',
      conditions: [
        { op: 'equals', field: 'city', value: 'berlin' },
        { op: 'isNotEmpty', field: 'first_name' },
      ],
    }),
    'any: city = hamburg or first_name = chloe': segment({
      match: 'any',
      conditions: [
        { op: 'equals', field: 'city', value: 'hamburg' },
        { op: 'equals', field: 'first_name', value: 'chloe' },
      ],
    }),
  };
  db.close();
  for (const format of ['csv', 'xlsx'] as const) {
    log(`exporting ${format}…`);
    const path = join(work, `export.${format}`);
    const r = await runWorker<{
      seconds: number;
      rows: number;
      peakRssMb: number;
      openRssMb: number;
    }>('bench/export-worker.ts', [dataDir, String(listId), format, path]);
    figures[`export_${format}`] = {
      ...r,
      seconds: Math.round(r.seconds * 100) / 100,
      mb: Math.round(statSync(path).size / 1e5) / 10,
    };
  }
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
