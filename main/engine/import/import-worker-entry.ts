// The import worker (a worker_threads entry, bundled as dist/*/import-worker.*): reads the file
// and classifies its rows off the engine's main thread, which only writes them. No Electron,
// no database: a reader or a classifier, as `workerData` says (see import-workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { recordRuns, type ReadPlan } from './classified-blocks';
import { classifyBlock } from './contact-block';
import {
  toWorkerError,
  type ClassifierData,
  type ConsumedMessage,
  type FromImportWorker,
  type ReaderData,
  type RunMessage,
  type WorkerData,
} from './worker-messages';

const port = parentPort;
if (!port) throw new Error('import-worker-entry runs as a worker thread only');
const post = (message: FromImportWorker) => port.postMessage(message);
const data = workerData as WorkerData;

if (data.role === 'reader') void read(data);
else classify(data);

async function read({ plan, classifiers, window }: ReaderData): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port?.on('message', (message: ConsumedMessage) => {
    if (message.type !== 'consumed') return;
    inFlight -= message.count;
    wake?.();
  });
  let seq = 0;
  try {
    for await (const run of recordRuns(plan as ReadPlan)) {
      while (inFlight >= window) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      // Round robin over this thread and the classifiers: the reader takes its share too.
      const target = seq % (classifiers.length + 1);
      if (target === 0) {
        const { mapping } = plan.csv;
        const block = classifyBlock(run.records, run.firstRow, run.bytesRead, mapping, plan.wants);
        post({ type: 'block', seq, block });
      } else {
        classifiers[target - 1]?.postMessage({ seq, run } satisfies RunMessage);
      }
      seq++;
      inFlight++;
    }
    post({ type: 'done', blocks: seq });
  } catch (error) {
    post({ type: 'error', error: toWorkerError(error) });
  } finally {
    for (const classifier of classifiers) classifier.close();
    port?.removeAllListeners('message');
  }
}

function classify({ mapping, wants, reader }: ClassifierData): void {
  reader.on('message', ({ seq, run }: RunMessage) => {
    try {
      const block = classifyBlock(run.records, run.firstRow, run.bytesRead, mapping, wants);
      post({ type: 'block', seq, block });
    } catch (error) {
      post({ type: 'error', error: toWorkerError(error) });
    }
  });
  // The reader closes the port at the end of the file; this thread then has nothing to wait for.
}
