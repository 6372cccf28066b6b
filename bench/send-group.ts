// `npx tsx bench/send-group.ts [--runs 3] [--count 100000]`: the send figures of issue 16 alone —
// 100k messages to a 0 ms sandbox against both floors (a bare fetch loop with the same batches,
// and the same loop with one fsync per batch, the real send's durability), medians of the runs,
// the ratios taken within each run. Writes bench/results-send.json; `sendGroup` is the same
// group for bench/run.ts.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { load, printGroup, type GroupResult } from './group-output';
import { sendRun, type SendRun } from './send-bench';
import { figure } from './stats';

export async function sendGroup(runs: number, count: number): Promise<GroupResult> {
  const loadBefore = load();
  const sends: SendRun[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`send run ${i + 1}/${runs}…\n`);
    sends.push(await sendRun(count));
  }
  const of = (f: (r: SendRun) => number) => figure(sends.map(f));
  return {
    figures: {
      send_msgs_per_s: of((r) => r.msgsPerSecond),
      send_floor_msgs_per_s: of((r) => r.floorMsgsPerSecond),
      send_fsync_floor_msgs_per_s: of((r) => r.fsyncFloorMsgsPerSecond),
      send_vs_fetch: of((r) => r.msgsPerSecond / r.floorMsgsPerSecond),
      send_vs_fetch_fsync: of((r) => r.msgsPerSecond / r.fsyncFloorMsgsPerSecond),
      send_peak_rss_mb: of((r) => r.peakRssMb),
      main_stall_send_ms: of((r) => r.stallMs),
      // What the engine needed, whatever share of a busy machine it got (null without /proc).
      ...(sends.every((r) => r.engineCpuSeconds !== null)
        ? { send_engine_cpu_s: of((r) => r.engineCpuSeconds ?? 0) }
        : {}),
    },
    notes: {
      send_recipients: count,
      send_runs: runs,
      send_load: { before: loadBefore, after: load() },
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { runs: { type: 'string' }, count: { type: 'string' } },
  });
  const result = await sendGroup(Number(values.runs ?? 3), Number(values.count ?? 100_000));
  printGroup(result, 'bench/results-send.json');
}
