// `npm run bench [-- --quick]`: every benchmark of issue 8, each paired with a floor measured in
// the same run, 3 runs each; prints a table and writes bench/results.json. Numbers, not tests.
import { cpus, totalmem, platform, release, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CampaignStore } from '../main/engine/campaigns/campaign-store';
import { openDatabase } from '../main/engine/db/open-database';
import { importRun, type ImportRun } from './import-bench';
import { makeRecipientsCsv } from './make-csv';
import { makeRecipientsXlsx } from './make-xlsx';
import { preflightRun } from './preflight-bench';
import { launchBrowser, progressFrames, scrollFrames, startupRun } from './renderer-bench';
import { rateRun, sendRun } from './send-bench';
import { figure, type Figure } from './stats';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, runs: { type: 'string' }, only: { type: 'string' } },
});
// `--only import-xlsx`: just the spreadsheet import, merged into the existing results file.
const only = values.only;
if (only !== undefined && only !== 'import-xlsx') throw new Error(`unknown --only ${only}`);
const quick = values.quick === true;
const RUNS = Number(values.runs ?? 3);
const IMPORT_ROWS = quick ? 100_000 : 1_000_000;
const BIG_ROWS = quick ? 0 : 2_000_000; // ≈ 100 MB
const SEND = quick ? 20_000 : 100_000;
const RATE_SECONDS = quick ? 10 : 30;

const work = mkdtempSync(join(tmpdir(), 'peaksend-bench-'));
const figures: Record<string, Figure> = {};
const notes: Record<string, unknown> = {};
const log = (line: string) => process.stderr.write(`${line}\n`);
const times = async <T>(label: string, n: number, fn: (i: number) => Promise<T>): Promise<T[]> => {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    log(`${label} run ${i + 1}/${n}…`);
    out.push(await fn(i));
  }
  return out;
};

async function xlsxImport(): Promise<void> {
  // 1b. The same recipients as an .xlsx with a million rows: one run (the file takes a while).
  const xlsx = join(work, 'recipients.xlsx');
  const xlsxBytes = await makeRecipientsXlsx(xlsx, IMPORT_ROWS);
  log('import xlsx…');
  const r = await importRun(xlsx, join(work, 'xlsx'), 'Xlsx list', { floor: false });
  notes.import_xlsx = {
    rows: r.rows,
    mb: Math.round(xlsxBytes / 1e5) / 10,
    seconds: Math.round(r.seconds * 100) / 100,
    rowsPerSecond: Math.round(r.rowsPerSecond),
    peakRssMb: r.peakRssMb,
  };
  rmSync(join(work, 'xlsx'), { recursive: true, force: true });
  rmSync(xlsx, { force: true });
}

