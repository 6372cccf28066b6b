// `npm run bench [-- --quick] [-- --only import,check-csv]`: every benchmark of issues 8 and 16,
// each paired with a floor measured in the same run, 3 runs each; prints one table (figure |
// measured | floor | ratio | target | met?), writes bench/results.json (merged into the file
// already there with --only) and regenerates the README's table from it. Numbers, not tests.
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCsvRun } from './check-csv-bench';
import { importRun } from './import-bench';
import { makeRecipientsCsv } from './make-csv';
import { makeRecipientsXlsx } from './make-xlsx';
import { preflightRun } from './preflight-bench';
import { updateReadme } from './readme-table';
import { launchBrowser, progressFrames, scrollFrames } from './renderer-bench';
import { startupGroup } from './startup-group';
import { rateRun, sendRun } from './send-bench';
import { figure, type Figure } from './stats';
import { wideFileRun } from './wide-file-bench';
import { renderTable } from './table';

const GROUPS = [
  'import',
  'import-2m',
  'import-xlsx',
  'check-csv',
  'preflight',
  'send',
  'rate',
  'renderer',
  'wide-file',
  'startup',
] as const;
type Group = (typeof GROUPS)[number];

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, runs: { type: 'string' }, only: { type: 'string' } },
});
const only = values.only?.split(',').map((s) => s.trim());
for (const name of only ?? []) {
  if (!(GROUPS as readonly string[]).includes(name))
    throw new Error(`unknown --only ${name} (one of: ${GROUPS.join(', ')})`);
}
const wanted = (group: Group) => !only || only.includes(group);
const quick = values.quick === true;
const RUNS = Number(values.runs ?? 3);
const IMPORT_ROWS = quick ? 100_000 : 1_000_000;
const BIG_ROWS = quick ? 200_000 : 2_000_000; // ≈ 100 MB
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
const put = (name: string, list: readonly number[]) => (figures[name] = figure(list));
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

let csvFile: string | null = null;
async function recipientsCsv(): Promise<string> {
  if (csvFile) return csvFile;
  csvFile = join(work, 'recipients.csv');
  notes.import_file_mb = mb(await makeRecipientsCsv(csvFile, IMPORT_ROWS));
  return csvFile;
}

// The imported 1M list that pre-flight, send frames and start-up work on (imported once).
let list: { dataDir: string; listId: number } | null = null;
async function importedList(): Promise<{ dataDir: string; listId: number }> {
  if (list) return list;
  const dataDir = join(work, 'list');
  log('importing the list the other groups use…');
  const r = await importRun(await recipientsCsv(), dataDir, 'Bench list', { floor: false });
  list = { dataDir, listId: r.listId };
  return list;
}

