// `npm run test:reliability`: crash, fault and bad-network scenarios against the sandbox, with
// figures printed per scenario. Not a timed test: it prints numbers; the two that must be 0 in
// every scenario are duplicates and lost recipients (the exit code is 1 if either is not).
import { describePauseReason } from '../../shared/campaigns/pause-reason';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, type Engine } from '../../main/engine/engine';
import type { StreamCredentials } from '../../main/engine-contract/stream-credentials';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/start-sandbox';
import { seedList } from '../support/seed-contacts';
import { auditCampaign } from './ledger-audit';
import type { Scenario, ScenarioRow } from './scenario';
import { damagedConfig } from './scenarios/damaged-config';
import { damagedDatabase } from './scenarios/damaged-database';
import { diskFullImport } from './scenarios/disk-full-import';

const { values } = parseArgs({
  options: {
    recipients: { type: 'string' },
    kills: { type: 'string' },
    only: { type: 'string' },
    seed: { type: 'string' },
  },
});
const N = Number(values.recipients ?? 20_000);
const KILLS = Number(values.kills ?? 20);
const TOKEN = 'reliability-token-1';
// The flaky sandbox's faults come from this seed: printed, so a bad run can be replayed.
const SEED = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
const rows: ScenarioRow[] = [];

function csvOf(n: number): string {
  const lines = ['phone,first_name'];
  for (let i = 1; i <= n; i++) lines.push(`+49152${String(i).padStart(8, '0')},Name${i}`);
  return lines.join('\n');
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/peaksend.mjs', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function killScenario(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-rel-kill-'));
  const sandbox = await startSandbox({ profile: 'clean', tokens: [TOKEN], latencyMs: [1, 5] });
  const csv = join(dir, 'recipients.csv');
  writeFileSync(csv, csvOf(N));
  const started = performance.now();
  const env = { PEAKSEND_TOKEN: TOKEN };
  const dataDir = join(dir, 'data');
  let campaignId = 0;
  let kills = 0;
  let proc = run(
    [
      'send',
      '--csv',
      csv,
      '--message',
      'Hi {first_name}',
      '--sender',
      'Brand',
      '--base-url',
      sandbox.baseUrl,
      '--rate',
      '2500',
      '--data-dir',
      dataDir,
    ],
    env,
  );
  while (kills < KILLS) {
    // Kill at a random moment once the campaign exists (its id is the first stderr line).
    const deadline = Date.now() + 60_000;
    while (!/campaign (\d+)/.test(proc.err()) && Date.now() < deadline) await sleep(20);
    campaignId ||= Number(/campaign (\d+)/.exec(proc.err())?.[1] ?? 0);
    await sleep(150 + Math.random() * 600);
    const alive = proc.child.exitCode === null;
    proc.child.kill('SIGKILL');
    await proc.exited;
    if (!alive) break; // finished before we could kill it
    kills += 1;
    proc = run(['resume', String(campaignId), '--data-dir', dataDir], env);
  }
  const code = await proc.exited;
  if (proc.child.exitCode === null || code === null) await proc.exited;
  // One more resume in case the last one was killed mid-way.
  const final = run(['resume', String(campaignId), '--data-dir', dataDir], env);
  await final.exited;
  const audit = auditCampaign(dataDir, campaignId, sandbox.received());
  rows.push({
    scenario: `kill -9 ×${kills} + resume`,
    seconds: secs(started),
    note: `last exit ${final.child.exitCode}`,
    ...audit,
  });
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}

async function inProcess(
  scenario: string,
  profile: 'clean' | 'flaky',
  during: (
    sandbox: SandboxHandle,
    engine: Engine,
    id: number,
    creds: StreamCredentials,
  ) => Promise<string>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-rel-'));
  const sandbox = await startSandbox({ profile, tokens: [TOKEN], seed: SEED });
  const engine = createEngine({ dataDir: dir, timeoutMs: 3000 });
  const listId = seedList(engine.db, 'L', N);
  const c = engine.campaigns.create(scenario, {
    streamId: 's1',
    template: 'Hi {first_name}',
    listIds: [listId],
    quietHours: false,
  });
  const creds: StreamCredentials = {
    id: 's1',
    name: 'S',
    sandbox: false,
    baseUrl: sandbox.baseUrl,
    token: TOKEN,
    rateLimit: 5000,
    defaultSender: 'Brand',
  };
  const started = performance.now();
  await engine.coordinator.start(c.id, creds);
  const note = await during(sandbox, engine, c.id, creds);
  await waitUntil(
    () => engine.campaigns.get(c.id).status !== 'sending' && !engine.coordinator.isActive(c.id),
    600_000,
  );
  const status = engine.campaigns.get(c.id).status;
  await engine.close();
  rows.push({
    scenario,
    seconds: secs(started),
    note: `${note}; ended ${status}`,
    ...auditCampaign(dir, c.id, sandbox.received()),
  });
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}

const scenarios: Record<string, () => Promise<void>> = {
  kill: killScenario,
  flaky: () => inProcess(`flaky profile`, 'flaky', async () => `sandbox seed ${SEED}`),
  revoked: () =>
    inProcess('token revoked mid-campaign', 'clean', async (sandbox, engine, id, creds) => {
      await sleep(800);
      await sandbox.setProfile('auth');
      await waitUntil(() => engine.campaigns.get(id).status === 'paused', 60_000);
      const paused = engine.campaigns.get(id).pauseReason;
      const reason = paused ? describePauseReason(paused) : '';
      await sandbox.setProfile('clean');
      await engine.coordinator.resume(id, creds);
      return `paused: "${reason.slice(0, 48)}…", resumed`;
    }),
  network: () =>
    inProcess('network down, then up', 'clean', async (sandbox) => {
      await sleep(800);
      await sandbox.setProfile('down');
      await sleep(4000);
      await sandbox.setProfile('clean');
      return 'down 4 s';
    }),
};

// Scenarios in their own files under scenarios/ (one file each): add yours to this list.
const registered: Scenario[] = [diskFullImport, damagedDatabase, damagedConfig];
for (const s of registered) {
  scenarios[s.name] = async () => {
    rows.push(await s.run({ recipients: Math.min(N, 20_000) }));
  };
}

for (const [name, scenario] of Object.entries(scenarios)) {
  if (values.only && values.only !== name) continue;
  process.stderr.write(`running ${name}…\n`);
  await scenario();
}

const header = [
  'scenario',
  'recipients',
  'accepted',
  'duplicates',
  'lost',
  'uncertain',
  'seconds',
  'verdict',
  'note',
];
console.log(header.join(' | '));
for (const r of rows) {
  console.log(
    [
      r.scenario,
      r.recipients,
      r.accepted,
      r.duplicates,
      r.lost,
      r.uncertain,
      r.seconds,
      r.skipped ? 'skipped' : r.duplicates > 0 || r.lost > 0 ? 'FAIL' : 'ok',
      r.note,
    ].join(' | '),
  );
}
const bad = rows.filter((r) => r.duplicates > 0 || r.lost > 0);
console.log(
  bad.length === 0
    ? 'duplicates and lost recipients: 0 in every scenario'
    : `FAILED: ${bad.map((r) => r.scenario).join(', ')}`,
);
process.exit(bad.length === 0 ? 0 : 1);

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
function secs(start: number) {
  return Math.round((performance.now() - start) / 100) / 10;
}
async function waitUntil(check: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(50);
  }
}
