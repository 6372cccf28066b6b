// `npx tsx bench/import-profile.ts [rows]` (or `CSV=file npx tsx bench/import-profile.ts`): one
// import in this process (the engine's code, its worker threads under tsx), for `--cpu-prof` or a
// quick look without the host around it. Prints the CPU seconds of each thread that used any
// (Linux): on a shared machine the wall time swings, those do not.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsv } from '../main/engine/import/import-csv';
import { openDatabase } from '../main/engine/db/open-database';
import { makeRecipientsCsv } from './make-csv';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'peaksend-prof-'));
const csv = process.env.CSV ?? join(dir, 'recipients.csv');
if (!process.env.CSV) await makeRecipientsCsv(csv, rows);
const db = openDatabase(join(dir, 'data'));
let peak = 0;
// CPU seconds per thread (Linux): the wall time is noisy on a shared machine, this is not.
const cpu = new Map<string, number>();
const sampleThreads = () => {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(tid, (Number(f[11]) + Number(f[12])) / 100);
    }
  } catch {
    // not Linux, or a thread ended meanwhile
  }
};
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
  sampleThreads();
}, 50);
const t0 = performance.now();
const report = await importCsv(db, {
  path: csv,
  newListName: 'Bench',
  phoneColumn: 0,
  fieldColumns: { '1': 'first_name', '2': 'last_name', '3': 'city', '4': 'customer_id' },
  defaultCountry: 'DE',
});
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
sampleThreads();
const threads = [...cpu.values()].filter((s) => s >= 0.3).map((s) => Math.round(s * 10) / 10);
console.log(
  JSON.stringify({
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(report.total / seconds),
    imported: report.imported,
    duplicates: report.duplicates,
    invalid: report.invalid,
    peakRssMb: Math.round(peak / 1e6),
    cpuSecondsByThread: threads,
  }),
);
db.close();
rmSync(dir, { recursive: true, force: true });