const groups: Record<Group, () => Promise<void>> = {
  async import() {
    const csv = await recipientsCsv();
    const runs = await times('import', RUNS, async (i) => {
      const dir = join(work, `import-${i}`);
      const r = await importRun(csv, dir, 'Bench list');
      if (!list) list = { dataDir: dir, listId: r.listId };
      else rmSync(dir, { recursive: true, force: true });
      return r;
    });
    put(
      'import_seconds',
      runs.map((r) => r.seconds),
    );
    put(
      'import_papaparse_seconds',
      runs.map((r) => r.floorSeconds),
    );
    put(
      'import_vs_papaparse',
      runs.map((r) => r.seconds / r.floorSeconds),
    );
    put(
      'import_rows_per_s',
      runs.map((r) => r.rowsPerSecond),
    );
    put(
      'import_peak_rss_mb',
      runs.map((r) => r.peakRssMb),
    );
    put(
      'main_stall_import_ms',
      runs.map((r) => r.stallMs),
    );
  },
  async 'import-2m'() {
    const big = join(work, 'big.csv');
    notes.import_2m_file_mb = mb(await makeRecipientsCsv(big, BIG_ROWS));
    const runs = await times('import 2M', RUNS, async (i) => {
      const dir = join(work, `big-${i}`);
      const r = await importRun(big, dir, 'Big list', { floor: false });
      rmSync(dir, { recursive: true, force: true });
      return r;
    });
    rmSync(big, { force: true });
    put(
      'import_2m_seconds',
      runs.map((r) => r.seconds),
    );
    put(
      'import_2m_peak_rss_mb',
      runs.map((r) => r.peakRssMb),
    );
  },
  async 'import-xlsx'() {
    const xlsx = join(work, 'recipients.xlsx');
    notes.import_xlsx_file_mb = mb(await makeRecipientsXlsx(xlsx, IMPORT_ROWS));
    const runs = await times('import xlsx', RUNS, async (i) => {
      const dir = join(work, `xlsx-${i}`);
      const r = await importRun(xlsx, dir, 'Xlsx list', { floor: false });
      rmSync(dir, { recursive: true, force: true });
      return r;
    });
    rmSync(xlsx, { force: true });
    put(
      'import_xlsx_seconds',
      runs.map((r) => r.seconds),
    );
    put(
      'import_xlsx_peak_rss_mb',
      runs.map((r) => r.peakRssMb),
    );
  },
  async 'check-csv'() {
    const csv = await recipientsCsv();
    const runs = await times('check-csv', RUNS, () => checkCsvRun(csv));
    put(
      'check_csv_seconds',
      runs.map((r) => r.seconds),
    );
    put(
      'check_csv_peak_rss_mb',
      runs.map((r) => r.peakRssMb),
    );
  },
  async preflight() {
    const { dataDir, listId } = await importedList();
    const runs = await times('preflight', RUNS, () => preflightRun(dataDir, listId));
    put(
      'preflight_1m_s',
      runs.map((r) => r.seconds),
    );
    put(
      'preflight_render_seconds',
      runs.map((r) => r.floorSeconds),
    );
    put(
      'preflight_peak_rss_mb',
      runs.map((r) => r.peakRssMb),
    );
    notes.preflight_recipients = runs[0]?.recipients;
  },
  async send() {
    const runs = await times('send', RUNS, () => sendRun(SEND));
    put(
      'send_msgs_per_s',
      runs.map((r) => r.msgsPerSecond),
    );
    put(
      'send_floor_msgs_per_s',
      runs.map((r) => r.floorMsgsPerSecond),
    );
    put(
      'send_vs_fetch',
      runs.map((r) => r.msgsPerSecond / r.floorMsgsPerSecond),
    );
    // The floor with the same durability: the same fetch loop plus one fsync per batch.
    put(
      'send_fsync_floor_msgs_per_s',
      runs.map((r) => r.fsyncFloorMsgsPerSecond),
    );
    put(
      'send_durable_msgs_per_s',
      runs.map((r) => r.msgsPerSecond),
    );
    put(
      'send_peak_rss_mb',
      runs.map((r) => r.peakRssMb),
    );
    put(
      'main_stall_send_ms',
      runs.map((r) => r.stallMs),
    );
    // What the send needed of the engine's CPU, whatever share of a busy machine it got (Linux).
    if (runs.every((r) => r.engineCpuSeconds !== null))
      put(
        'send_engine_cpu_s',
        runs.map((r) => r.engineCpuSeconds ?? 0),
      );
  },
  async rate() {
    const runs = await times('rate', RUNS, () => rateRun(RATE_SECONDS));
    put(
      'rate_achieved_parts_per_s',
      runs.map((r) => r.achieved),
    );
    put(
      'rate_error_pct',
      runs.map((r) => r.errorPct),
    );
  },
  async renderer() {
    const { dataDir, listId } = await importedList();
    const browser = await launchBrowser();
    try {
      const scroll = await times('scroll frames', RUNS, () =>
        scrollFrames(browser, dataDir, 'Bench list'),
      );
      const progress = await times('progress frames', RUNS, () =>
        progressFrames(browser, dataDir, listId),
      );
      put(
        'renderer_scroll_work_p95_ms',
        scroll.map((r) => r.workP95),
      );
      put(
        'renderer_scroll_work_max_ms',
        scroll.map((r) => r.workMax),
      );
      put(
        'renderer_progress_work_p95_ms',
        progress.map((r) => r.workP95),
      );
      put(
        'renderer_progress_work_max_ms',
        progress.map((r) => r.workMax),
      );
      put(
        'renderer_scroll_cpu_p95_ms',
        scroll.map((r) => r.cpuP95),
      );
      put(
        'renderer_scroll_cpu_max_ms',
        scroll.map((r) => r.cpuMax),
      );
      put(
        'renderer_progress_cpu_p95_ms',
        progress.map((r) => r.cpuP95),
      );
      put(
        'renderer_progress_cpu_max_ms',
        progress.map((r) => r.cpuMax),
      );
      put(
        'renderer_scroll_p95_frame_ms',
        scroll.map((r) => r.p95),
      );
      put(
        'renderer_progress_p95_frame_ms',
        progress.map((r) => r.p95),
      );
      put(
        'renderer_p95_frame_ms',
        scroll.map((r, i) => Math.max(r.p95, progress[i]?.p95 ?? 0)),
      );
    } finally {
      await browser.close();
    }
  },
  async 'wide-file'() {
    const browser = await launchBrowser();
    try {
      const runs = await times('wide file', RUNS, () => wideFileRun(browser, work, 5_000));
      put(
        'mapping_5000_columns_ms',
        runs.map((r) => r.mappingMs),
      );
      put(
        'wide_file_preview_5000_columns_ms',
        runs.map((r) => r.previewMs),
      );
    } finally {
      await browser.close();
    }
  },
  async startup() {
    // The start-up group's own data (50 campaigns with 1M ledger rows) and its breakdown.
    const result = await startupGroup(RUNS);
    Object.assign(figures, result.figures);
    Object.assign(notes, result.notes);
  },
};

const load = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
try {
  for (const group of GROUPS) if (wanted(group)) await groups[group]();
} finally {
  rmSync(work, { recursive: true, force: true });
}
const stall = [figures.main_stall_import_ms?.median, figures.main_stall_send_ms?.median];
if (stall.some((s) => s !== undefined)) {
  const max = Math.max(...stall.map((s) => s ?? 0));
  figures.main_max_stall_ms = { median: max, min: max, max };
}

const file = join('bench', quick ? 'results-quick.json' : 'results.json');
const previous = (only && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as {
  figures?: Record<string, Figure>;
  notes?: Record<string, unknown>;
};
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
  // The 1-, 5- and 15-minute load averages when the run started (2 cores, shared).
  load,
  mode: quick ? 'quick' : 'full',
  sizes: { importRows: IMPORT_ROWS, bigRows: BIG_ROWS, sendRecipients: SEND, runs: RUNS },
  figures: { ...previous.figures, ...figures },
  notes: { ...previous.notes, ...notes },
};
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(renderTable(results));
console.log(JSON.stringify(notes));
if (!quick) updateReadme(file);
