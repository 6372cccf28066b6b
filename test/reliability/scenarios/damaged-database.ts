import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppHealth, BackupView } from '../../../shared/contract/health-contract';
import { DATABASE_FILE } from '../../../main/engine/db/open-database';
import { createEngine } from '../../../main/engine/engine';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
import { composeMain } from '../../../main/handlers/compose-main';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { scribbleBtreePage } from '../../support/damage-file';
import { testHostPorts } from '../../support/main-ports';
import { seedList } from '../../support/seed-contacts';
import { auditCampaign } from '../ledger-audit';
import { rowOf, secondsSince, type Scenario } from '../scenario';
import { RELIABILITY_TOKEN, sendToList } from './send-to-list';

/**
 * A campaign is sent to every recipient and the database backed up; then random bytes land in
 * a page of the ledger. The app's main side (real engine processes) must report the damage,
 * stop restarting after three starts, and a restore of the backup must bring back a ledger that
 * matches what the sandbox received: nobody twice, nobody lost.
 */
export const damagedDatabase: Scenario = {
  name: 'damaged-db',
  async run({ recipients }) {
    const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-rel-damaged-'));
    const sandbox = await startSandbox({ profile: 'clean', tokens: [RELIABILITY_TOKEN] });
    const started = performance.now();
    let main: ReturnType<typeof composeMain> | null = null;
    try {
      const engine = createEngine({ dataDir });
      const campaignId = await sendToList(
        engine,
        sandbox,
        seedList(engine.db, 'Customers', recipients),
        'before the damage',
      );
      const ctx = { trusted: true, origin: 'reliability' };
      await engine.dispatch('engine:backupNow', undefined, ctx);
      await engine.close();
      scribbleBtreePage(join(dataDir, DATABASE_FILE), 'ledger');

      let spawned = 0;
      const host = testHostPorts(
        () => {
          spawned++;
          return spawnNodeEngine(dataDir);
        },
        { info: { version: 'reliability', host: 'preview', dataDir }, log: () => {} },
      );
      main = composeMain(host);
      await main.ready();
      const call = async <T>(channel: string, input?: unknown) => {
        const answer = await main?.dispatch(channel, input, ctx);
        if (!answer?.ok) throw new Error(`${channel}: ${answer?.error.message}`);
        return answer.value as T;
      };
      const health = await call<AppHealth>('app:health');
      const reported = health.engine.failure?.reason ?? health.engine.state;
      const starts = spawned;
      const backups = await call<BackupView[]>('recovery:backups');
      const restored = await call<{ state: string }>('recovery:restoreBackup', {
        file: backups[0]?.file,
      });
      await main.close();
      main = null;
      return [
        rowOf(
          'damaged database at start',
          auditCampaign(dataDir, campaignId, sandbox.received()),
          secondsSince(started),
          `engine reported ${reported} after ${starts} starts; restore → ${restored.state}`,
          [restored.state !== 'up' && `restore ended ${restored.state}`],
        ),
      ];
    } finally {
      await main?.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
