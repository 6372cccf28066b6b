import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../main/engine/db/open-database';
import { seedList } from '../test/support/seed-contacts';
import { BENCH_TOKEN, benchHost, sandboxProcess, stallMonitor } from './bench-host';
import { runWorker } from './child';
import { engineCpuSeconds } from './send-engine-cpu';
import { sandboxControl } from '../test/support/sandbox-control';

const TEMPLATE = 'Hi {first_name}, our sale starts today! Reply STOP to opt out';

export async function campaignOn(count: number, rateLimit: number, sandboxUrl: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-bench-send-'));
  const db = openDatabase(dataDir);
  const listId = seedList(db, 'bench', count);
  db.close();
  const host = await benchHost(dataDir);
  const stream = await host.call<{ id: string }>('streams:add', {
    name: 'Bench',
    type: 'transactional',
    token: BENCH_TOKEN,
    defaultSender: 'Brand',
    allowedIps: [],
    baseUrl: sandboxUrl,
    rateLimit,
    acceptUnprotected: true,
  });
  const created = await host.call<{ id: number }>('campaigns:create', { name: 'bench' });
  await host.call('campaigns:update', {
    id: created.id,
    patch: {
      streamId: stream.id,
      sender: 'Brand',
      template: TEMPLATE,
      listIds: [listId],
      quietHours: false,
    },
  });
  const status = async () =>
    (await host.call<{ status: string }>('campaigns:get', { id: created.id })).status;
  /**
   * Resolves once the campaign is done, from its `campaigns:status` event as the app's progress
   * page learns it (a `campaigns:get` every 20 ms cost the engine ≈0.3 s of a 100k send), with a
   * read every second in case the event was missed.
   */
  const done = (timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const finish = (error?: Error) => {
        off();
        clearInterval(poll);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const off = host.onEvent((name, payload) => {
        const e = payload as { campaignId?: number; status?: string };
        if (name === 'campaigns:status' && e.campaignId === created.id && e.status === 'done') {
          finish();
        }
      });
      const poll = setInterval(() => {
        void status().then((s) => s === 'done' && finish(), finish);
      }, 1000);
      const timer = setTimeout(() => finish(new Error('timed out')), timeoutMs);
    });
  return {
    host,
    id: created.id,
    status,
    done,
    cleanup: async () => {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface SendRun {
  readonly msgsPerSecond: number;
  readonly floorMsgsPerSecond: number;
  /** The same bare fetch loop plus one fsync per batch before it leaves (the same durability). */
  readonly fsyncFloorMsgsPerSecond: number;
  readonly peakRssMb: number;
  readonly stallMs: number;
  /** CPU-seconds the engine process used for the send (null without /proc). */
  readonly engineCpuSeconds: number | null;
}

/** 100k recipients to a 0 ms sandbox with default batch/concurrency, and the bare-fetch floor. */
export async function sendRun(count: number): Promise<SendRun> {
  const sandbox = await sandboxProcess();
  const c = await campaignOn(count, 100_000, sandbox.url);
  const stall = stallMonitor();
  const cpu0 = engineCpuSeconds();
  const t0 = performance.now();
  const done = c.done(600_000);
  await c.host.call('campaigns:start', { id: c.id });
  await done;
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = engineCpuSeconds();
  const engineCpu = cpu0 === null || cpu1 === null ? null : Math.round((cpu1 - cpu0) * 100) / 100;
  const stallMs = stall.stop();
  const health = await c.host.engine.invoke('engine:health', undefined);
  const peakRssMb = health.ok ? (health.value as { maxRssMb: number }).maxRssMb : 0;
  await c.cleanup();
  await sandbox.stop();
  const floorRun = async (mode: 'bare' | 'fsync') => {
    const floorSandbox = await sandboxProcess();
    const args = [floorSandbox.url, BENCH_TOKEN, String(count), '50', '4', mode];
    const r = await runWorker<{ msgsPerSecond: number }>('bench/fetch-floor.ts', args);
    await floorSandbox.stop();
    return r.msgsPerSecond;
  };
  const floor = await floorRun('bare');
  const fsyncFloor = await floorRun('fsync');
  return {
    msgsPerSecond: count / seconds,
    floorMsgsPerSecond: floor,
    fsyncFloorMsgsPerSecond: fsyncFloor,
    peakRssMb,
    stallMs,
    engineCpuSeconds: engineCpu,
  };
}

/** A 50 parts/s stream over `seconds`: the rate the sandbox actually saw, and its error in %. */
export async function rateRun(seconds: number): Promise<{ achieved: number; errorPct: number }> {
  const limit = 50;
  const sandbox = await sandboxProcess();
  const c = await campaignOn(limit * (seconds + 10), limit, sandbox.url);
  await c.host.call('campaigns:start', { id: c.id });
  await new Promise((r) => setTimeout(r, (seconds + 1.5) * 1000));
  await c.host.call('campaigns:pause', { id: c.id });
  const received = (await (await sandboxControl(sandbox.url, BENCH_TOKEN, 'received')).json()) as {
    messages: { receivedAt: string; parts: number }[];
  };
  const list = received.messages;
  const times = list.map((m) => Date.parse(m.receivedAt));
  const start = Math.min(...times);
  const parts = list
    .filter((m) => Date.parse(m.receivedAt) < start + seconds * 1000)
    .reduce((a, m) => a + m.parts, 0);
  const achieved = parts / seconds;
  await c.cleanup();
  await sandbox.stop();
  return { achieved, errorPct: (Math.abs(achieved - limit) / limit) * 100 };
}
