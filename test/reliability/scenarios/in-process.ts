import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../../main/engine/engine';
import type { StreamCredentials } from '../../../main/engine-contract/stream-credentials';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/start-sandbox';
import { seedList } from '../../support/seed-contacts';
import { auditCampaign } from '../ledger-audit';
import {
  rowOf,
  secondsSince,
  waitUntil,
  type ScenarioContext,
  type ScenarioRow,
} from '../scenario';

/**
 * One campaign of `ctx.recipients` sent by an in-process engine against a sandbox with
 * `profile`, while `during` makes something go wrong; its note goes into the table.
 */
export async function inProcess(
  ctx: ScenarioContext,
  scenario: string,
  profile: 'clean' | 'flaky',
  during: (
    sandbox: SandboxHandle,
    engine: Engine,
    id: number,
    creds: StreamCredentials,
  ) => Promise<string>,
): Promise<ScenarioRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-rel-'));
  const sandbox = await startSandbox({ profile, tokens: [ctx.token], seed: ctx.seed });
  const engine = createEngine({ dataDir: dir, timeoutMs: 3000 });
  const listId = seedList(engine.db, 'L', ctx.recipients);
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
    origin: new URL(sandbox.baseUrl).origin,
    token: ctx.token,
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
  const audit = auditCampaign(dir, c.id, sandbox.received());
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
  return [rowOf(scenario, audit, secondsSince(started), `${note}; ended ${status}`)];
}
