// `npx tsx bench/startup-group.ts [--runs 3]` (after `node scripts/build.mjs --web`): start-up to
// the Campaigns page with 50 campaigns and 1,000,000 ledger rows, and where the time goes —
// host + engine until READY (engine spawn, database open with quick_check and migrations), the
// first campaigns:list and contacts:lists (through the engine's dispatcher), the renderer
// bundle's parse and run, first paint, rows on screen.
// Medians of the runs. Writes bench/results-startup.json; `startupGroup` is the same group for
// bench/run.ts, `startupBreakdown` the per-run figures on any prepared data folder.
// `--data-dir DIR` keeps the data there (made when DIR has no database) for later runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { CampaignStore } from '../main/engine/campaigns/campaign-store';
import { createEngine } from '../main/engine/engine';
import { DATABASE_FILE, openDatabase } from '../main/engine/db/open-database';
import { inTransaction } from '../main/engine/db/transaction';
import { recountCampaign } from '../main/engine/ledger/campaign-counts';
import { seedList } from '../test/support/seed-contacts';
import { load, printGroup, type GroupResult } from './group-output';
import { launchBrowser } from './renderer-bench';
import { figure } from './stats';

const MAIN = { trusted: true, origin: 'main' } as const;
const STATES = ['accepted', 'delivered', 'delivered', 'failed_permanent', 'pending'];

/** 50 campaigns over one 1M-contact list, 20,000 ledger rows each, in mixed states. */
export function startupData(dataDir: string, rows = 1_000_000, campaigns = 50): void {
  const db = openDatabase(dataDir);
  const listId = seedList(db, 'Start-up list', rows);
  const store = new CampaignStore(db);
  const per = Math.ceil(rows / campaigns);
  inTransaction(db, () => {
    for (let i = 1; i <= campaigns; i++) {
      const c = store.create(`bench campaign ${i}`, {
        listIds: [listId],
        template: 'Hi {first_name}',
      });
      db.prepare(
        `INSERT INTO ledger (campaign_id, seq, phone, country, fields_json, text, parts, state)
         SELECT ?, id - ?, phone, country, fields_json, 'Hi', 1,
           CASE (id % 5) ${STATES.map((s, k) => `WHEN ${k} THEN '${s}'`).join(' ')} END
         FROM contacts WHERE list_id = ? AND id > ? AND id <= ?`,
      ).run(c.id, (i - 1) * per, listId, (i - 1) * per, i * per);
      // Rows written here, not by the ledger writer: their counters as the writer keeps them.
      recountCampaign(db, c.id);
    }
  });
  db.close();
}

export interface StartupRun {
  readonly totalMs: number;
  readonly hostReadyMs: number;
  readonly navigationToRowsMs: number;
  readonly firstPaintMs: number;
  readonly bundleRunMs: number;
  readonly openDatabaseMs: number;
  readonly firstListMs: number;
  /** contacts:lists, asked for with it (a count per list over the contacts). */
  readonly contactListsMs: number;
}

// Kept as source text (see frames.ts): navigation and paint timings of the page.
const PAGE_TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const script = performance.getEntriesByType('resource').find((r) => /assets\\/index-.*\\.js$/.test(r.name));
  const fcp = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
  return {
    firstPaint: fcp ? fcp.startTime : -1,
    scriptEnd: script ? script.responseEnd : -1,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : -1,
  };
})()`;

/** One start-up: the preview host from spawn to the Campaigns page showing its rows. */
export async function startupBreakdown(browser: Browser, dataDir: string): Promise<StartupRun> {
  // Timed first, on the folder as the last run left it (closed cleanly: no -wal).
  const engine = await engineSide(dataDir);
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['dist/preview/host.mjs', '--port', '0', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const m = /READY (\S+)/.exec(buf);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error('host exited')));
    });
    const hostReadyMs = performance.now() - t0;
    const page = await browser.newPage();
    const tNav = performance.now();
    await page.goto(`${url}#campaigns`);
    await page
      .getByText('bench campaign 50', { exact: false })
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    const totalMs = performance.now() - t0;
    const navigationToRowsMs = performance.now() - tNav;
    const t = (await page.evaluate(PAGE_TIMINGS)) as {
      firstPaint: number;
      scriptEnd: number;
      domContentLoaded: number;
    };
    await page.close();
    return {
      totalMs,
      hostReadyMs,
      navigationToRowsMs,
      firstPaintMs: t.firstPaint,
      bundleRunMs: t.domContentLoaded - t.scriptEnd,
      ...engine,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    // The host's engine closes the database after the host is gone: wait for it, or the next
    // start would find a -wal and run the full quick_check.
    const wal = join(dataDir, `${DATABASE_FILE}-wal`);
    for (let i = 0; i < 200 && existsSync(wal); i++) await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The engine's two start-up steps on this folder, timed here (no host is running): opening the
 * database (header, quick_check, migrations, recovery: the engine as it starts) and the
 * campaigns:list query the page makes first.
 */
async function engineSide(
  dataDir: string,
): Promise<{ openDatabaseMs: number; firstListMs: number; contactListsMs: number }> {
  const t0 = performance.now();
  const engine = createEngine({ dataDir });
  const openDatabaseMs = performance.now() - t0;
  try {
    // The page's first engine requests, through the engine's own dispatcher (what the host's
    // engine process runs for them; the host and the IPC are in the navigation figure).
    const timed = async (channel: 'campaigns:list' | 'contacts:lists') => {
      const t = performance.now();
      const result = await engine.dispatch(channel, undefined, MAIN);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return performance.now() - t;
    };
    const firstListMs = await timed('campaigns:list');
    const contactListsMs = await timed('contacts:lists');
    return { openDatabaseMs, firstListMs, contactListsMs };
  } finally {
    await engine.close();
  }
}

export async function startupGroup(runs: number, dataDir?: string): Promise<GroupResult> {
  const own = dataDir === undefined ? mkdtempSync(join(tmpdir(), 'peaksend-bench-startup-')) : null;
  const dir = dataDir ?? join(own ?? '', 'data');
  try {
    if (!existsSync(join(dir, DATABASE_FILE))) {
      process.stderr.write('start-up data: 1M contacts, 50 campaigns, 1M ledger rows…\n');
      startupData(dir);
    }
    const loadBefore = load();
    const browser = await launchBrowser();
    const out: StartupRun[] = [];
    try {
      // One run first, not counted: the OS file cache is then as warm as in the counted ones.
      await startupBreakdown(browser, dir);
      for (let i = 0; i < runs; i++) {
        process.stderr.write(`startup run ${i + 1}/${runs}…\n`);
        out.push(await startupBreakdown(browser, dir));
      }
    } finally {
      await browser.close();
    }
    const of = (f: (r: StartupRun) => number) => figure(out.map(f));
    return {
      figures: {
        startup_ms: of((r) => r.totalMs),
        startup_host_ready_ms: of((r) => r.hostReadyMs),
        startup_open_database_ms: of((r) => r.openDatabaseMs),
        startup_first_list_ms: of((r) => r.firstListMs),
        startup_contact_lists_ms: of((r) => r.contactListsMs),
        startup_bundle_run_ms: of((r) => r.bundleRunMs),
        startup_first_paint_ms: of((r) => r.firstPaintMs),
        startup_navigation_to_rows_ms: of((r) => r.navigationToRowsMs),
      },
      notes: { startup_runs: runs, startup_load: { before: loadBefore, after: load() } },
    };
  } finally {
    if (own) rmSync(own, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { runs: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  const result = await startupGroup(Number(values.runs ?? 3), values['data-dir']);
  printGroup(result, 'bench/results-startup.json');
}