if (only === 'import-xlsx') {
  try {
    await xlsxImport();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const file = join('bench', quick ? 'results-quick.json' : 'results.json');
  const previous = JSON.parse(readFileSync(file, 'utf8')) as { notes?: Record<string, unknown> };
  previous.notes = { ...previous.notes, ...notes, import_xlsx_date: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(previous, null, 2)}\n`);
  console.log(JSON.stringify(notes));
  process.exit(0);
}

try {
  // 1. Import: the real path (handlers here, engine in its own process) vs papaparse alone.
  const csv = join(work, 'recipients.csv');
  const bytes = await makeRecipientsCsv(csv, IMPORT_ROWS);
  notes.import_file_mb = Math.round(bytes / 1e5) / 10;
  const imports: ImportRun[] = await times('import', RUNS, (i) =>
    importRun(csv, join(work, `import-${i}`), 'Bench list'),
  );
  figures.import_rows_per_s = figure(imports.map((r) => r.rowsPerSecond));
  figures.import_seconds = figure(imports.map((r) => r.seconds));
  figures.import_vs_papaparse = figure(imports.map((r) => r.seconds / r.floorSeconds));
  figures.import_peak_rss_mb = figure(imports.map((r) => r.peakRssMb));
  const dataDir = join(work, 'import-0');
  const listId = imports[0]?.listId ?? 1;
  for (let i = 1; i < RUNS; i++)
    rmSync(join(work, `import-${i}`), { recursive: true, force: true });

  await xlsxImport();

  if (BIG_ROWS > 0) {
    const big = join(work, 'big.csv');
    const bigBytes = await makeRecipientsCsv(big, BIG_ROWS);
    log('import 100 MB…');
    const r = await importRun(big, join(work, 'big'), 'Big list');
    notes.import_100mb = {
      mb: Math.round(bigBytes / 1e5) / 10,
      seconds: r.seconds,
      rowsPerSecond: r.rowsPerSecond,
      peakRssMb: r.peakRssMb,
    };
    rmSync(join(work, 'big'), { recursive: true, force: true });
    rmSync(big, { force: true });
  }

  // 2. Pre-flight on the imported list vs template rendering alone.
  const pre = await times('preflight', RUNS, () => preflightRun(dataDir, listId));
  figures.preflight_1m_s = figure(pre.map((r) => r.seconds));
  figures.preflight_peak_rss_mb = figure(pre.map((r) => r.peakRssMb));
  figures.preflight_vs_render = figure(pre.map((r) => r.seconds / r.floorSeconds));
  notes.preflight_recipients = pre[0]?.recipients;

  // 3. Send to a 0 ms sandbox vs a bare fetch loop with the same batches and concurrency.
  const sends = await times('send', RUNS, () => sendRun(SEND));
  figures.send_msgs_per_s = figure(sends.map((r) => r.msgsPerSecond));
  figures.send_floor_msgs_per_s = figure(sends.map((r) => r.floorMsgsPerSecond));
  figures.send_vs_fetch = figure(sends.map((r) => r.msgsPerSecond / r.floorMsgsPerSecond));
  figures.send_peak_rss_mb = figure(sends.map((r) => r.peakRssMb));

  // 4. Rate accuracy at 50 parts/s.
  const rates = await times('rate', RUNS, () => rateRun(RATE_SECONDS));
  figures.rate_achieved_parts_per_s = figure(rates.map((r) => r.achieved));
  figures.rate_error_pct = figure(rates.map((r) => r.errorPct));

  // 5. Main-side responsiveness: the longest stall of the handler host during import and send.
  figures.main_max_stall_ms = figure(
    imports.map((r, i) => Math.max(r.stallMs, sends[i]?.stallMs ?? 0)),
  );
  figures.main_stall_import_ms = figure(imports.map((r) => r.stallMs));
  figures.main_stall_send_ms = figure(sends.map((r) => r.stallMs));

  // 6. Renderer frames (Chromium through the preview) and start-up with 50 campaigns + 1M rows.
  const db = openDatabase(dataDir);
  const store = new CampaignStore(db);
  for (let i = 1; i <= 50; i++)
    store.create(`bench campaign ${i}`, { listIds: [listId], template: 'Hi {first_name}' });
  db.close();
  const browser = await launchBrowser();
  try {
    const scroll = await times('scroll frames', RUNS, () =>
      scrollFrames(browser, dataDir, 'Bench list'),
    );
    const progress = await times('progress frames', RUNS, () =>
      progressFrames(browser, dataDir, listId),
    );
    figures.renderer_scroll_p95_frame_ms = figure(scroll.map((r) => r.p95));
    figures.renderer_scroll_max_frame_ms = figure(scroll.map((r) => r.max));
    figures.renderer_progress_p95_frame_ms = figure(progress.map((r) => r.p95));
    figures.renderer_progress_max_frame_ms = figure(progress.map((r) => r.max));
    figures.renderer_p95_frame_ms = figure(
      scroll.map((r, i) => Math.max(r.p95, progress[i]?.p95 ?? 0)),
    );
    const startup = await times('startup', RUNS, () => startupRun(browser, dataDir));
    figures.startup_ms = figure(startup);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
};
const results = {
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    platform: platform(),
    release: release(),
  },
  versions: {
    node: process.versions.node,
    sqlite: process.versions.sqlite,
    electron: pkg.devDependencies.electron,
  },
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  sizes: { importRows: IMPORT_ROWS, sendRecipients: SEND, rateSeconds: RATE_SECONDS, runs: RUNS },
  figures,
  notes,
};
mkdirSync('bench', { recursive: true });
writeFileSync(
  join('bench', quick ? 'results-quick.json' : 'results.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log('figure | median | min | max');
for (const [k, f] of Object.entries(figures))
  console.log(`${k} | ${f.median} | ${f.min} | ${f.max}`);
console.log(JSON.stringify(notes));
