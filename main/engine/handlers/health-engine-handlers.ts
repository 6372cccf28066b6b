import type { DatabaseSync } from 'node:sqlite';
import type { Handlers } from '../../../shared/contract/dispatcher';
import type { engineHealthMethods } from '../../engine-contract/engine-health-contract';
import type { EmbeddedSandbox } from '../sending/embedded-sandbox';
import type { BackupSchedule } from '../upkeep/backup-schedule';
import type { DiskHealth } from '../upkeep/disk-health';

export interface HealthEngineDeps {
  readonly db: DatabaseSync;
  readonly dataDir: string;
  readonly startedAt: string;
  readonly sandbox: EmbeddedSandbox;
  readonly disk: DiskHealth;
  readonly backups: BackupSchedule;
}

export function healthEngineHandlers(d: HealthEngineDeps): Handlers<typeof engineHealthMethods> {
  return {
    'engine:health': () => {
      const row = d.db.prepare('SELECT MAX(id) AS v FROM _migrations').get();
      return {
        pid: process.pid,
        dataDir: d.dataDir,
        schemaVersion: Number(row?.v ?? 0),
        startedAt: d.startedAt,
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        sandboxProfile: d.sandbox.currentProfile(),
        disk: d.disk.status(),
      };
    },
    'engine:backupNow': () => d.backups.backupNow('manual'),
  };
}
