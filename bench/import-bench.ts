import type { ImportFinishedEvent } from '../shared/contacts/contact-types';
import { benchHost, stallMonitor } from './bench-host';
import { runWorker } from './child';

export interface ImportRun {
  readonly seconds: number;
  readonly rows: number;
  readonly rowsPerSecond: number;
  readonly floorSeconds: number;
  readonly peakRssMb: number;
  readonly stallMs: number;
  readonly listId: number;
}

/**
 * Imports `csv` (or a workbook) through the real path — main-side handlers in this process, the engine in its
 * own process — and measures the floor (papaparse alone) on the same file in the same run.
 */
export async function importRun(
  csv: string,
  dataDir: string,
  listName: string,
  options: { floor?: boolean } = {},
): Promise<ImportRun> {
  const host = await benchHost(dataDir);
  try {
    const file = await host.registerFile(csv);
    const finished = new Promise<ImportFinishedEvent>((resolve) =>
      host.onEvent((name, payload) => {
        if (name === 'contacts:importFinished') resolve(payload as ImportFinishedEvent);
      }),
    );
    const stall = stallMonitor();
    const t0 = performance.now();
    await host.call('contacts:startImport', {
      fileId: file.fileId,
      newListName: listName,
      phoneColumn: 0,
      fieldColumns: { '1': 'first_name', '2': 'last_name', '3': 'city', '4': 'customer_id' },
      defaultCountry: 'DE',
    });
    const done = await finished;
    const seconds = (performance.now() - t0) / 1000;
    const stallMs = stall.stop();
    if (!done.ok) throw new Error(done.message);
    const health = await host.engine.invoke('engine:health', undefined);
    const peakRssMb = health.ok ? (health.value as { maxRssMb: number }).maxRssMb : 0;
    // papaparse is the floor of a CSV only; a workbook has none to compare with.
    const floor =
      options.floor === false
        ? { seconds: Number.NaN }
        : await runWorker<{ seconds: number }>('bench/papaparse-floor.ts', [csv]);
    return {
      seconds,
      rows: done.report.total,
      rowsPerSecond: done.report.total / seconds,
      floorSeconds: floor.seconds,
      peakRssMb,
      stallMs,
      listId: done.report.listId ?? 0,
    };
  } finally {
    await host.close();
  }
}
