import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { recordRuns, type ReadPlan } from './classified-blocks';
import { classifyBlock, type ContactBlock } from './contact-block';
import {
  fromWorkerError,
  type ClassifierData,
  type ConsumedMessage,
  type FromImportWorker,
  type ReaderData,
} from './worker-messages';

/** Where the worker's code is: beside the engine's bundle, or the TypeScript source (tsx). */
export interface WorkerEntry {
  readonly file: string;
  readonly execArgv: readonly string[];
}

// Blocks read but not yet taken by the writer, at most (BLOCK_ROWS each). It must hold more
// than one batch (DEFAULT_BATCH_ROWS): the writer takes a batch's blocks before it writes them,
// and with a smaller window the reader stalled during every commit (reading and writing took
// turns instead of overlapping). 12 blocks ≈ 24k rows, two batches. Now that the reader keeps up,
// the window is usually full, so it sets the engine's peak: on a million rows (bundled engine,
// 2 shared cores) 24 blocks with 30k-row batches peaked ≈295 MB, 16/20k ≈285, 12/14k ≈270,
// all with the same engine CPU (≈14 s).
const WINDOW_BLOCKS = 12;
// A worker left alone grows its heap long before it collects (RSS rose ~250 MB over a 200 MB
// file): small generations make it collect often, so the engine's memory stays flat. (A 16 MB
// young generation saved GC time only when run through tsx; the bundled engine's CPU was the
// same, ≈14 s on a million rows, so 4 stays.)
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 };

/**
 * The worker entry for this build. The bundles (scripts/build.mjs) put `import-worker.mjs`
 * (preview) or `import-worker.cjs` (Electron) beside the engine; from the sources (tests, the
 * CLI) the TypeScript entry runs through tsx. Null when neither is there: the import then
 * classifies on its own thread.
 */
export function importWorkerEntry(here: string = import.meta.url): WorkerEntry | null {
  if (here.endsWith('.ts')) {
    return {
      file: fileURLToPath(new URL('./import-worker-entry.ts', here)),
      execArgv: ['--import', 'tsx'],
    };
  }
  for (const name of ['import-worker.mjs', 'import-worker.cjs']) {
    const file = fileURLToPath(new URL(`./${name}`, here));
    // A packaged app keeps the worker outside the asar archive (electron-builder asarUnpack).
    const unpacked = file.replace(/\.asar([\\/])/, '.asar.unpacked$1');
    if (unpacked !== file && existsSync(unpacked)) return { file: unpacked, execArgv: [] };
    if (existsSync(file)) return { file, execArgv: [] };
  }
  return null;
}

/**
 * Workers that read besides the engine's main thread, which writes: one reader (it parses and
 * classifies its share) and a classifier for every further core, cores − 1 threads in all.
 */
export function classifierCount(cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 2, 3));
}

/**
 * The file's classified blocks, read and classified by workers, yielded in file order. The
 * reader waits whenever `WINDOW_BLOCKS` blocks are read but not yet taken, so memory stays
 * bounded however fast the workers are. An error of the file (unreadable, a damaged workbook)
 * is thrown as the worker reported it; a worker that cannot start or dies costs speed only:
 * the rest of the file is then classified on this thread, from the first block not yet taken.
 */
export async function* blocksFromWorkers(
  plan: ReadPlan,
  entry: WorkerEntry,
  classifiers: number = classifierCount(),
): AsyncGenerator<ContactBlock> {
  const channels = Array.from({ length: classifiers }, () => new MessageChannel());
  const spawn = (workerData: ReaderData | ClassifierData, transfer: MessagePortList) =>
    new Worker(entry.file, {
      workerData,
      transferList: transfer,
      execArgv: [...entry.execArgv],
      stdout: false,
      stderr: false,
      resourceLimits: WORKER_LIMITS,
    });
  const readerData: ReaderData = {
    role: 'reader',
    plan,
    classifiers: channels.map((c) => c.port1),
    window: WINDOW_BLOCKS,
  };
  const workers = [
    spawn(
      readerData,
      channels.map((c) => c.port1),
    ),
  ];
  for (const channel of channels) {
    const { mapping } = plan.csv;
    const data: ClassifierData = {
      role: 'classifier',
      mapping,
      wants: plan.wants,
      reader: channel.port2,
    };
    workers.push(spawn(data, [channel.port2]));
  }
  const reader = workers[0] as Worker;

  const arrived = new Map<number, ContactBlock>();
  let total: number | null = null;
  let failure: Error | null = null;
  let crashed = false;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  for (const worker of workers) {
    worker.on('message', (message: FromImportWorker) => {
      if (message.type === 'block') arrived.set(message.seq, message.block);
      else if (message.type === 'done') total = message.blocks;
      else failure ??= fromWorkerError(message.error);
      poke();
    });
    worker.on('error', () => {
      crashed = true;
      poke();
    });
    worker.on('exit', (code) => {
      if (code !== 0) crashed = true;
      poke();
    });
  }

  let seq = 0;
  try {
    for (;;) {
      while (!arrived.has(seq) && !failure && !crashed && (total === null || seq < total)) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const block = arrived.get(seq);
      if (block) {
        arrived.delete(seq);
        seq++;
        yield block;
        reader.postMessage({ type: 'consumed', count: 1 } satisfies ConsumedMessage);
        continue;
      }
      if (failure) throw failure;
      if (crashed) break;
      return;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // A worker died (or never started): the same blocks, from the first one not yet taken.
  let index = 0;
  for await (const run of recordRuns(plan)) {
    if (index++ < seq) continue;
    yield classifyBlock(run.records, run.firstRow, run.bytesRead, plan.csv.mapping, plan.wants);
  }
}

type MessagePortList = ReaderData['classifiers'][number][];
